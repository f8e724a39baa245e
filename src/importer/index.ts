// Registers the import commands (importContacts, resumeImport) and offers to resume an import that
// did not end, once signed in. The preview page is the importer's own webview (previewPanel.ts).
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerCommand } from '../ui/commandRunner';
import { importContacts } from './importContacts';
import { offerResume, resumeImport } from './resumeImport';

export function registerImport(services: Services): void {
  registerCommand(services, 'paymoContacts.importContacts', (arg: unknown) => importContacts(services, arg), { action: vscode.l10n.t('Import contacts') });
  registerCommand(services, 'paymoContacts.resumeImport', (arg: unknown) => resumeImport(services, arg), { action: vscode.l10n.t('Resume import') });
}

export { offerResume };
