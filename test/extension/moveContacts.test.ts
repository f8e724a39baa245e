import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { freshContact, readyApi } from './support/contacts';
import { command, nodeOfClient, nodeOfContact } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { serverContact } from './support/serverContacts';

type Moved = { done: { id: number }[]; failed: unknown[]; notTried: unknown[] };

describe('Move Contacts', () => {
  it('dragging two contacts onto another client moves both, one request each, and the tree shows them there', async () => {
    const api = await readyApi();
    const a = await freshContact(api, { client_id: 2 });
    const b = await freshContact(api, { client_id: 3 });
    const data = new vscode.DataTransfer();
    await api.tree.dragAndDrop.handleDrag([nodeOfContact(api, a.id)!, nodeOfContact(api, b.id)!], data);
    await api.tree.dragAndDrop.handleDrop(nodeOfClient(api, 4), data);
    assert.deepEqual(await sandboxControl.sent(), [`PUT /api/clientcontacts/${a.id}`, `PUT /api/clientcontacts/${b.id}`]);
    assert.equal((await serverContact(a.id))?.client_id, 4);
    assert.equal((await serverContact(b.id))?.client_id, 4);
    assert.ok(api.store.contactsOf(4).some((c) => c.id === a.id) && api.store.contactsOf(4).some((c) => c.id === b.id));
    assert.ok(!api.store.contactsOf(2).some((c) => c.id === a.id));
  });

  it('moves the contacts it is given to the client it is given, sending nothing for one already there', async () => {
    const api = await readyApi();
    const away = await freshContact(api, { client_id: 2 });
    const there = await freshContact(api, { client_id: 5 });
    const moved = await command<Moved>('moveContacts', { contactIds: [away.id, there.id], toClientId: 5 });
    assert.deepEqual(
      moved?.done.map((c) => c.id),
      [away.id],
    );
    assert.deepEqual(await sandboxControl.sent(), [`PUT /api/clientcontacts/${away.id}`]);
    assert.equal((await serverContact(away.id))?.client_id, 5);
    assert.equal((await serverContact(there.id))?.client_id, 5);
    assert.deepEqual(
      api.store
        .contactsOf(5)
        .filter((c) => c.id === away.id || c.id === there.id)
        .map((c) => c.id)
        .sort((x, y) => x - y),
      [away.id, there.id].sort((x, y) => x - y),
    );
    assert.ok(!api.store.contactsOf(2).some((c) => c.id === away.id), 'and left its old client in the tree');
  });
});
