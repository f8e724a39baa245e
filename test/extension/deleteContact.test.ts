import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StoreChange } from '../../src/store/accountStore';
import { serverContact } from './support/serverContacts';
import { sandboxControl } from './support/sandboxControl';
import { errorsDuring, freshContact, readyApi } from './support/contacts';

describe('Delete Contact', () => {
  it('deletes the contact on the server and from the store, repainting only its client', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { client_id: 3 });
    const changes: StoreChange[] = [];
    const listening = api.store.onDidChange((c) => changes.push(c));
    try {
      const deleted = await vscode.commands.executeCommand('paymoContacts.deleteContact', { contactId: contact.id, confirmed: true });
      assert.equal((deleted as { id: number } | undefined)?.id, contact.id);
    } finally {
      listening.dispose();
    }
    const requests = await sandboxControl.requests();
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path}`),
      [`DELETE /api/clientcontacts/${contact.id}`],
    );
    assert.equal(await serverContact(contact.id), undefined, 'gone on the server');
    assert.equal(api.store.contact(contact.id), undefined, 'gone from the store');
    assert.ok(!api.store.contactsOf(3).some((c) => c.id === contact.id));
    assert.deepEqual(changes, [{ kind: 'clients', clientIds: [3] }]);
  });

  it('keeps the contact, in the store and on the server, when the server refuses', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    await sandboxControl.fault({ action: 'status', status: 403, method: 'DELETE', path: '/api/clientcontacts', message: 'Only admins may delete contacts' });
    const errors = await errorsDuring(api, () => vscode.commands.executeCommand('paymoContacts.deleteContact', { contactId: contact.id, confirmed: true }));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /Only admins may delete contacts/);
    assert.ok(api.store.contact(contact.id), 'still in the store');
    assert.ok(await serverContact(contact.id), 'still on the server');
  });
});
