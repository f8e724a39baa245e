// The forms: `createContact`, `editContact`, `createClient` and `editClient` (each opening its kind
// of form; the clients' arguments that skip the form still work), and the serializers that bring
// form panels back after a window reload. Returns the open panels for the test API.
import * as vscode from 'vscode';
import { createClient } from '../commands/clients/createClient';
import { editClient } from '../commands/clients/editClient';
import { argOption, clientIdOf, clientTarget, contactIdOf, contactTarget } from '../commands/targets';
import { runForAccount } from '../commands/commandTable';
import type { ExtensionServices, Services } from '../services';
import { withAccount } from '../accounts/withAccount';
import { isObject } from '../webviewContract/isObject';
import { registerCommand } from '../ui/commandRunner';
import { CLIENT_FORM_HOST, CONTACT_FORM_HOST } from './formKindHosts';
import { AccountDrafts } from './accountDrafts';
import type { FormKindHost } from './formKindHost';
import { FormOpener } from './formOpener';
import { OpenForms } from './openForms';

export { OpenForms } from './openForms';
export type { FormPanel } from './formPanel';

export function registerForms(services: ExtensionServices): OpenForms {
  const openForms = new OpenForms();
  const drafts = new AccountDrafts(services.context.workspaceState, services.accounts);
  services.context.subscriptions.push(openForms, drafts);
  const opener = (host: FormKindHost) => {
    const forms = new FormOpener(host, openForms, (account) => drafts.of(account));
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
  const contactForms = opener(CONTACT_FORM_HOST);
  const clientForms = opener(CLIENT_FORM_HOST);
  /** Registers a form command that acts on the account of its target (or the one the user picks). */
  const register = (name: string, action: string, run: (scoped: Services, arg: unknown) => Promise<unknown>) =>
    registerCommand(services, `paymoContacts.${name}`, (arg) => runForAccount(services, run, arg, undefined, action), { action });

  register('createContact', vscode.l10n.t('Create contact'), async (scoped, arg) => {
    await scoped.loader.ensureData(); // the client picker lists the store's clients
    // Started from a contact, the new contact goes to the same client.
    const contactId = typeof arg === 'object' ? contactIdOf(arg) : undefined;
    const clientId = clientIdOf(arg) ?? (contactId === undefined ? undefined : scoped.store.contact(contactId)?.client_id);
    contactForms.create(scoped, clientId === undefined ? {} : { client_id: clientId });
    return undefined;
  });

  register('editContact', vscode.l10n.t('Edit contact'), async (scoped, arg) => {
    const contact = await contactTarget(scoped, arg, { title: vscode.l10n.t('Edit Contact'), none: vscode.l10n.t('There are no contacts to edit.') });
    if (contact) contactForms.edit(scoped, contact);
    return undefined;
  });

  register('createClient', vscode.l10n.t('Create client'), async (scoped, arg) => {
    // `{ fields }` creates without the form; a contact form's "New client…" asks for the name only.
    if (argOption(arg, 'fields') !== undefined || argOption(arg, 'fromForm') === true) return createClient(scoped, arg);
    scoped.auth.api(); // signed out: say so before opening a form that cannot save
    clientForms.create(scoped);
    return undefined;
  });

  register('editClient', vscode.l10n.t('Edit client'), async (scoped, arg) => {
    if (argOption(arg, 'patch') !== undefined) return editClient(scoped, arg);
    const client = await clientTarget(scoped, arg, { title: vscode.l10n.t('Edit Client'), none: vscode.l10n.t('There are no clients to edit.') });
    if (client) clientForms.edit(scoped, client);
    return undefined;
  });
  return openForms;
}
