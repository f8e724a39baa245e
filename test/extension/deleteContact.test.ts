import * as assert from 'node:assert/strict';
import type { ClientContact } from '../../src/paymo';
import type { StoreChange } from '../../src/store/accountStore';
import { errorsDuring, freshContact, readyApi } from './support/contacts';
import { command } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { serverContact } from './support/serverContacts';

describe('Delete Contact', () => {
  it('deletes the contact on the server and from the store, repainting only its client', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { client_id: 3 });
    const changes: StoreChange[] = [];
    const listening = api.store.onDidChange((c) => changes.push(c));
    try {
      const deleted = await command<ClientContact>('deleteContact', { contactId: contact.id, confirmed: true });
      assert.equal(deleted?.id, contact.id);
    } finally {
      listening.dispose();
    }
    assert.deepEqual(await sandboxControl.sent(), [`DELETE /api/clientcontacts/${contact.id}`]);
    assert.equal(await serverContact(contact.id), undefined, 'gone on the server');
    assert.equal(api.store.contact(contact.id), undefined, 'gone from the store');
    assert.ok(!api.store.contactsOf(3).some((c) => c.id === contact.id));
    assert.deepEqual(changes, [{ kind: 'clients', clientIds: [3] }]);
  });

  it('keeps the contact, in the store and on the server, when the server refuses', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    await sandboxControl.fault({ action: 'status', status: 403, method: 'DELETE', path: '/api/clientcontacts', message: 'Only admins may delete contacts' });
    const errors = await errorsDuring(api, () => command('deleteContact', { contactId: contact.id, confirmed: true }));
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]!,
      /^Delete contact failed: Paymo did not allow this: your role may not delete contacts\. Paymo says: Only admins may delete contacts\. Ask an admin of your Paymo account/,
    );
    assert.ok(api.store.contact(contact.id), 'still in the store');
    assert.ok(await serverContact(contact.id), 'still on the server');
  });

  it('deletes each contact of a selection; the one Paymo refuses is named with why, and stays', async () => {
    const api = await readyApi();
    const contacts = [await freshContact(api), await freshContact(api), await freshContact(api)];
    await sandboxControl.fault({
      action: 'status',
      status: 400,
      method: 'DELETE',
      path: `/api/clientcontacts/${contacts[1]!.id}`,
      message: 'Contact is locked',
    });
    const result = await command<{ done: unknown[]; failed: { reason: string }[] }>('deleteContact', {
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
