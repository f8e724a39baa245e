import { PaymoClient } from '../../../src/paymo';
import type { Client, ClientContact } from '../../../src/paymo';
import { uiSession } from './session';

/** What the session's sandbox holds now, read over HTTP with the project's own client: what the tree should show. */
export async function sandboxData(): Promise<{ clients: Client[]; contacts: ClientContact[] }> {
  const { sandbox } = uiSession();
  const client = new PaymoClient({ baseUrl: sandbox.apiUrl, credentials: { kind: 'apiKey', apiKey: sandbox.apiKey } });
  try {
    const [clients, contacts] = await Promise.all([client.listClients(), client.listContacts()]);
    return { clients, contacts };
  } finally {
    await client.dispose();
  }
}
