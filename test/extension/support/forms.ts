// Driving a form (contact or client) from an extension-host test: open it with the real commands, then hand
// its controller the messages the webview would post (`panels.simulate`) and read what the host
// posted back. Plus the server-side changes "someone else" makes while a form is open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientContact, ContactPatch, NewContact } from '../../../src/paymo';
import type { FormValues, HostMessage, WebviewMessage } from '../../../src/webviewContract/formMessages';
import type { PaymoContactsApi } from '../../../src/testApi';
import { freshContact } from './contacts';
import { sandboxApi } from './sandboxApi';

export type Posted<T extends HostMessage['type']> = Extract<HostMessage, { type: T }>;

/** Runs the command, then plays the webview's `ready` and returns the host's `init`. */
export async function openForm(
  api: PaymoContactsApi,
  command: 'createContact' | 'editContact' | 'createClient' | 'editClient',
  arg: unknown,
  key: string,
): Promise<Posted<'init'>> {
  await vscode.commands.executeCommand(`paymoContacts.${command}`, arg);
  return only(await api.panels.simulate(key, { type: 'ready' }), 'init');
}

/** A contact of the test's own (see `freshContact`) with its edit form open: its panel key and the host's `init`. */
export async function editFreshContact(
  api: PaymoContactsApi,
  fields: Partial<NewContact> = {},
): Promise<{ contact: ClientContact; key: string; init: Posted<'init'> }> {
  const contact = await freshContact(api, fields);
  const key = `contact:${contact.id}`;
  return { contact, key, init: await openForm(api, 'editContact', { contactId: contact.id }, key) };
}

/** What the host answered a message with: exactly one message of the given type. */
export function only<T extends HostMessage['type']>(posted: HostMessage[], type: T): Posted<T> {
  const found = posted.filter((message): message is Posted<T> => message.type === type);
  assert.equal(found.length, 1, `expected one "${type}" among ${JSON.stringify(posted.map((m) => m.type))}: ${JSON.stringify(posted)}`);
  return found[0]!;
}

let requestId = 0;

export function save(
  api: PaymoContactsApi,
  key: string,
  values: FormValues,
  extra: Partial<Extract<WebviewMessage, { type: 'save' }>> = {},
): Promise<HostMessage[]> {
  requestId += 1;
  return api.panels.simulate(key, { type: 'save', requestId, values, ...extra });
}

/** Closes every form a test left open, so the next one starts from none. */
export async function closeForms(api: PaymoContactsApi): Promise<void> {
  for (const key of api.panels.keys()) api.panels.close(key);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Someone else changes the contact in Paymo. */
export async function changeOnServer(id: number, patch: ContactPatch): Promise<ClientContact> {
  const { status, json } = await sandboxApi<{ clientcontacts: ClientContact[] }>('PUT', `clientcontacts/${id}`, patch);
  assert.equal(status, 200);
  return json.clientcontacts[0]!;
}

export async function deleteOnServer(id: number): Promise<void> {
  assert.equal((await sandboxApi('DELETE', `clientcontacts/${id}`)).status, 200);
}
