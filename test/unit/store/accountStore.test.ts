import * as assert from 'node:assert/strict';
import { AccountStore, type StoreChange } from '../../../src/store/accountStore';
import { generateData, requestLog } from '../../support/sandbox';
import { useApiSandbox } from '../support/apiSandbox';

describe('AccountStore (against the sandbox)', () => {
  const fx = useApiSandbox();

  it('loads every client and contact and groups contacts under their client, main contact first, then by name', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    assert.equal(store.clients().length, 30);
    assert.equal(store.allContacts().length, 300);
    assert.equal(store.origin, 'server');
    const acme = store.contactsOf(1);
    assert.equal(acme[0]!.name, 'Aaron Cooper');
    assert.ok(acme[0]!.is_main);
    const rest = acme.slice(1).map((c) => c.name);
    assert.deepEqual(
      rest,
      [...rest].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })),
    );
    const direct = await fx.api().listContacts({ clientId: 1 });
    assert.deepEqual(
      acme.map((c) => c.id).sort((a, b) => a - b),
      direct.map((c) => c.id).sort((a, b) => a - b),
    );
    assert.deepEqual(
      store.clients().map((c) => c.name),
      [...store.clients().map((c) => c.name)].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })),
    );
  });

  it('costs a few paged list requests whatever the number of clients (no request per client)', async () => {
    const pageSize = 100;
    const counts: number[] = [];
    for (const extra of [0, 400]) {
      if (extra) await generateData(fx.sb, { clients: extra, contactsPerClient: 1 });
      await fetch(`${fx.sb.origin}/__sandbox/requests`, { method: 'DELETE' });
      const store = new AccountStore();
      await store.sync(fx.api({ pageSize }), { full: true });
      const log = await requestLog(fx.sb);
      assert.ok(
        log.every((r) => r.method === 'GET' && /^\/api\/(clients|clientcontacts)$/.test(r.path)),
        JSON.stringify(log),
      );
      assert.ok(
        log.every((r) => !String(r.query?.where ?? '').includes('client_id')),
        'no per-client filter',
      );
      const pages = (items: number) => Math.floor(items / pageSize) + 1;
      const lists = log.filter((r) => r.query.include !== 'id');
      // A first page shorter than asked costs one more page (a server's cap or the end?).
      const clientPages = store.clients().length < pageSize ? 2 : pages(store.clients().length);
      assert.equal(lists.length, clientPages + pages(store.allContacts().length));
      // A list read on several pages has its ids checked once, in pages of 2,500 (items can move between pages while they are read).
      assert.ok(log.length - lists.length <= 4, `${log.length - lists.length} id listings`);
      counts.push(log.length);
    }
    // 430 clients instead of 30 cost 4 more client pages, 4 more contact pages and one check of the clients' ids (two pages), not 400 more requests.
    assert.ok(counts[1]! - counts[0]! <= 10, `requests grew from ${counts[0]} to ${counts[1]}`);
  });

  it("replaces a client's contacts as listed again in one change: the client is repainted once, a contact gone is dropped", async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const changes: StoreChange[] = [];
    store.onDidChange((c) => changes.push(c));
    const [first, second, ...rest] = store.contactsOf(20);
    await fx.api().updateContact(second!.id, { is_main: true });
    await fx.api().deleteContact(rest[0]!.id);
    const listed = await fx.api().listContacts({ clientId: 20 });
    store.replaceContactsOf(20, listed);
    assert.deepEqual(changes, [{ kind: 'clients', clientIds: [20] }], 'one change for all of them');
    assert.equal(store.contactsOf(20)[0]!.id, second!.id, 'the new main contact comes first');
    assert.equal(store.contact(first!.id)?.is_main, false);
    assert.equal(store.contact(rest[0]!.id), undefined, 'the contact deleted meanwhile is gone');
    assert.deepEqual(
      store
        .contactsOf(20)
        .map((c) => c.id)
        .sort(),
      listed.map((c) => c.id).sort(),
    );
  });

  it('after a write, names only the affected clients and keeps one main contact per client', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const changes: StoreChange[] = [];
    store.onDidChange((c) => changes.push(c));
    const second = store.contactsOf(1)[1]!;
    const promoted = await fx.api().updateContact(second.id, { is_main: true });
    store.upsertContact(promoted);
    assert.deepEqual(changes, [{ kind: 'clients', clientIds: [1] }]);
    assert.equal(store.contactsOf(1)[0]!.id, second.id);
    assert.equal(store.contactsOf(1).filter((c) => c.is_main).length, 1);

    const moved = await fx.api().updateContact(second.id, { client_id: 2 });
    store.upsertContact(moved);
    assert.deepEqual(changes[1], { kind: 'clients', clientIds: [1, 2] });
    assert.ok(!store.contactsOf(1).some((c) => c.id === second.id));
    assert.ok(store.contactsOf(2).some((c) => c.id === second.id));

    await fx.api().deleteContact(second.id);
    store.removeContact(second.id);
    assert.deepEqual(changes[2], { kind: 'clients', clientIds: [2] });
    assert.equal(store.contact(second.id), undefined);
  });

  it('keeps a write made while a load was on its way', async () => {
    const store = new AccountStore();
    const api = fx.api();
    await store.sync(api, { full: true });
    const target = store.contactsOf(3)[0]!;
    // The list answer is read first, then the write lands before the load finishes: the older answer must not win.
    const source = {
      readClients: api.readClients.bind(api),
      listIds: api.listIds.bind(api),
      countIs: api.countIs.bind(api),
      readContacts: async () => {
        const listed = await api.readContacts();
        store.upsertContact(await api.updateContact(target.id, { position: 'Changed during load' }));
        return listed;
      },
    };
    await store.sync(source, { full: true });
    assert.equal(store.contact(target.id)?.position, 'Changed during load');
  });

  it('serves a cached snapshot until a load replaces it', async () => {
    const loaded = new AccountStore();
    await loaded.sync(fx.api(), { full: true });
    const cached = new AccountStore();
    cached.fromCache(loaded.toCache());
    assert.equal(cached.origin, 'cache');
    assert.equal(cached.contactsOf(1)[0]!.name, 'Aaron Cooper');
    await cached.sync(fx.api(), { full: true });
    assert.equal(cached.origin, 'server');
    cached.clear();
    assert.equal(cached.origin, 'none');
    assert.equal(cached.clients().length, 0);
  });
});
