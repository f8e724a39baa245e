import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { serverContact } from './support/serverContacts';
import { freshContact, readyApi } from './support/contacts';
import { nodeOfClient, nodeOfContact } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

describe('Many contacts at once: drag to move, delete the selection', () => {
  it('dragging two contacts onto another client moves both, one request each, and the tree shows them there', async () => {
    const api = await readyApi();
    const a = await freshContact(api, { client_id: 2 });
    const b = await freshContact(api, { client_id: 3 });
    const data = new vscode.DataTransfer();
    await api.tree.dragAndDrop.handleDrag([nodeOfContact(api, a.id)!, nodeOfContact(api, b.id)!], data);
    await api.tree.dragAndDrop.handleDrop(nodeOfClient(api, 4), data);
    assert.deepEqual(
      (await sandboxControl.requests()).map((r) => `${r.method} ${r.path}`),
      [`PUT /api/clientcontacts/${a.id}`, `PUT /api/clientcontacts/${b.id}`],
    );
    assert.equal((await serverContact(a.id))?.client_id, 4);
    assert.equal((await serverContact(b.id))?.client_id, 4);
    assert.ok(api.store.contactsOf(4).some((c) => c.id === a.id) && api.store.contactsOf(4).some((c) => c.id === b.id));
    assert.ok(!api.store.contactsOf(2).some((c) => c.id === a.id));
  });

  it('deleting a selection deletes each; the one Paymo refuses is named with why, and stays', async () => {
    const api = await readyApi();
    const contacts = [await freshContact(api), await freshContact(api), await freshContact(api)];
    await sandboxControl.fault({
      action: 'status',
      status: 400,
      method: 'DELETE',
      path: `/api/clientcontacts/${contacts[1]!.id}`,
      message: 'Contact is locked',
    });
    const result = await vscode.commands.executeCommand<{ done: unknown[]; failed: { reason: string }[] }>('paymoContacts.deleteContact', {
      contactIds: contacts.map((c) => c.id),
      confirmed: true,
    });
    assert.equal(result?.done.length, 2);
    assert.deepEqual(
      result?.failed.map((f) => f.reason),
      ['Contact is locked.'],
    );
    assert.equal(await serverContact(contacts[0]!.id), undefined);
    assert.ok(await serverContact(contacts[1]!.id));
    assert.equal(await serverContact(contacts[2]!.id), undefined);
    assert.ok(api.store.contact(contacts[1]!.id), 'the refused one is still in the tree');
    assert.equal(api.store.contact(contacts[0]!.id), undefined);
  });
});
