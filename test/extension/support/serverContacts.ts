// What the contact-command tests read and prepare through the suite's sandbox API, over plain HTTP:
// the server's own view of a contact (not the extension's), and fresh contacts so that each test
// works on data of its own. (The control endpoints are in support/sandboxControl.ts.)
import type { ClientContact, NewContact } from '../../../src/paymo';
import { sandboxApi } from './sandboxApi';

type Contacts = { clientcontacts: ClientContact[] };

/** The contact as the server has it now, or `undefined` once it is gone (404). */
export async function serverContact(id: number): Promise<ClientContact | undefined> {
  const { status, json } = await sandboxApi<Contacts>('GET', `clientcontacts/${id}`);
  if (status === 404) return undefined;
  if (status !== 200) throw new Error(`GET clientcontacts/${id} answered ${status}`);
  return json.clientcontacts[0];
}

export async function serverContactsOf(clientId: number): Promise<ClientContact[]> {
  const { json } = await sandboxApi<Contacts>('GET', `clientcontacts?where=${encodeURIComponent(`client_id=${clientId}`)}`);
  return json.clientcontacts;
}

/** A new contact made directly on the server (test set-up, not the code under test). */
export async function createServerContact(fields: NewContact): Promise<ClientContact> {
  const { status, json } = await sandboxApi<Contacts>('POST', 'clientcontacts', fields);
  if (status !== 201) throw new Error(`POST clientcontacts answered ${status}: ${JSON.stringify(json)}`);
  return json.clientcontacts[0];
}
