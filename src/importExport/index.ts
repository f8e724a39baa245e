// Registers the import and export commands (importContacts, resumeImport, exportContacts,
// copyAsVCard) and offers to resume an import that did not end, once signed in. The preview page is
// the import's own webview (previewPanel.ts); the file formats are src/interchange's.
import * as vscode from 'vscode';
import { registerCommandTable, runForAccount } from '../commands/commandTable';
import type { ExtensionServices } from '../services';
import { registerCommand } from '../ui/commandRunner';
import { copyAsVCard } from './copyAsVCard';
import { exportContacts } from './exportContacts';
import { importContacts } from './importContacts';
import { forgetJournalsOf } from './journalCleanup';
import { offerResume, resumeImport } from './resumeImport';

export function registerImportExport(services: ExtensionServices): void {
  const action = vscode.l10n.t('Import contacts');
  registerCommand(services, 'paymoContacts.importContacts', (arg: unknown) => runForAccount(services, importContacts, arg, undefined, action), { action });
  registerCommand(services, 'paymoContacts.resumeImport', (arg: unknown) => resumeImport(services, arg), { action: vscode.l10n.t('Resume import') });
  services.context.subscriptions.push(services.accounts.onDidSignOutUser(({ owner }) => void forgetJournalsOf(services, owner)));
  registerCommandTable(services, {
    exportContacts: [exportContacts, vscode.l10n.t('Export contacts')],
    copyAsVCard: [copyAsVCard, vscode.l10n.t('Copy as vCard')],
  });
}

export { offerResume };
