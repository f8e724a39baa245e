import * as assert from 'node:assert/strict';
import type { Client } from '../../src/paymo';
import { deleteQuestion } from '../../src/commands/clients/deleteClient';
import { freshClient, removeTestClients, serverClient } from './support/clients';
import { errorsDuring, readyApi } from './support/contacts';
import { clientNodes, command } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { serverContactsOf } from './support/serverContacts';

describe('Delete Client', () => {
  after(async () => removeTestClients(await readyApi()));

  it("is refused until the client's name is typed; then the client and its contacts go", async () => {
    const api = await readyApi();
    const client = await freshClient(api, {}, 2);
    const contactIds = api.store.contactsOf(client.id).map((c) => c.id);
    assert.equal(contactIds.length, 2);

    for (const typed of ['', 'wrong name', client.name.toUpperCase()]) {
      assert.equal(await command('deleteClient', { clientId: client.id, confirmedName: typed }), undefined);
    }
    assert.ok(!(await sandboxControl.sent()).some((r) => r.startsWith('DELETE')), 'no delete sent');
    assert.ok(await serverClient(client.id), 'still on the server');
    assert.ok(api.store.client(client.id), 'still in the view');

    const deleted = await command<Client>('deleteClient', { clientId: client.id, confirmedName: client.name });
    assert.equal(deleted?.id, client.id);
    assert.ok((await sandboxControl.sent()).includes(`DELETE /api/clients/${client.id}`));
    assert.equal(await serverClient(client.id), undefined, 'gone on the server');
    assert.deepEqual(await serverContactsOf(client.id), [], 'its contacts went with it');
    assert.equal(api.store.client(client.id), undefined);
    assert.ok(
      contactIds.every((id) => api.store.contact(id) === undefined),
      'its contacts left the store',
    );
    assert.ok(!clientNodes(api).some((n) => n.client.id === client.id), 'and the view');
  });

  it('asks a question that names the client, its contacts, and everything else Paymo deletes', async () => {
    const api = await readyApi();
    const client = await freshClient(api);
    for (const [count, said] of [
      [0, 'It has no contacts.'],
      [1, 'Its 1 contact is deleted too.'],
      [7, 'Its 7 contacts are deleted too.'],
    ] as const) {
      const { message, detail } = deleteQuestion(client, count);
      assert.ok(message.includes(client.name), message);
      assert.ok(detail.startsWith(said), detail);
      assert.match(detail, /projects, tasks, time entries and invoices/);
      assert.match(detail, /cannot be undone/);
    }
  });

  it('keeps the client when the delete fails on the server', async () => {
    const api = await readyApi();
    const client = await freshClient(api, {}, 1);
    await sandboxControl.fault({ action: 'status', status: 403, method: 'DELETE', path: '/api/clients', message: 'Only admins may delete clients' });
    const errors = await errorsDuring(api, () => command('deleteClient', { clientId: client.id, confirmedName: client.name }));
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]!,
      /Paymo did not allow this: your role may not delete clients\. Paymo says: Only admins may delete clients\. Ask an admin of your Paymo account/,
    );
    assert.ok(api.store.client(client.id));
    assert.equal(api.store.contactsOf(client.id).length, 1);
    assert.ok(await serverClient(client.id));
  });
});
