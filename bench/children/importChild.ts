// The import part's stand-in for an extension host: runs an import's journal to its end (or until
// the bench kills it, SIGKILL, at a point of its choosing), as the extension does after a start.
import { ImportJournal } from '../../src/interchange/importJournal';
import { runImport } from '../../src/interchange/importRun';
import { withClient } from '../subjects';
import type { SandboxInfo } from './sandboxChild';
import { serveOnce } from './protocol';

export interface ImportChildInput {
  sandbox: SandboxInfo;
  journalFile: string;
}

export interface ImportChildOutput {
  created: number;
  remaining: number;
}

void serveOnce<ImportChildInput, ImportChildOutput>(async ({ sandbox, journalFile }) => {
  const journal = ImportJournal.open(journalFile);
  if (!journal) throw new Error(`${journalFile} is no import journal`);
  const report = await withClient(sandbox, 100, (api) => runImport(api, journal));
  return { created: report.created.length, remaining: report.remaining };
});
