// Continues an import that did not end (cancelled, window closed, extension host crashed): offered
// once signed in, and as "Paymo: Resume Import". Only the signed-in accounts' journals are offered,
// each resumed in the account it was made for; `{ journalId }` picks one without asking,
// `{ discard: true }` drops it instead.
import * as vscode from 'vscode';
import { ownerKey } from '../auth/accountOwner';
import type { ImportJournal } from '../interchange/importJournal';
import type { ImportReport } from '../interchange/importReport';
import { loadInterchange } from '../interchange/load';
import type { Account } from '../accounts/account';
import type { ExtensionServices } from '../services';
import { withAccount } from '../accounts/withAccount';
import { argOption } from '../commands/argOption';
import { notificationText } from '../ui/textEscaping';
import { countText, takesSingular } from '../ui/displayFormat';
import { hasJournals, sweepJournals } from './journalCleanup';
import { journalFolder } from './journalFolder';
import { importWithProgress } from './importWithProgress';

/** A journal, with the signed-in account it was made for. */
interface Unfinished {
  journal: ImportJournal;
  account: Account;
}

export function unfinishedImports(services: ExtensionServices): Unfinished[] {
  const accounts = services.accounts.signedIn();
  if (!accounts.length) return [];
  return loadInterchange()
    .ImportJournal.unfinished(journalFolder(services))
    .flatMap((journal) => {
      const account = accounts.find((a) => a.auth.owner && ownerKey(a.auth.owner) === journal.plan.owner);
      return account ? [{ journal, account }] : [];
    });
}

export async function resumeImport(services: ExtensionServices, arg: unknown): Promise<ImportReport | undefined> {
  services.accounts.signedInOrFirst()[0].auth.api(); // nobody signed in: say so
  await sweepJournals(services);
  const unfinished = unfinishedImports(services);
  const id = argOption(arg, 'journalId');
  const chosen = typeof id === 'string' ? unfinished.find((u) => u.journal.id === id) : unfinished.length > 1 ? await pick(unfinished) : unfinished[0];
  if (!chosen) {
    if (!unfinished.length) void vscode.window.showInformationMessage(vscode.l10n.t('There is no import to resume.'));
    return undefined;
  }
  if (argOption(arg, 'discard') === true) {
    chosen.journal.remove();
    return undefined;
  }
  return importWithProgress(withAccount(services, chosen.account), chosen.journal);
}

/** After start: deletes the journals nothing will resume, then says that an import did not end, with Resume and Discard. */
export async function offerResume(services: ExtensionServices): Promise<void> {
  await sweepJournals(services);
  if (!(await hasJournals(services))) return;
  const [first] = unfinishedImports(services);
  if (!first) return;
  const { journal } = first;
  const { plan } = journal;
  const left = plan.steps.filter((_, i) => journal.state(i).state !== 'done' && journal.state(i).state !== 'failed').length;
  const resume = vscode.l10n.t('Resume');
  const discard = vscode.l10n.t('Discard');
  const answer = await vscode.window.showInformationMessage(
    notificationText(
      takesSingular(left)
        ? vscode.l10n.t('The import of {0} into {1} did not finish: {2} contact is left.', plan.fileName, plan.clientName, countText(left))
        : vscode.l10n.t('The import of {0} into {1} did not finish: {2} contacts are left.', plan.fileName, plan.clientName, countText(left)),
    ),
    resume,
    discard,
  );
  if (answer === resume) await vscode.commands.executeCommand('paymoContacts.resumeImport', { journalId: journal.id });
  if (answer === discard) journal.remove();
}

async function pick(unfinished: Unfinished[]): Promise<Unfinished | undefined> {
  const several = new Set(unfinished.map((u) => u.account)).size > 1;
  const items = unfinished.map((u) => ({
    label: u.journal.plan.fileName,
    description: several ? `${u.journal.plan.clientName} · ${u.account.label}` : u.journal.plan.clientName,
    u,
  }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Resume Import') }))?.u;
}
