import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientNodes, contactNodes, setSetting, signedInApi } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

describe('Loading the tree', () => {
  it('reads all clients and all contacts with paged lists; expanding clients costs no request', async () => {
    const api = await signedInApi();
    await sandboxControl.clearRequests();
    await vscode.commands.executeCommand('paymoContacts.fullRefresh');
    const requests = await sandboxControl.requests();
    assert.equal(requests.filter((r) => r.path === '/api/me').length, 1, "a reload the user asks for asks for the user's role too, once");
    const load = requests.filter((r) => r.path !== '/api/me');
    assert.ok(
      load.every((r) => r.method === 'GET' && /^\/api\/(clients|clientcontacts)$/.test(r.path)),
      JSON.stringify(load),
    );
    const pages = (count: number) => Math.floor(count / 100) + 1;
    const lists = load.filter((r) => r.query.include !== 'id');
    const expected = pages(api.store.clients().length) + pages(api.store.allContacts().length);
    // A short first page may be confirmed by the next one (a server's cap or the end?).
    assert.ok(lists.length >= expected && lists.length <= expected + 1, `${lists.length} list requests`);
    assert.ok(load.length - lists.length <= 2, 'the contacts, read on several pages, have their ids checked once');

    await sandboxControl.clearRequests();
    for (const client of clientNodes(api)) {
      for (const contact of contactNodes(api, client)) api.tree.getTreeItem(contact);
    }
    const last = api.store.contactsOf(clientNodes(api).at(-1)!.client.id)[0]!;
    await api.tree.reveal(last.id);
    const expanding = (await sandboxControl.requests()).filter((r) => r.path.startsWith('/api/'));
    assert.deepEqual(expanding, [], 'expanding clients must not ask the server');
  });

  it('uses the page size setting on the next load, without a reload of the window', async () => {
    const api = await signedInApi();
    // The session takes a new client for the new setting: only then does a load use it.
    const newClient = new Promise((resolve) => {
      const once = api.auth.onDidChange((e) => {
        once.dispose();
        resolve(e);
      });
    });
    await setSetting('pageSize', 50);
    try {
      await newClient;
      await api.loader.whenIdle();
      const contacts = api.store.allContacts().length;
      await sandboxControl.clearRequests();
      await vscode.commands.executeCommand('paymoContacts.fullRefresh');
      const load = (await sandboxControl.requests()).filter((r) => r.query.include !== 'id' && r.path !== '/api/me');
      assert.ok(load.length > 0);
      assert.ok(
        load.every((r) => String(r.query.page_size) === '50'),
        JSON.stringify(load.map((r) => r.query)),
      );
      assert.equal(api.store.allContacts().length, contacts);
    } finally {
      await setSetting('pageSize', undefined);
      await api.loader.whenIdle();
    }
  });
});
