import * as assert from 'node:assert/strict';
import { freshClient, removeTestClients, serverClient } from './support/clients';
import { readyApi } from './support/contacts';
import { command, nodeOfClient } from './support/paymoApi';

describe('Restore Client', () => {
  after(async () => removeTestClients(await readyApi()));

  it('brings an archived client back into the view', async () => {
    const api = await readyApi();
    const client = await freshClient(api, { name: `Zz Restore ${Date.now()}` });
    await command('archiveClient', { clientId: client.id });
    assert.equal(nodeOfClient(api, client.id), undefined);
    await command('restoreClient', { clientId: client.id });
    assert.ok(nodeOfClient(api, client.id));
    assert.equal((await serverClient(client.id))?.active, true);
  });
});
