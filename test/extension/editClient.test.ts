import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { Client } from '../../src/paymo';
import { freshClient, removeTestClients } from './support/clients';
import { errorsDuring, readyApi } from './support/contacts';
import { command, nodeOfClient } from './support/paymoApi';
import { sandboxApi } from './support/sandboxApi';
import { sandboxControl } from './support/sandboxControl';

describe('Edit Client', () => {
  after(async () => removeTestClients(await readyApi()));

  it('sends only the changed field and keeps what someone else changed meanwhile', async () => {
    const api = await readyApi();
    const client = await freshClient(api, { city: 'Graz', email: 'office@edit.example' });
    // Someone changes the phone in Paymo's web app meanwhile.
    await sandboxApi('PUT', `clients/${client.id}`, { phone: '+43 316 1' });
    await sandboxControl.clearRequests();
    const updated = await command<Client>('editClient', { clientId: client.id, patch: { city: 'Linz' } });
    assert.deepEqual(await sandboxControl.sent(), [`PUT /api/clients/${client.id}`]);
    assert.deepEqual([updated?.city, updated?.phone, updated?.email], ['Linz', '+43 316 1', 'office@edit.example']);
    assert.equal(api.store.client(client.id)?.city, 'Linz', 'the store (and so the tree) has it');
    const tooltip = api.tree.getTreeItem(nodeOfClient(api, client.id)!).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Linz/);
  });

  it("shows the server's refusal and keeps the client as it was", async () => {
    const api = await readyApi();
    const client = await freshClient(api);
    const errors = await errorsDuring(api, () => command('editClient', { clientId: client.id, patch: { email: 'not an address' } }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /Invalid email address/);
    assert.equal(api.store.client(client.id)?.email, null);
  });
});
