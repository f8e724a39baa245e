// What the contact-command tests read and prepare through the suite's sandbox API, over plain HTTP:
// the server's own view of a contact (not the extension's), and fresh contacts so that each test
// works on data of its own. (The control endpoints are in support/sandboxControl.ts.)
import type { ClientContact, NewContact } from '../../../src/paymo';
import { createOnServer, serverRecord, serverRecords } from './sandboxApi';

/** The contact as the server has it now, or `undefined` once it is gone (404). */
export function serverContact(id: number): Promise<ClientContact | undefined> {
  return serverRecord<ClientContact>('clientcontacts', id);
}

export function serverContactsOf(clientId: number): Promise<ClientContact[]> {
  return serverRecords<ClientContact>('clientcontacts', `client_id=${clientId}`);
}

/** A new contact made directly on the server (test set-up, not the code under test). */
export function createServerContact(fields: NewContact): Promise<ClientContact> {
  return createOnServer<ClientContact>('clientcontacts', fields);
}
