// The forms: `createContact`, `editContact`, `createClient` and `editClient` (each opening its kind
// of form; the clients' arguments that skip the form still work), and the serializers that bring
// form panels back after a window reload. Returns the open panels for the test API.
import * as vscode from 'vscode';
import { ownerKey } from '../auth/sessionOwner';
import { createClient } from '../commands/clients/createClient';
import { editClient } from '../commands/clients/editClient';
import { argOption, clientIdOf, clientTarget, contactIdOf, contactTarget } from '../commands/targets';
import type { Services } from '../services';
import { registerCommand } from '../ui/commandRunner';
import { CLIENT_FORM_HOST, CONTACT_FORM_HOST } from './formKindHosts';
import { DraftStore } from './draftStore';
import type { FormKindHost } from './formKindHost';
import { FormOpener } from './formOpener';
import { FormPanels } from './formPanels';

export { FormPanels } from './formPanels';
export type { FormPanel } from './formPanel';

export function registerForms(services: Services): FormPanels {
  const panels = new FormPanels();
  // The last signed-in user: a form's draft is still theirs while a lapsed sign-in (401) is renewed.
  let owner: string | undefined;
  const drafts = new DraftStore(services.context.workspaceState, () => owner);
  services.context.subscriptions.push(
    panels,
    services.session.onDidChange((change) => {
      const signedIn = services.session.owner;
      if (change.state === 'signedIn' && signedIn) owner = ownerKey(signedIn);
      // Signed out by the user (here or in another window): their unsaved data goes too.
      if (change.state === 'signedOut' && (change.reason === 'signedOut' || change.reason === 'otherWindow')) {
        owner = undefined;
        void drafts.clear();
      }
    }),
  );
  const opener = (host: FormKindHost) => {
    const forms = new FormOpener(services, host, panels, drafts);
    services.context.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(host.viewType, {
        deserializeWebviewPanel: async (panel, state) => {
          await services.loader.ensureData();
          return forms.restore(panel, state);
        },
      }),
    );
    return forms;
  };
  const contactForms = opener(CONTACT_FORM_HOST);
  const clientForms = opener(CLIENT_FORM_HOST);

  registerCommand(
    services,
    'paymoContacts.createContact',
    async (arg) => {
      await services.loader.ensureData(); // the client picker lists the store's clients
      // Started from a contact, the new contact goes to the same client.
      const contactId = typeof arg === 'object' ? contactIdOf(arg) : undefined;
      const clientId = clientIdOf(arg) ?? (contactId === undefined ? undefined : services.store.contact(contactId)?.client_id);
      contactForms.create(clientId === undefined ? {} : { client_id: clientId });
    },
    { action: vscode.l10n.t('Create contact') },
  );

  registerCommand(
    services,
    'paymoContacts.editContact',
    async (arg) => {
      const contact = await contactTarget(services, arg, { title: vscode.l10n.t('Edit Contact'), none: vscode.l10n.t('There are no contacts to edit.') });
      if (contact) contactForms.edit(contact);
    },
    { action: vscode.l10n.t('Edit contact') },
  );

  registerCommand(
    services,
    'paymoContacts.createClient',
    async (arg) => {
      // `{ fields }` creates without the form; a contact form's "New client…" asks for the name only.
      if (argOption(arg, 'fields') !== undefined || argOption(arg, 'fromForm') === true) return createClient(services, arg);
      services.session.api(); // signed out: say so before opening a form that cannot save
      clientForms.create();
      return undefined;
    },
    { action: vscode.l10n.t('Create client') },
  );

  registerCommand(
    services,
    'paymoContacts.editClient',
    async (arg) => {
      if (argOption(arg, 'patch') !== undefined) return editClient(services, arg);
      const client = await clientTarget(services, arg, { title: vscode.l10n.t('Edit Client'), none: vscode.l10n.t('There are no clients to edit.') });
      if (client) clientForms.edit(client);
      return undefined;
    },
    { action: vscode.l10n.t('Edit client') },
  );
  return panels;
}
