// What a sync reports as changed elsewhere: computed from the store before and after it (no request),
// never the store's own writes.
import * as assert from 'node:assert/strict';
import type { PaymoApi } from '../../../src/paymo';
import { AccountStore } from '../../../src/store/accountStore';
import type { RecordChange } from '../../../src/store/recordChanges';
import { deltaSync } from '../../../src/store/sync';
import { clearRequestLog, requestLog, resetSandbox, setQuirks, clearQuirks } from '../../support/sandbox';
import { useApiSandbox } from '../support/apiSandbox';

async function loaded(api: PaymoApi): Promise<AccountStore> {
  const store = new AccountStore();
  await store.sync(api, { full: true });
  return store;
}

const byKind = (changes: readonly RecordChange[], kind: RecordChange['kind']) => changes.filter((c) => c.kind === kind);

describe('Changes made elsewhere, from a sync', () => {
  const fx = useApiSandbox();
  beforeEach(() => resetSandbox(fx.sb));

  it('lists an edit with each field’s old and new value, a creation, a move and a deletion by name', async () => {
    const admin = fx.api();
    const store = await loaded(fx.api());
    const heard: (readonly RecordChange[])[] = [];
    store.onDidLoadChanges((changes) => heard.push(changes));
    const [edited, deleted, moved] = [store.contactsOf(2)[1]!, store.contactsOf(3)[2]!, store.contactsOf(4)[1]!];
    await admin.updateContact(edited.id, { position: 'Head of Things', email: 'new.address@example.com' });
    const { contact: created } = await admin.createContact({ client_id: 5, name: 'Created Elsewhere' });
    await admin.deleteContact(deleted.id);
    await admin.updateContact(moved.id, { client_id: 6 });
    await admin.updateClient(7, { city: 'Graz' });

    const report = await store.sync(fx.api());
    assert.equal(report.mode, 'delta');
    assert.deepEqual(heard, [report.changes], 'one event, with what the report says');
    assert.equal(report.changes.length, 5);
    const edit = report.changes.find((c) => c.id === edited.id)!;
    assert.equal(edit.kind, 'edited');
    assert.deepEqual(
      edit.fields.map((f) => [f.field, f.before, f.after]).sort(),
      [
        ['email', edited.email, 'new.address@example.com'],
        ['position', edited.position, 'Head of Things'],
      ].sort(),
    );
    assert.deepEqual(
      byKind(report.changes, 'created').map((c) => [c.id, c.name, c.clientId]),
      [[created.id, 'Created Elsewhere', 5]],
    );
    assert.deepEqual(
      byKind(report.changes, 'deleted').map((c) => [c.id, c.name, c.clientId]),
      [[deleted.id, deleted.name, 3]],
      'a deleted contact by its name',
    );
    const move = byKind(report.changes, 'moved')[0]!;
    assert.deepEqual([move.id, move.clientId, move.fields.map((f) => [f.field, f.before, f.after])], [moved.id, 6, [['client_id', 4, 6]]]);
    const client = report.changes.find((c) => c.collection === 'clients')!;
    assert.deepEqual([client.id, client.kind, client.fields.map((f) => f.field)], [7, 'edited', ['city']]);
  });

  it('costs no request beyond the sync’s own', async () => {
    const admin = fx.api();
    const store = await loaded(fx.api());
    await admin.updateContact(store.contactsOf(2)[0]!.id, { position: 'Counted' });
    const base = store.toCache();
    const reference = {
      clients: new Map(base.clients.map((c) => [c.id, c])),
      contacts: new Map(base.contacts.map((c) => [c.id, c])),
      skipped: [],
      syncedFrom: base.syncedFrom!,
    };
    await clearRequestLog(fx.sb);
    await deltaSync(fx.api(), reference);
    const plain = (await requestLog(fx.sb)).length;
    await clearRequestLog(fx.sb);
    const report = await store.sync(fx.api());
    assert.equal(report.changes.length, 1);
    assert.equal((await requestLog(fx.sb)).length, plain);
  });

  it('never lists the store’s own writes: before the sync, or while it runs', async () => {
    const api = fx.api();
    const store = await loaded(api);
    const mine = store.contactsOf(2)[0]!;
    store.upsertContact(await api.updateContact(mine.id, { position: 'Changed here' }));
    const { contact: made } = await api.createContact({ client_id: 2, name: 'Made Here' });
    store.upsertContact(made);
    const gone = store.contactsOf(3)[0]!;
    await api.deleteContact(gone.id);
    store.removeContact(gone.id);
    store.upsertClient(await api.updateClient(4, { city: 'Linz' }));
    const during = store.contactsOf(5)[1]!;
    const syncing = store.sync(fx.api());
    store.upsertContact(await api.updateContact(during.id, { position: 'Changed during the sync' }));
    const report = await syncing;
    assert.deepEqual(report.changes, []);
    assert.equal(store.contact(during.id)?.position, 'Changed during the sync');
  });

  it('lists nothing on a first load, nor after a start from the cached first level alone, and a record Paymo sends unreadable is not “deleted”', async () => {
    const store = new AccountStore();
    assert.deepEqual((await store.sync(fx.api())).changes, []);
    const firstLevelOnly = new AccountStore();
    firstLevelOnly.fromCache({ clients: [...store.clients()], contacts: [], loadedAt: new Date().toISOString() });
    assert.deepEqual((await firstLevelOnly.sync(fx.api())).changes, [], 'its contacts are not all new');
    const odd = store.contactsOf(6)[0]!;
    await setQuirks(fx.sb, { reshape: [{ collection: 'clientcontacts', id: odd.id, set: { access: null } }] });
    try {
      assert.deepEqual((await store.sync(fx.api(), { full: true })).changes, []);
      assert.equal(store.contact(odd.id), undefined);
    } finally {
      await clearQuirks(fx.sb);
    }
    assert.deepEqual((await store.sync(fx.api(), { full: true })).changes, [], 'nor “created” once readable again');
  });

  it('a full reload after a cached start lists what changed while the window was closed', async () => {
    const first = await loaded(fx.api());
    const restarted = new AccountStore();
    restarted.fromCache(first.toCache());
    const contact = first.contactsOf(8)[2]!;
    await fx.api().updateContact(contact.id, { notes: 'Written while closed' });
    const report = await restarted.sync(fx.api(), { full: true });
    assert.deepEqual(
      report.changes.map((c) => [c.id, c.kind, c.fields.map((f) => f.field)]),
      [[contact.id, 'edited', ['notes']]],
    );
  });
});
