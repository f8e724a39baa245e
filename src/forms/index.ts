// The forms: the contact and client form openers, the serializers that bring form panels back after
// a window reload, and the forms' own commands, `createContact` and `editContact` (Create Client and
// Edit Client are the client commands', src/commands/clients, which open the client form given here).
import * as vscode from 'vscode';
import type { CommandTable } from '../accounts/commandTable';
import { withAccount } from '../accounts/withAccount';
import { clientIdOf } from '../commands/clients/clientTarget';
import { contactIdOf, contactTarget } from '../commands/targets';
import type { ExtensionServices } from '../services';
import { isObject } from '../webviewContract/isObject';
import { AccountDrafts } from './accountDrafts';
import type { FormKindHost } from './formKindHost';
import { CLIENT_FORM_HOST, CONTACT_FORM_HOST } from './formKindHosts';
import { FormOpener } from './formOpener';
import { OpenForms } from './openForms';

export { OpenForms } from './openForms';
export type { FormPanel } from './formPanel';

export interface Forms {
  /** The open form panels, by key. */
  open: OpenForms;
  contact: FormOpener;
  client: FormOpener;
}

/** The form openers, with the serializers of their panels registered. */
export function createForms(services: ExtensionServices): Forms {
  const open = new OpenForms();
  const drafts = new AccountDrafts(services.context.workspaceState, services.accounts);
  services.context.subscriptions.push(drafts);
  const opener = (host: FormKindHost) => {
    const forms = new FormOpener(host, open, (account) => drafts.of(account));
    services.context.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(host.viewType, {
        deserializeWebviewPanel: async (panel, state) => {
          const key = isObject(state) && typeof state.key === 'string' ? state.key : '';
          const scoped = withAccount(services, services.accounts.ofKey(key));
          await scoped.loader.ensureData();
          return forms.restore(scoped, panel, state);
        },
      }),
    );
    return forms;
  };
  return { open, contact: opener(CONTACT_FORM_HOST), client: opener(CLIENT_FORM_HOST) };
}

export function formCommands(forms: Forms): CommandTable {
  return {
    'paymoContacts.createContact': {
      action: vscode.l10n.t('Create contact'),
      forAccount: async (scoped, arg) => {
        await scoped.loader.ensureData(); // the client picker lists the store's clients
        // Started from a contact, the new contact goes to the same client.
        const contactId = typeof arg === 'object' ? contactIdOf(arg) : undefined;
        const clientId = clientIdOf(arg) ?? (contactId === undefined ? undefined : scoped.store.contact(contactId)?.client_id);
        forms.contact.create(scoped, clientId === undefined ? {} : { client_id: clientId });
        return undefined;
      },
    },
    'paymoContacts.editContact': {
      action: vscode.l10n.t('Edit contact'),
      forAccount: async (scoped, arg) => {
        const contact = await contactTarget(scoped, arg, { title: vscode.l10n.t('Edit Contact'), none: vscode.l10n.t('There are no contacts to edit.') });
        if (!contact) return undefined;
        // Opened is seen.
        scoped.account.changes.seen('clientcontacts', contact.id);
        forms.contact.edit(scoped, contact);
        return undefined;
      },
    },
  };
}
