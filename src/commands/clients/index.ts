// The client commands. Each handler takes the services of the account it acts on and its first
// argument, the target (a client node, `{ clientId }`, or nothing: a quick pick). Create and Edit
// open the client form (`forms`, from src/forms) unless an argument skips it.
import * as vscode from 'vscode';
import type { CommandTable } from '../../accounts/commandTable';
import { archiveClient } from './archiveClient';
import type { ClientForms } from './clientForms';
import { createClient } from './createClient';
import { deleteClient } from './deleteClient';
import { editClient } from './editClient';
import { restoreClient } from './restoreClient';
import { uploadClientLogo } from './uploadClientLogo';

export type { ClientForms } from './clientForms';

export function clientCommands(forms: ClientForms): CommandTable {
  return {
    'paymoContacts.createClient': { action: vscode.l10n.t('Create client'), forAccount: (s, arg) => createClient(s, arg, forms) },
    'paymoContacts.editClient': { action: vscode.l10n.t('Edit client'), forAccount: (s, arg) => editClient(s, arg, forms) },
    'paymoContacts.uploadClientLogo': { action: vscode.l10n.t('Upload client logo'), forAccount: uploadClientLogo },
    'paymoContacts.archiveClient': { action: vscode.l10n.t('Archive client'), forAccount: archiveClient },
    'paymoContacts.restoreClient': { action: vscode.l10n.t('Restore client'), forAccount: restoreClient },
    'paymoContacts.deleteClient': { action: vscode.l10n.t('Delete client'), forAccount: deleteClient },
  };
}
