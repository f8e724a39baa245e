// Unseen changes of one account: merged across syncs until seen, dropped with their records.
import * as assert from 'node:assert/strict';
import { AccountStore } from '../../../src/store/accountStore';
import type { RecordChange } from '../../../src/store/recordChanges';
import { mergeChanges, UnseenChanges } from '../../../src/store/unseenChanges';
import { resetSandbox } from '../../support/sandbox';
import { useApiSandbox } from '../support/apiSandbox';

const edit = (field: string, before: string | null, after: string | null): RecordChange => ({
  collection: 'clientcontacts',
  id: 7,
  kind: 'edited',
  name: 'Anna',
  clientId: 1,
  fields: [{ field, before, after }],
  at: '2024-01-01T00:00:00Z',
});

describe('Unseen changes', () => {
  const fx = useApiSandbox();
  beforeEach(() => resetSandbox(fx.sb));

  it('merges two edits of a record into the oldest value and the newest, and drops an edit undone', () => {
    const merged = mergeChanges(edit('position', 'A', 'B'), edit('position', 'B', 'C'))!;
    assert.deepEqual(merged.fields, [{ field: 'position', before: 'A', after: 'C' }]);
    assert.equal(mergeChanges(edit('position', 'A', 'B'), edit('position', 'B', 'A')), undefined);
    const created = { ...edit('name', null, null), kind: 'created' as const, fields: [] };
    assert.equal(mergeChanges(created, edit('position', 'B', 'C'))!.kind, 'created', 'new is new until seen');
    assert.equal(mergeChanges(created, { ...created, kind: 'deleted' }), undefined, 'made and gone unseen: nothing to see');
    assert.equal(mergeChanges(edit('position', 'A', 'B'), { ...created, kind: 'deleted' })!.kind, 'deleted');
    const moved = mergeChanges(edit('position', 'A', 'B'), { ...edit('client_id', null, null), fields: [{ field: 'client_id', before: 1, after: 2 }] })!;
    assert.equal(moved.kind, 'moved');
  });

  it('keeps what syncs bring until each is seen; deleted ones go when listed; a sign-out forgets them all', async () => {
    const admin = fx.api();
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const unseen = new UnseenChanges(store);
    const [a, b, c] = store.contactsOf(2);
    await admin.updateContact(a!.id, { position: 'First' });
    await admin.deleteContact(b!.id);
    await store.sync(fx.api());
    await admin.updateContact(a!.id, { position: 'Second' });
    await admin.updateContact(c!.id, { skype: 'c.skype' });
    await store.sync(fx.api());
    assert.equal(unseen.count, 3);
    assert.deepEqual(unseen.of('clientcontacts', a!.id)!.fields, [{ field: 'position', before: a!.position, after: 'Second' }]);
    assert.equal(unseen.inClient(2), 2, 'the deleted one has no row under its client');
    unseen.seen('clientcontacts', a!.id);
    assert.equal(unseen.of('clientcontacts', a!.id), undefined);
    unseen.seenDeleted();
    assert.deepEqual(
      unseen.all().map((x) => x.id),
      [c!.id],
    );
    await admin.deleteContact(c!.id);
    store.removeContact(c!.id);
    assert.equal(unseen.count, 0, 'a record deleted here takes its mark with it');
    await admin.updateContact(store.contactsOf(3)[0]!.id, { position: 'Third' });
    await store.sync(fx.api());
    assert.equal(unseen.count, 1);
    store.clear();
    assert.equal(unseen.count, 0);
    unseen.dispose();
  });
});
