// Sort By: clients and contacts by name, or by their last change (newest first), per account; the
// `paymoContacts.sortOrder` setting decides for an account whose order was not chosen.
import * as assert from 'node:assert/strict';
import { readyApi, refresh } from './support/contacts';
import { clientNodes, command, contactNodes, setSetting } from './support/paymoApi';
import { sandboxApi } from './support/sandboxApi';

const sortBy = (order: string) => command('sortBy', { order });

describe('Sort the view', () => {
  afterEach(async () => {
    await sortBy('name');
    await setSetting('sortOrder', undefined);
  });

  it('by last change: the client changed last comes first, with that contact first; by name again after', async () => {
    const api = await readyApi();
    const byName = clientNodes(api).map((n) => n.client.id);
    const client = api.store.clients().find((c) => c.active && c.id !== byName[0] && api.store.contactsOf(c.id).length > 3)!;
    const contact = api.store.contactsOf(client.id).at(-1)!;
    await sandboxApi('PUT', `clientcontacts/${contact.id}`, { position: `Sorted ${Date.now()}` });
    await refresh(api);
    assert.equal(await sortBy('lastChange'), 'lastChange');
    const first = clientNodes(api)[0]!;
    assert.equal(first.client.id, client.id);
    assert.equal(contactNodes(api, first)[0]!.contact.id, contact.id);
    const times = clientNodes(api).map((n) =>
      Math.max(Date.parse(n.client.updated_on), ...api.store.contactsOf(n.client.id).map((c) => Date.parse(c.updated_on))),
    );
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first all the way down',
    );
    await sortBy('name');
    assert.deepEqual(
      clientNodes(api).map((n) => n.client.id),
      byName,
    );
  });

  it('the setting is the order of an account that chose none (or chose what the setting says)', async () => {
    const api = await readyApi();
    const byName = clientNodes(api).map((n) => n.client.id);
    await setSetting('sortOrder', 'lastChange');
    assert.notDeepEqual(
      clientNodes(api).map((n) => n.client.id),
      byName,
    );
    assert.equal(api.accounts.first.viewOptions.sort, 'lastChange');
    await sortBy('name');
    assert.deepEqual(
      clientNodes(api).map((n) => n.client.id),
      byName,
      'the account’s own choice wins over the setting',
    );
  });
});
