// The one place the bench touches the extension's own loading code, so that it measures exactly
// what the tree uses: a real `PaymoClient` and `ContactStore.load()`.
import { PaymoClient } from '../src/paymo/client';
import { ContactStore } from '../src/store/contactStore';
import type { SandboxInfo } from './children/sandboxChild';

export function newClient(sandbox: SandboxInfo, pageSize: number): PaymoClient {
  return new PaymoClient({ baseUrl: sandbox.apiUrl, credentials: { kind: 'apiKey', apiKey: sandbox.apiKey }, pageSize });
}

/** A full tree load into a fresh store, as a refresh after sign-in does. */
export async function loadStore(client: PaymoClient): Promise<ContactStore> {
  const store = new ContactStore();
  await store.sync(client, { full: true });
  return store;
}

/** Runs `work` with a fresh client (cold connections, as each load starts in the field) and disposes it. */
export async function withClient<T>(sandbox: SandboxInfo, pageSize: number, work: (client: PaymoClient) => Promise<T>): Promise<T> {
  const client = newClient(sandbox, pageSize);
  try {
    return await work(client);
  } finally {
    await client.dispose();
  }
}

export function storeLoad(sandbox: SandboxInfo, pageSize: number): Promise<ContactStore> {
  return withClient(sandbox, pageSize, loadStore);
}

/** The naive tree: clients, then one contacts request per client as the user expands each. */
export function naiveLoad(sandbox: SandboxInfo, pageSize: number): Promise<number> {
  return withClient(sandbox, pageSize, async (client) => {
    let contacts = 0;
    for (const c of await client.listClients()) contacts += (await client.listContacts({ clientId: c.id })).length;
    return contacts;
  });
}
