// Registers the import commands (importContacts, resumeImport) and offers to resume an import that
// did not end, once signed in. The preview page is the importer's own webview (previewPanel.ts).
import * as vscode from 'vscode';
import { runForAccount } from '../commands/commandTable';
import type { ExtensionServices } from '../services';
import { registerCommand } from '../ui/commandRunner';
import { importContacts } from './importContacts';
import { offerResume, resumeImport } from './resumeImport';

export function registerImport(services: ExtensionServices): void {
  const action = vscode.l10n.t('Import contacts');
  registerCommand(services, 'paymoContacts.importContacts', (arg: unknown) => runForAccount(services, importContacts, arg, undefined, action), { action });
  registerCommand(services, 'paymoContacts.resumeImport', (arg: unknown) => resumeImport(services, arg), { action: vscode.l10n.t('Resume import') });
}

export { offerResume };
