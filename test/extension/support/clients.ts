// What the client-command tests read and prepare through the suite's sandbox API: the server's own
// view of a client, and clients of each test's own (removed again after the suite).
import * as assert from 'node:assert/strict';
import type { Client, NewClient } from '../../../src/paymo';
import type { PaymoContactsApi } from '../../../src/testApi';
import { createServerContact } from './serverContacts';
import { refresh } from './contacts';
import { createOnServer, sandboxApi, serverRecord, serverRecords } from './sandboxApi';
import { sandboxControl } from './sandboxControl';

/** The client as the server has it now, or `undefined` once it is gone (404). */
export function serverClient(id: number): Promise<Client | undefined> {
  return serverRecord<Client>('clients', id);
}

export function serverClientsNamed(name: string): Promise<Client[]> {
  return serverRecords<Client>('clients', `name="${name}"`);
}

const made = new Set<number>();
let count = 0;

/** A unique client name for this run. */
export function clientName(prefix: string): string {
  count += 1;
  return `${prefix} ${Date.now()}-${count}`;
}

/** A client of this test's own with `contacts` contacts, loaded into the store; the request log cleared. */
export async function freshClient(api: PaymoContactsApi, fields: Partial<NewClient> = {}, contacts = 0): Promise<Client> {
  const client = await createOnServer<Client>('clients', { name: clientName('Test Client'), ...fields });
  made.add(client.id);
  for (let i = 1; i <= contacts; i++)
    await createServerContact({ client_id: client.id, name: `${client.name} Person ${i}`, email: `p${i}.${client.id}@example.com` });
  await refresh(api);
  assert.ok(api.store.client(client.id), 'the refreshed store has the new client');
  await sandboxControl.clearRequests();
  return client;
}

/** Remembers a client a command created, so that `removeTestClients` deletes it. */
export function madeByTest(id: number | undefined): void {
  if (id !== undefined) made.add(id);
}

/** Deletes the clients the tests made, on the server and in the store, so later suites see the demo data. */
export async function removeTestClients(api: PaymoContactsApi): Promise<void> {
  for (const id of made) {
    await sandboxApi('DELETE', `clients/${id}`);
    api.store.removeClient(id);
  }
  made.clear();
}
