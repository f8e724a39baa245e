// Turns a client command's first argument into the client it acts on: a client node or `{ clientId }`
// names it; the palette passes nothing and the user picks (`clientPicker.ts`). The store's copy is
// used, so a node that went stale is never acted on.
import type { Client, PaymoId } from '../../paymo';
import type { Services } from '../../services';
import { isObject } from '../../webviewContract/isObject';
import { pickClient, type ClientPickOptions } from './clientPicker';

export function clientIdOf(arg: unknown): PaymoId | undefined {
  if (!isObject(arg)) return undefined;
  if (typeof arg.clientId === 'number') return arg.clientId;
  return isObject(arg.client) && typeof arg.client.id === 'number' ? arg.client.id : undefined;
}

/**
 * The client named by `arg` (a client node, `{ clientId }`), or the one the user picks among those
 * `pick.filter` accepts. `undefined` when the user cancelled. A client the store does not hold is fetched.
 */
export async function clientTarget(services: Services, arg: unknown, pick: ClientPickOptions): Promise<Client | undefined> {
  services.auth.api(); // signed out: say so (SignedOutError), not that there is no client
  const id = clientIdOf(arg);
  if (id === undefined) return pickClient(services, pick);
  const known = services.store.client(id);
  if (known) return known;
  const fetched = await services.auth.api().getClient(id);
  services.store.upsertClient(fetched);
  return fetched;
}
