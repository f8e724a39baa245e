// Registers the client commands: logo, archive, restore, delete (create and edit open the client form:
// src/forms registers them). Each handler takes the services and its first argument, the target (a
// client node, `{ clientId }`, or nothing: a quick pick).
import * as vscode from 'vscode';
import type { ExtensionServices } from '../../services';
import { registerCommandTable, type TargetCommand } from '../commandTable';
import { archiveClient } from './archiveClient';
import { deleteClient } from './deleteClient';
import { restoreClient } from './restoreClient';
import { uploadClientLogo } from './uploadClientLogo';

/** Each command with what it does, for "… failed: <why>" messages. */
function clientCommands(): Record<string, [TargetCommand, string]> {
  return {
    uploadClientLogo: [uploadClientLogo, vscode.l10n.t('Upload client logo')],
    archiveClient: [archiveClient, vscode.l10n.t('Archive client')],
    restoreClient: [restoreClient, vscode.l10n.t('Restore client')],
    deleteClient: [deleteClient, vscode.l10n.t('Delete client')],
  };
}

export function registerClientCommands(services: ExtensionServices): void {
  registerCommandTable(services, clientCommands());
}
