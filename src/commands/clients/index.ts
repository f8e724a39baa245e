// Registers the client commands: create, edit, logo, archive, restore, delete. Each handler takes the
// services and its first argument, the target (a client node, `{ clientId }`, or nothing: a quick pick).
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerCommandTable, type TargetCommand } from '../commandTable';
import { archiveClient } from './archiveClient';
import { createClient } from './createClient';
import { deleteClient } from './deleteClient';
import { editClient } from './editClient';
import { restoreClient } from './restoreClient';
import { uploadClientLogo } from './uploadClientLogo';

/** Each command with what it does, for "… failed: <why>" messages. */
function clientCommands(): Record<string, [TargetCommand, string]> {
  return {
    createClient: [createClient, vscode.l10n.t('Create client')],
    editClient: [editClient, vscode.l10n.t('Edit client')],
    uploadClientLogo: [uploadClientLogo, vscode.l10n.t('Upload client logo')],
    archiveClient: [archiveClient, vscode.l10n.t('Archive client')],
    restoreClient: [restoreClient, vscode.l10n.t('Restore client')],
    deleteClient: [deleteClient, vscode.l10n.t('Delete client')],
  };
}

export function registerClientCommands(services: Services): void {
  registerCommandTable(services, clientCommands());
}
