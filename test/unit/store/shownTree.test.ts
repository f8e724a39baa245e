// The view's filter and order over the demo data, as the tree gets them from the store.
import * as assert from 'node:assert/strict';
import type { Client, ClientContact } from '../../../src/paymo';
import { AccountStore } from '../../../src/store/accountStore';
import { showTree, type ShowOptions } from '../../../src/store/shownTree';
import { NO_FILTER, type ViewFilter } from '../../../src/store/viewFilter';
import { ViewIndex } from '../../../src/store/viewIndex';
import { useApiSandbox } from '../support/apiSandbox';

describe('What the view shows: filter and order (demo data)', () => {
  const fx = useApiSandbox();
  let store: AccountStore;
  before(async () => {
    store = new AccountStore();
    await store.sync(fx.api(), { full: true });
  });

  const show = (filter: Partial<ViewFilter>, options: Partial<ShowOptions> = {}) =>
    showTree(store, { filter: { ...NO_FILTER, ...filter }, sort: 'name', showArchived: false, ...options }, new ViewIndex());
  const contactsIn = (shown: ReturnType<typeof show>) => shown.clients.flatMap((c) => shown.contactsOf(c.id));
  const names = (records: readonly (Client | ClientContact)[]) => records.map((r) => r.name);

  it('without a filter lists what the setting lists, in the store’s order, every contact of each client', () => {
    const shown = show({});
    assert.deepEqual(names(shown.clients), names(store.clients().filter((c) => c.active)));
    assert.deepEqual(shown.contactsOf(1), store.contactsOf(1));
    assert.equal(shown.narrowsContacts, false);
    assert.equal(show({}, { showArchived: true }).clients.length, 30);
  });

  it('finds a contact by a name typed without its accent, and shows only its client, counting it as narrowed', () => {
    const shown = show({ text: 'siobhan' });
    assert.deepEqual(names(shown.clients), ['Acme Corporation']);
    assert.deepEqual(names(shown.contactsOf(1)), ["Siobhán O'Brien"]);
    assert.equal(shown.narrowsContacts, true);
    assert.deepEqual(names(contactsIn(show({ text: 'SIOBHÁN' }))), ["Siobhán O'Brien"], 'case and accents either way');
  });

  it('matches emails, phone numbers (also as digits alone) and positions', () => {
    assert.deepEqual(names(contactsIn(show({ text: 'jj.dupont@acme' }))), ['Jean "JJ" Dupont']);
    assert.deepEqual(names(contactsIn(show({ text: '3616135188' }))), ['Aaron Cooper']);
    assert.ok(contactsIn(show({ text: 'procurement officer' })).some((c) => c.name === "Siobhán O'Brien"));
  });

  it('a client found by its own name shows every contact; words may be split between client and contact', () => {
    assert.deepEqual(show({ text: 'acme' }).contactsOf(1), store.contactsOf(1));
    assert.deepEqual(names(contactsIn(show({ text: 'acme aaron' }))), ['Aaron Cooper']);
    assert.deepEqual(show({ text: 'acme nobody-has-this' }).clients, []);
  });

  it('each contact toggle keeps only its contacts, and the toggles and words narrow together', () => {
    const all = store
      .clients()
      .filter((c) => c.active)
      .flatMap((c) => store.contactsOf(c.id));
    const portal = contactsIn(show({ portalAccess: true }));
    assert.ok(portal.length > 0 && portal.every((c) => c.access));
    assert.equal(portal.length, all.filter((c) => c.access).length);
    const main = contactsIn(show({ mainContacts: true }));
    assert.equal(main.length, 27, 'one main contact per active client');
    assert.ok(main.every((c) => c.is_main));
    const unreachable = contactsIn(show({ noEmailOrPhone: true }));
    assert.deepEqual(
      unreachable,
      all.filter((c) => !c.email && !c.phone && !c.mobile),
    );
    assert.ok(
      show({ noEmailOrPhone: true }).clients.every((client) => show({ noEmailOrPhone: true }).contactsOf(client.id).length > 0),
      'clients without one are hidden',
    );
    assert.deepEqual(names(contactsIn(show({ text: 'acme', mainContacts: true }))), ['Aaron Cooper']);
    assert.deepEqual(names(contactsIn(show({ portalAccess: true, mainContacts: true }))), names(main.filter((c) => c.access)));
  });

  it('archived clients are listed on their own, whatever the setting; clients with no contacts too', async () => {
    assert.deepEqual(
      show({ archived: true }).clients.map((c) => c.id),
      [28, 29, 30].sort((a, b) => store.clients().findIndex((c) => c.id === a) - store.clients().findIndex((c) => c.id === b)),
    );
    assert.equal(show({ noContacts: true }).clients.length, 0, 'every demo client has contacts');
    const { client } = await fx.api().createClient({ name: 'Zz Empty Client' });
    store.upsertClient(client);
    assert.deepEqual(names(show({ noContacts: true }).clients), ['Zz Empty Client']);
    assert.deepEqual(names(show({ noContacts: true, text: 'empty' }).clients), ['Zz Empty Client']);
    assert.deepEqual(show({ noContacts: true, portalAccess: true }).clients, [], 'no contact of a client without contacts has access');
    assert.deepEqual(names(show({ text: 'zz empty' }).clients), ['Zz Empty Client'], 'found by its own name without contacts');
  });

  it('by last change: the client of the newest change first, its newest contact first', async () => {
    const target = store.contactsOf(12).at(-1)!;
    store.upsertContact(await fx.api().updateContact(target.id, { position: 'Changed just now' }));
    const shown = show({}, { sort: 'lastChange' });
    assert.equal(shown.clients[0]!.id, 12);
    assert.equal(shown.contactsOf(12)[0]!.id, target.id);
    const times = shown.clients.map((c) => Math.max(Date.parse(c.updated_on), ...store.contactsOf(c.id).map((k) => Date.parse(k.updated_on))));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first all the way down',
    );
    const contactTimes = shown.contactsOf(5).map((c) => Date.parse(c.updated_on));
    assert.deepEqual(
      contactTimes,
      [...contactTimes].sort((a, b) => b - a),
    );
    assert.equal(show({ text: 'acme' }, { sort: 'lastChange' }).clients.length, 1, 'and filtered at once');
  });
});
