// What the client-command tests read and prepare through the suite's sandbox API: the server's own
// view of a client, and clients of each test's own (removed again after the suite).
import * as assert from 'node:assert/strict';
import type { Client, NewClient } from '../../../src/paymo';
import type { PaymoContactsApi } from '../../../src/testApi';
import { createServerContact } from './serverContacts';
import { refresh } from './contacts';
import { sandboxApi } from './sandboxApi';
import { sandboxControl } from './sandboxControl';

type Clients = { clients: Client[] };

/** The client as the server has it now, or `undefined` once it is gone (404). */
export async function serverClient(id: number): Promise<Client | undefined> {
  const { status, json } = await sandboxApi<Clients>('GET', `clients/${id}`);
  if (status === 404) return undefined;
  if (status !== 200) throw new Error(`GET clients/${id} answered ${status}`);
  return json.clients[0];
}

export async function serverClientsNamed(name: string): Promise<Client[]> {
  const { json } = await sandboxApi<Clients>('GET', `clients?where=${encodeURIComponent(`name="${name}"`)}`);
  return json.clients;
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
  const { status, json } = await sandboxApi<Clients>('POST', 'clients', { name: clientName('Test Client'), ...fields });
  if (status !== 201) throw new Error(`POST clients answered ${status}: ${JSON.stringify(json)}`);
  const client = json.clients[0]!;
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
