// Filter: the view narrowed to words and toggles, the client rows counting what is left, the view
// saying what it is filtered by, kept per account in the workspace's state, cleared in one command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NO_FILTER } from '../../src/store/viewFilter';
import type { AccountNode } from '../../src/tree/accountNode';
import type { ClientNode } from '../../src/tree/clientNode';
import { addSecondAccount, onlyFirstAccount } from './support/accounts';
import { freshContact, readyApi, refresh } from './support/contacts';
import { sandboxApi } from './support/sandboxApi';
import { freshClient, removeTestClients } from './support/clients';
import { clientNodes, command, setSetting } from './support/paymoApi';
import { clearFilter, setFilter, shownContacts, shownRows } from './support/viewOptions';

describe('Filter the view', () => {
  afterEach(clearFilter);
  after(async () => removeTestClients(await readyApi()));

  it('text typed without accents finds a name with them, shows only its client with "1 of N contacts", and the view says so', async () => {
    const api = await readyApi();
    await setFilter({ text: 'SIOBHAN' });
    assert.deepEqual(shownRows(api), [{ client: 'Acme Corporation', contacts: ["Siobhán O'Brien"] }]);
    const acme = clientNodes(api)[0]!;
    assert.match(String(api.tree.getTreeItem(acme).description), new RegExp(`^1 of ${api.store.contactsOf(1).length} contacts$`));
    assert.match(api.tree.view.description ?? '', /^filtered: “SIOBHAN” · updated /);
    await setFilter({ text: 'jj.dupont@acme' });
    assert.deepEqual(shownRows(api), [{ client: 'Acme Corporation', contacts: ['Jean "JJ" Dupont'] }], 'emails match too');
    await setFilter({ text: 'acme' });
    assert.equal(shownRows(api)[0]!.contacts.length, api.store.contactsOf(1).length, "a client's own name shows all its contacts");
  });

  it('portal access: only contacts with access, under the clients that have one', async () => {
    const api = await readyApi();
    await setFilter({ portalAccess: true });
    const shown = shownContacts(api);
    const expected = api.store
      .clients()
      .filter((c) => c.active)
      .flatMap((c) => api.store.contactsOf(c.id).filter((k) => k.access));
    assert.ok(shown.length > 0);
    assert.deepEqual(shown.map((c) => c.id).sort(), expected.map((c) => c.id).sort());
    assert.ok(
      clientNodes(api).every((n) => api.store.contactsOf(n.client.id).some((k) => k.access)),
      'clients without one are hidden',
    );
    assert.match(api.tree.view.description ?? '', /^filtered: portal access · /);
  });

  it('main contacts only: one per client', async () => {
    const api = await readyApi();
    await setFilter({ mainContacts: true });
    const rows = shownRows(api);
    assert.ok(rows.length > 20);
    assert.ok(rows.every((row) => row.contacts.length === 1));
    assert.ok(shownContacts(api).every((c) => c.is_main));
  });

  it('contacts without an email or phone: the ones to clean up', async () => {
    const api = await readyApi();
    const bare = await freshContact(api, { name: `Nobody Reachable ${Date.now()}` });
    await setFilter({ noEmailOrPhone: true });
    const shown = shownContacts(api);
    assert.ok(shown.some((c) => c.id === bare.id));
    assert.ok(shown.every((c) => !c.email && !c.phone && !c.mobile));
    await command('deleteContact', { contactId: bare.id, confirmed: true });
  });

  it('clients with no contacts', async () => {
    const api = await readyApi();
    const empty = await freshClient(api, { name: `Empty Client ${Date.now()}` });
    await setFilter({ noContacts: true });
    const nodes = clientNodes(api);
    assert.ok(nodes.some((n) => n.client.id === empty.id));
    assert.ok(nodes.every((n) => api.store.contactsOf(n.client.id).length === 0));
    assert.match(String(api.tree.getTreeItem(nodes[0]!).description), /no contacts/);
  });

  it('archived clients, even with the setting that hides them', async () => {
    const api = await readyApi();
    await setSetting('showArchivedClients', false);
    await setFilter({ archived: true });
    assert.deepEqual(
      clientNodes(api)
        .map((n) => n.client.id)
        .sort((a, b) => a - b),
      api.store
        .clients()
        .filter((c) => !c.active)
        .map((c) => c.id)
        .sort((a, b) => a - b),
    );
    await setFilter({ archived: true, text: api.store.client(28)!.name });
    assert.deepEqual(
      clientNodes(api).map((n) => n.client.id),
      [28],
      'and the toggles narrow with the words',
    );
  });

  it('a filter that hides everything says so above the tree; Clear Filter shows everything again', async () => {
    const api = await readyApi();
    const all = clientNodes(api).length;
    await setFilter({ text: 'no such contact anywhere' });
    assert.deepEqual(clientNodes(api), []);
    assert.equal(api.tree.view.message, 'No clients or contacts match the filter.');
    await clearFilter();
    assert.equal(clientNodes(api).length, all);
    assert.equal(api.tree.view.message, undefined);
    assert.doesNotMatch(api.tree.view.description ?? '', /filtered/);
  });

  it('is kept for the account in the workspace state (across restarts), and follows the data as it changes', async () => {
    const api = await readyApi();
    const filter = await setFilter({ text: 'siobhan', mainContacts: false });
    assert.deepEqual(filter, { ...NO_FILTER, text: 'siobhan' });
    const key = `paymoContacts.viewOptions:${api.accounts.first.id}`;
    assert.deepEqual(api.storage.workspaceState.get(key), { filter });
    // A contact renamed elsewhere to match shows up after a Refresh, without filtering again.
    const renamed = await freshContact(api, { client_id: 3, name: `Renamed ${Date.now()}` });
    assert.ok(!shownContacts(api).some((c) => c.id === renamed.id));
    await sandboxApi('PUT', `clientcontacts/${renamed.id}`, { name: `Siobhan Second ${Date.now()}` });
    await refresh(api);
    assert.ok(
      shownContacts(api).some((c) => c.id === renamed.id),
      'the renamed contact shows',
    );
    await command('deleteContact', { contactId: renamed.id, confirmed: true });
    await clearFilter();
    assert.deepEqual(api.storage.workspaceState.get(key), { filter: NO_FILTER });
  });

  it("each account has its own filter: an added account's row says it, the other account's clients stay; Clear Filter clears both", async () => {
    const api = await readyApi();
    const second = await addSecondAccount(api);
    try {
      const [firstRow, secondRow] = api.tree.getChildren() as AccountNode[];
      assert.equal(secondRow!.account, second);
      const all = api.tree.getChildren(firstRow).length;
      const allOfSecond = api.tree.getChildren(secondRow).length;
      await setFilter({ account: second, portalAccess: true });
      const shown = api.tree.getChildren(secondRow) as ClientNode[];
      assert.ok(shown.length > 0 && shown.length < allOfSecond);
      assert.ok(shown.every((n) => second.store.contactsOf(n.client.id).some((c) => c.access)));
      assert.equal(api.tree.getChildren(firstRow).length, all, "the first account's part is not filtered");
      assert.match(String(api.tree.getTreeItem(secondRow!).description), /^filtered: portal access · /);
      assert.doesNotMatch(String(api.tree.getTreeItem(firstRow!).description), /filtered/);
      await setFilter({ accountId: api.accounts.first.id, text: 'acme' });
      assert.equal(api.tree.getChildren(firstRow).length, 1);
      await clearFilter();
      assert.equal(api.tree.getChildren(firstRow).length, all);
      assert.equal(api.tree.getChildren(secondRow).length, allOfSecond, 'Clear Filter from the title clears every account');
    } finally {
      await onlyFirstAccount(api);
    }
  });

  it('the quick pick left with Escape keeps the filter as it was', async () => {
    const api = await readyApi();
    await setFilter({ text: 'acme' });
    const running = command('filter');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined);
    assert.equal(api.accounts.first.viewOptions.filter.text, 'acme');
    assert.equal(clientNodes(api).length, 1);
  });
});
