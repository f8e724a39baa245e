// Where import journals are kept: the extension's global storage, so that a resume is offered in
// any window of this machine after a closed window or a crash.
import * as path from 'node:path';
import type { Services } from '../services';

/** The journals' file names end so (src/interchange/importJournal.ts names them). */
export const JOURNAL_SUFFIX = '.import.jsonl';

export function journalFolder(services: Pick<Services, 'context'>): string {
  return path.join(services.context.globalStorageUri.fsPath, 'imports');
}
