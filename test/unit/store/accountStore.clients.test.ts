import * as assert from 'node:assert/strict';
import { AccountStore, type StoreChange } from '../../../src/store/accountStore';
import { useApiSandbox } from '../support/apiSandbox';

describe('AccountStore: clients written by the extension', () => {
  const fx = useApiSandbox();

  it('keeps an upserted client in name order and names it in its change', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const changes: StoreChange[] = [];
    store.onDidChange((c) => changes.push(c));
    const { client } = await fx.api().createClient({ name: 'aardvark Consulting' });
    store.upsertClient(client);
    assert.equal(store.clients()[0]!.id, client.id, 'sorted case-insensitively');
    store.upsertClient(await fx.api().updateClient(client.id, { name: 'Zzyzx Consulting' }));
    assert.equal(store.clients().at(-1)!.name, 'Zzyzx Consulting');
    assert.equal(store.clients().filter((c) => c.id === client.id).length, 1);
    assert.deepEqual(changes, [
      { kind: 'clients', clientIds: [client.id] },
      { kind: 'clients', clientIds: [client.id] },
    ]);
  });

  it('removes a deleted client with its contacts', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const contactIds = store.contactsOf(3).map((c) => c.id);
    assert.ok(contactIds.length > 0);
    const changes: StoreChange[] = [];
    store.onDidChange((c) => changes.push(c));
    store.removeClient(3);
    assert.equal(store.client(3), undefined);
    assert.ok(!store.clients().some((c) => c.id === 3));
    assert.deepEqual(store.contactsOf(3), []);
    assert.ok(contactIds.every((id) => store.contact(id) === undefined));
    assert.deepEqual(changes, [{ kind: 'clients', clientIds: [3] }]);
    store.removeClient(3);
    assert.equal(changes.length, 1, 'removing it again changes nothing');
  });
});
