// Registers the client commands: create, edit, logo, archive, restore, delete. Each handler takes the
// services and its first argument, the target (a client node, `{ clientId }`, or nothing: a quick pick).
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { registerCommand } from '../../ui/commandRunner';
import { archiveClient } from './archiveClient';
import { createClient } from './createClient';
import { deleteClient } from './deleteClient';
import { editClient } from './editClient';
import { restoreClient } from './restoreClient';
import { uploadClientLogo } from './uploadClientLogo';

type ClientCommand = (services: Services, arg: unknown) => Promise<unknown>;

/** Each command with what it does, for "… failed: <why>" messages. */
function clientCommands(): Record<string, [ClientCommand, string]> {
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
  for (const [name, [command, action]] of Object.entries(clientCommands())) {
    registerCommand(services.context, `paymoContacts.${name}`, (arg: unknown) => command(services, arg), { action, log: services.log });
  }
}
