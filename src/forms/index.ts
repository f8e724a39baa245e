// The contact forms: `createContact`, `editContact` and the serializer that brings form panels back
// after a window reload. Returns the open panels for the test API.
import * as vscode from 'vscode';
import { ownerKey } from '../auth/sessionOwner';
import { clientIdOf, contactIdOf, contactTarget } from '../commands/targets';
import type { Services } from '../services';
import { CONTACT_FORM_VIEW_TYPE } from '../shared/formMessages';
import { registerCommand } from '../ui/commandRunner';
import { ContactForms } from './contactForms';
import { DraftStore } from './draftStore';
import { FormPanels } from './formPanels';

export { FormPanels } from './formPanels';

export function registerForms(services: Services): FormPanels {
  const panels = new FormPanels();
  // The last signed-in user: a form's draft is still theirs while a lapsed sign-in (401) is renewed.
  let owner: string | undefined;
  const drafts = new DraftStore(services.context.workspaceState, () => owner);
  services.context.subscriptions.push(
    services.session.onDidChange((change) => {
      const signedIn = services.session.owner;
      if (change.state === 'signedIn' && signedIn) owner = ownerKey(signedIn);
      // Signed out by the user (here or in another window): their unsaved contact data goes too.
      if (change.state === 'signedOut' && (change.reason === 'signedOut' || change.reason === 'otherWindow')) {
        owner = undefined;
        void drafts.clear();
      }
    }),
  );
  const forms = new ContactForms(services, panels, drafts);

  registerCommand(
    services,
    'paymoContacts.createContact',
    async (arg) => {
      await services.loader.ensureData(); // the client picker lists the store's clients
      // Started from a contact, the new contact goes to the same client.
      const contactId = typeof arg === 'object' ? contactIdOf(arg) : undefined;
      const fromContact = contactId === undefined ? undefined : services.store.contact(contactId)?.client_id;
      forms.create(clientIdOf(arg) ?? fromContact);
    },
    { action: vscode.l10n.t('Create contact') },
  );

  registerCommand(
    services,
    'paymoContacts.editContact',
    async (arg) => {
      const contact = await contactTarget(services, arg, { title: vscode.l10n.t('Edit Contact'), none: vscode.l10n.t('There are no contacts to edit.') });
      if (contact) forms.edit(contact);
    },
    { action: vscode.l10n.t('Edit contact') },
  );

  services.context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(CONTACT_FORM_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        await services.loader.ensureData();
        return forms.restore(panel, state);
      },
    }),
  );
  return panels;
}
