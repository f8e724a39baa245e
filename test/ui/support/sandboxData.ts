import { PaymoApi } from '../../../src/paymo';
import type { Client, ClientContact } from '../../../src/paymo';
import { uiSession } from './session';

// The session's sandbox seen from outside the window, with the project's own client over HTTP:
// what the tree should show, what a journey's action changed, and changes "someone else" makes.

/** Runs `use` with a client signed in to the session's sandbox by its API key, and closes it after. */
export async function withPaymo<T>(use: (paymo: PaymoApi) => Promise<T>): Promise<T> {
  const { sandbox } = uiSession();
  const paymo = new PaymoApi({ baseUrl: sandbox.apiUrl, credentials: { kind: 'apiKey', apiKey: sandbox.apiKey } });
  try {
    return await use(paymo);
  } finally {
    await paymo.dispose();
  }
}

/** What the session's sandbox holds now: what the tree should show. */
export function sandboxData(): Promise<{ clients: Client[]; contacts: ClientContact[] }> {
  return withPaymo(async (paymo) => {
    const [clients, contacts] = await Promise.all([paymo.listClients(), paymo.listContacts()]);
    return { clients, contacts };
  });
}
