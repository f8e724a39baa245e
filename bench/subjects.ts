// The one place the bench touches the extension's own loading code, so that it measures exactly
// what the tree uses: a real `PaymoApi` and `AccountStore.load()`.
import { PaymoApi } from '../src/paymo/api';
import { AccountStore } from '../src/store/accountStore';
import type { SandboxInfo } from './children/sandboxChild';

export function newClient(sandbox: SandboxInfo, pageSize: number): PaymoApi {
  return new PaymoApi({ baseUrl: sandbox.apiUrl, credentials: { kind: 'apiKey', apiKey: sandbox.apiKey }, pageSize });
}

/** A full tree load into a fresh store, as a refresh after sign-in does. */
export async function loadStore(api: PaymoApi): Promise<AccountStore> {
  const store = new AccountStore();
  await store.sync(api, { full: true });
  return store;
}

/** Runs `work` with a fresh client (cold connections, as each load starts in the field) and disposes it. */
export async function withClient<T>(sandbox: SandboxInfo, pageSize: number, work: (paymo: PaymoApi) => Promise<T>): Promise<T> {
  const api = newClient(sandbox, pageSize);
  try {
    return await work(api);
  } finally {
    await api.dispose();
  }
}

export function storeLoad(sandbox: SandboxInfo, pageSize: number): Promise<AccountStore> {
  return withClient(sandbox, pageSize, loadStore);
}

/** The naive tree: clients, then one contacts request per client as the user expands each. */
export function naiveLoad(sandbox: SandboxInfo, pageSize: number): Promise<number> {
  return withClient(sandbox, pageSize, async (api) => {
    let contacts = 0;
    for (const c of await api.listClients()) contacts += (await api.listContacts({ clientId: c.id })).length;
    return contacts;
  });
}
