// Import journals hold people's data, so none stays longer than it can serve: at start the finished
// and the old ones go (the log says which and why), and a user's journals go when they sign out.
// The import code is loaded only when the folder holds a journal at all.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadInterchange } from '../interchange/load';
import type { ExtensionServices } from '../services';
import { JOURNAL_SUFFIX, journalFolder } from './journalFolder';

/** Whether the journal folder holds any journal (most starts: none). */
export async function hasJournals(services: Pick<ExtensionServices, 'context'>): Promise<boolean> {
  const names = await fs.readdir(journalFolder(services)).catch(() => []);
  return names.some((n) => n.endsWith(JOURNAL_SUFFIX));
}

/** At start, before any journal is offered for resuming. */
export async function sweepJournals(services: ExtensionServices): Promise<void> {
  if (!(await hasJournals(services))) return;
  const { ImportJournal, MAX_AGE_DAYS } = loadInterchange();
  const said = { finished: 'every step was done', old: `it was not written for ${MAX_AGE_DAYS} days`, unreadable: 'it is no import journal of this version' };
  for (const { file, why } of ImportJournal.sweep(journalFolder(services)))
    services.log.info(`Deleted the import journal ${path.basename(file)}: ${said[why]}.`);
}

/** A user signed out: the imports they left unfinished are not resumed by anyone. */
export async function forgetJournalsOf(services: ExtensionServices, owner: string): Promise<void> {
  if (!(await hasJournals(services))) return;
  const removed = loadInterchange().ImportJournal.removeOwnedBy(journalFolder(services), owner);
  if (removed) services.log.info(`Deleted ${removed} unfinished import journal(s) of the account signed out.`);
}
