import * as assert from 'node:assert/strict';
import type { PaymoApi } from '../../../src/paymo';
import { AccountStore } from '../../../src/store/accountStore';
import { generateData, injectFault, requestLog, resetSandbox, setQuirks, clearRequestLog } from '../../support/sandbox';
import { useApiSandbox } from '../support/apiSandbox';

/** Everything the store holds, in a stable order, every field: two stores are equal when these are. */
function contents(store: AccountStore): unknown {
  return {
    clients: [...store.clients()].sort((a, b) => a.id - b.id),
    contacts: store.allContacts().sort((a, b) => a.id - b.id),
  };
}

async function fullStore(api: PaymoApi): Promise<AccountStore> {
  const store = new AccountStore();
  await store.sync(api, { full: true });
  return store;
}

describe('Sync: a refresh costs what changed (against the sandbox)', () => {
  const fx = useApiSandbox();

  it('a refresh with nothing changed is four small requests and changes nothing', async () => {
    const store = await fullStore(fx.api());
    const before = contents(store);
    const changes: unknown[] = [];
    store.onDidChange((c) => changes.push(c));
    await clearRequestLog(fx.sb);
    const report = await store.sync(fx.api());
    const log = await requestLog(fx.sb);
    assert.equal(report.mode, 'delta');
    assert.equal(log.length, 4, JSON.stringify(log.map((r) => r.query)));
    assert.ok(
      log.every((r) => r.bytes < 200),
      'each answer is small',
    );
    assert.deepEqual(
      log.slice(0, 2).map((r) => r.path),
      ['/api/clients', '/api/clientcontacts'],
    );
    assert.match(log[0]!.query.where!, /^updated_on>=\d+$/);
    assert.deepEqual(
      log.slice(2).map((r) => r.query.include),
      ['id', 'id'],
      'then each collection counted with a few ids',
    );
    assert.ok(log.slice(2).every((r) => Number(r.query.page_size) <= 20 && /^created_on<\d+$/.test(r.query.where ?? '')));
    assert.deepEqual(contents(store), before);
    assert.deepEqual(changes, [], 'the tree is not repainted');
  });

  it('shows each kind of change made behind its back after one refresh: edit, create, delete, move, archive, new and deleted client', async () => {
    const admin = fx.api();
    const store = await fullStore(fx.api());
    const [edited, deleted, moved] = [store.contactsOf(2)[1]!, store.contactsOf(3)[2]!, store.contactsOf(4)[1]!];
    await admin.updateContact(edited.id, { position: 'Changed in the web app' });
    const { contact: created } = await admin.createContact({ client_id: 5, name: 'Created Elsewhere', email: 'elsewhere@example.com' });
    await admin.deleteContact(deleted.id);
    await admin.updateContact(moved.id, { client_id: 6 });
    await archive(fx.sb, 7);
    const newClient = await post(fx.sb, 'clients', { name: 'Brand New Client' });
    await post(fx.sb, 'clientcontacts', { client_id: newClient, name: 'Contact Of The New Client' });
    await remove(fx.sb, 'clients/8');

    const report = await store.sync(fx.api());
    assert.equal(report.mode, 'delta');
    assert.equal(store.contact(edited.id)?.position, 'Changed in the web app');
    assert.equal(store.contact(created.id)?.name, 'Created Elsewhere');
    assert.equal(store.contact(deleted.id), undefined);
    assert.equal(store.contact(moved.id)?.client_id, 6);
    assert.ok(store.contactsOf(6).some((c) => c.id === moved.id) && !store.contactsOf(4).some((c) => c.id === moved.id));
    assert.equal(store.client(7)?.active, false);
    assert.equal(store.contactsOf(newClient).length, 1);
    assert.equal(store.client(8), undefined);
    assert.equal(store.contactsOf(8).length, 0, 'the deleted client took its contacts');
    assert.deepEqual(contents(store), contents(await fullStore(fx.api())), 'the same as a full load, every field');
  });

  it('loads everything when nothing says when the data was synced, and says why', async () => {
    const store = new AccountStore();
    const report = await store.sync(fx.api());
    assert.equal(report.mode, 'full');
    assert.match(report.fallback ?? '', /nothing loaded/);
    const cached = new AccountStore();
    cached.fromCache({ ...store.toCache(), syncedFrom: undefined });
    const again = await cached.sync(fx.api());
    assert.equal(again.mode, 'full');
    assert.match(again.fallback ?? '', /when it was synced/);
  });

  it('loads everything when the server refuses the filter, and says so', async () => {
    const store = await fullStore(fx.api());
    await injectFault(fx.sb, { action: 'status', status: 400, method: 'GET', path: '/api/clients', message: 'Unknown field or reference: updated_on' });
    const report = await store.sync(fx.api());
    assert.equal(report.mode, 'full');
    assert.match(report.fallback ?? '', /refused.*Unknown field or reference: updated_on/);
    assert.deepEqual(contents(store), contents(await fullStore(fx.api())));
  });

  it('finds records it never saw although they were changed long ago, by their count', async () => {
    await resetSandbox(fx.sb, 'empty');
    const store = await fullStore(fx.api());
    assert.equal(store.clients().length, 0);
    await resetSandbox(fx.sb, 'demo'); // the demo data was made and changed long before the last sync
    await store.sync(fx.api());
    assert.equal(store.clients().length, 30);
    assert.equal(store.allContacts().length, 300);
  });

  it('lists the ids only when a count says something is gone, and a cached tree refreshes from where it was synced', async () => {
    const loaded = await fullStore(fx.api());
    const store = new AccountStore();
    store.fromCache(loaded.toCache());
    const gone = store.contactsOf(9)[0]!;
    await fx.api().deleteContact(gone.id);
    await clearRequestLog(fx.sb);
    const report = await store.sync(fx.api());
    assert.equal(report.mode, 'delta');
    assert.equal(store.origin, 'server');
    assert.equal(store.contact(gone.id), undefined);
    const log = await requestLog(fx.sb);
    const idLists = log.filter((r) => r.query.include === 'id' && r.query.page_size === '2500');
    assert.deepEqual(
      idLists.map((r) => r.path),
      ['/api/clientcontacts', '/api/clientcontacts'],
      'contacts only (a short page of 2,500 is confirmed by the next)',
    );
    assert.equal(report.summary.removedContacts, 1);
  });

  it('skips one record in a shape it does not expect among 500 good ones: 499 shown, 1 reported, also after a refresh', async () => {
    await resetSandbox(fx.sb, 'empty');
    await generateData(fx.sb, { clients: 50, contactsPerClient: 10 });
    const odd = (await fx.api().listContacts())[123]!;
    const unknownField = (await fx.api().listContacts())[7]!;
    await setQuirks(fx.sb, {
      reshape: [
        { collection: 'clientcontacts', id: odd.id, set: { is_main: null }, remove: ['updated_on'] },
        { collection: 'clientcontacts', id: unknownField.id, set: { additional_privileges: ['x'] } },
      ],
    });
    const store = await fullStore(fx.api());
    assert.equal(store.allContacts().length, 499);
    assert.equal(store.contact(odd.id), undefined);
    assert.ok(store.contact(unknownField.id), 'an unknown field is no reason to skip');
    assert.deepEqual(
      store.skipped.map((r) => [r.collection, r.id]),
      [['clientcontacts', odd.id]],
    );
    assert.match(store.skipped[0]!.reason, /is_main|updated_on/);
    const report = await store.sync(fx.api());
    assert.equal(report.mode, 'delta');
    assert.equal(store.allContacts().length, 499);
    assert.equal(report.skipped.length, 1, 'still reported after a delta');
  });

  it('reads every item from a server that caps pages at 50 while the page size asked is 100', async () => {
    await resetSandbox(fx.sb, 'empty');
    await generateData(fx.sb, { clients: 120, contactsPerClient: 3 });
    await setQuirks(fx.sb, { maxPageSize: 50 });
    const store = await fullStore(fx.api({ pageSize: 100 }));
    assert.equal(store.clients().length, 120);
    assert.equal(store.allContacts().length, 360);
    const pages = (await requestLog(fx.sb)).filter((r) => r.path === '/api/clients' && r.query.page_size === '100');
    assert.equal(pages.length, 3, 'pages 0-2 hold 50, 50 and 20: the short third one ends the list');
  });

  /** A full load by `pageSize` 20 during which, once page 0 of the contacts has come (`pageZeroSeen` times), its fourth contact is deleted before the next page is answered. */
  async function loadWhileDeleting(listed: { id: number }[], pageZeroSeen: number): Promise<AccountStore> {
    const admin = fx.api();
    let seen = 0;
    const paymo = fx.api({
      pageSize: 20,
      log: (entry) => {
        if (entry.url.startsWith('/api/clientcontacts?page=0') && ++seen === pageZeroSeen) void admin.deleteContact(listed[3]!.id);
      },
    });
    await injectFault(fx.sb, { action: 'delay', method: 'GET', path: '/api/clientcontacts', delayMs: 400, count: 3 });
    const store = await fullStore(paymo);
    assert.equal(seen >= pageZeroSeen, true, 'the contact was deleted during the load');
    return store;
  }

  it('misses no contact when one is deleted from a page already read: the next page starts after the last id read', async () => {
    await resetSandbox(fx.sb, 'demo');
    const listed = await fx.api().listContacts();
    await clearRequestLog(fx.sb);
    const store = await loadWhileDeleting(listed, 1);
    assert.ok(store.contact(listed[20]!.id), 'the first contact of the next page is there');
    assert.equal(store.allContacts().length, listed.length, 'every contact read, the deleted one as it was when its page was read');
    const pages = (await requestLog(fx.sb)).filter((r) => r.path === '/api/clientcontacts');
    assert.deepEqual(
      pages.slice(0, 2).map((r) => [r.query.page, r.query.where]),
      [
        ['0', undefined],
        ['0', `id>${listed[19]!.id}`],
      ],
    );
    await store.sync(fx.api());
    assert.equal(store.contact(listed[3]!.id), undefined, 'the next refresh finds the deleted contact gone');
    assert.equal(store.allContacts().length, listed.length - 1);
  });

  it('on a server that lists by name, reads by page number and then checks the ids: a contact that moved onto a page already read is fetched', async () => {
    await resetSandbox(fx.sb, 'demo'); // names in another order than ids
    await setQuirks(fx.sb, { listOrder: 'name' });
    const listed = await fx.api().listContacts({ order: 'name' });
    await clearRequestLog(fx.sb);
    // The first page 0 is the read by id, given up at once (not in id order); the second is the read by page number.
    const store = await loadWhileDeleting(listed, 2);
    assert.equal(store.contact(listed[3]!.id), undefined, 'the deleted contact is gone');
    assert.ok(store.contact(listed[20]!.id), 'the contact that moved onto the page already read is there');
    assert.equal(store.allContacts().length, listed.length - 1);
    const log = await requestLog(fx.sb);
    assert.ok(
      log.some((r) => r.path === '/api/clientcontacts' && r.query.page === '1'),
      'read by page number',
    );
    assert.equal(log.filter((r) => /^id in \(/.test(r.query.where ?? '')).length, 1, 'the missed contact was fetched by id');
  });
});

async function post(sb: { apiUrl: string; apiKey: string }, path: string, body: unknown): Promise<number> {
  const res = await fetch(`${sb.apiUrl}${path}`, { method: 'POST', headers: headers(sb), body: JSON.stringify(body) });
  assert.equal(res.status, 201);
  const json = (await res.json()) as Record<string, { id: number }[]>;
  return Object.values(json)[0]![0]!.id;
}

async function archive(sb: { apiUrl: string; apiKey: string }, clientId: number): Promise<void> {
  const res = await fetch(`${sb.apiUrl}clients/${clientId}`, { method: 'PUT', headers: headers(sb), body: JSON.stringify({ active: false }) });
  assert.equal(res.status, 200);
}

async function remove(sb: { apiUrl: string; apiKey: string }, path: string): Promise<void> {
  const res = await fetch(`${sb.apiUrl}${path}`, { method: 'DELETE', headers: headers(sb) });
  assert.equal(res.status, 200);
}

function headers(sb: { apiKey: string }): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${sb.apiKey}:X`).toString('base64')}`, 'Content-Type': 'application/json' };
}
