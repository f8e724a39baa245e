// The import and export commands (importContacts, resumeImport, exportContacts, copyAsVCard); the
// offer to resume an import that did not end, once signed in, is `offerResume`, and a user's import
// journals go when they sign out (`forgetJournalsOnSignOut`). The preview page is
// the import's own webview (previewPanel.ts); the file formats are src/interchange's.
import * as vscode from 'vscode';
import type { CommandTable } from '../accounts/commandTable';
import type { ExtensionServices } from '../services';
import { copyAsVCard } from './copyAsVCard';
import { exportContacts } from './exportContacts';
import { importContacts } from './importContacts';
import { forgetJournalsOf } from './journalCleanup';
import { offerResume, resumeImport } from './resumeImport';

export function importExportCommands(services: ExtensionServices): CommandTable {
  return {
    'paymoContacts.importContacts': { action: vscode.l10n.t('Import contacts'), forAccount: (s, arg) => importContacts(s, arg) },
    // An import belongs to the account it was started in: the journal says which.
    'paymoContacts.resumeImport': { action: vscode.l10n.t('Resume import'), run: (arg) => resumeImport(services, arg) },
    'paymoContacts.exportContacts': { action: vscode.l10n.t('Export contacts'), forAccount: exportContacts },
    'paymoContacts.copyAsVCard': { action: vscode.l10n.t('Copy as vCard'), forAccount: copyAsVCard },
  };
}

/** The user signed an account out: the import journals kept for them go too. */
export function forgetJournalsOnSignOut(services: ExtensionServices): void {
  services.context.subscriptions.push(services.accounts.onDidSignOutUser(({ owner }) => void forgetJournalsOf(services, owner)));
}

export { offerResume };
