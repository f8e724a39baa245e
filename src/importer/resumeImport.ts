// Continues an import that did not end (cancelled, window closed, extension host crashed): offered
// once signed in, and as "Paymo: Resume Import". Only the signed-in account's journals are offered;
// `{ journalId }` picks one without asking, `{ discard: true }` drops it instead.
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { ownerKey } from '../auth/sessionOwner';
import type { ImportJournal } from '../interchange/importJournal';
import type { ImportReport } from '../interchange/importReport';
import { loadInterchange } from '../interchange/load';
import type { Services } from '../services';
import { argOption } from '../commands/targets';
import { notificationText } from '../ui/textEscaping';
import { JOURNAL_SUFFIX, journalFolder } from './journalFolder';
import { runJournal } from './runJournal';

export function unfinishedImports(services: Services): ImportJournal[] {
  const owner = services.session.owner;
  if (!owner) return [];
  return loadInterchange()
    .ImportJournal.unfinished(journalFolder(services))
    .filter((j) => j.plan.owner === ownerKey(owner));
}

export async function resumeImport(services: Services, arg: unknown): Promise<ImportReport | undefined> {
  services.session.api();
  const journals = unfinishedImports(services);
  const id = argOption(arg, 'journalId');
  const journal = typeof id === 'string' ? journals.find((j) => j.id === id) : journals.length > 1 ? await pick(journals) : journals[0];
  if (!journal) {
    if (!journals.length) void vscode.window.showInformationMessage(vscode.l10n.t('There is no import to resume.'));
    return undefined;
  }
  if (argOption(arg, 'discard') === true) {
    journal.remove();
    return undefined;
  }
  return runJournal(services, journal);
}

/** After start: says that an import did not end, with Resume and Discard. */
export async function offerResume(services: Services): Promise<void> {
  // Most starts have no journal: the import code is loaded only when there is one.
  const names = await fs.readdir(journalFolder(services)).catch(() => []);
  if (!names.some((n) => n.endsWith(JOURNAL_SUFFIX))) return;
  const [journal] = unfinishedImports(services);
  if (!journal) return;
  const { plan } = journal;
  const left = plan.steps.filter((_, i) => journal.state(i).state !== 'done' && journal.state(i).state !== 'failed').length;
  const resume = vscode.l10n.t('Resume');
  const discard = vscode.l10n.t('Discard');
  const answer = await vscode.window.showInformationMessage(
    notificationText(vscode.l10n.t('The import of {0} into {1} did not finish: {2} contacts are left.', plan.fileName, plan.clientName, left)),
    resume,
    discard,
  );
  if (answer === resume) await vscode.commands.executeCommand('paymoContacts.resumeImport', { journalId: journal.id });
  if (answer === discard) journal.remove();
}

async function pick(journals: ImportJournal[]): Promise<ImportJournal | undefined> {
  const items = journals.map((journal) => ({ label: journal.plan.fileName, description: journal.plan.clientName, journal }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Resume Import') }))?.journal;
}
