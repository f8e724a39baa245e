// What changed elsewhere: a refresh that brings changes made behind the extension's back (an edit, a
// move, a deletion, a new contact) marks them (the view's badge, a decoration on each changed row,
// the row's tooltip) until they are seen; Show Changes lists them with old → new and reveals the one
// chosen. The user's own changes, made through the extension's commands, are never listed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ShownChanges } from '../../src/commands/view/showChanges';
import type { PaymoContactsApi } from '../../src/testApi';
import { itemUri } from '../../src/tree/itemUri';
import { acceptingPicks, freshContact, readyApi, refresh } from './support/contacts';
import { command, nodeOfContact, until } from './support/paymoApi';
import { sandboxApi } from './support/sandboxApi';
import { createServerContact } from './support/serverContacts';

const showChanges = (arg?: unknown) => command<ShownChanges>('showChanges', arg);

function badge(api: PaymoContactsApi): number {
  return api.tree.view.badge?.value ?? 0;
}

function decoration(api: PaymoContactsApi, collection: 'clients' | 'clientcontacts', id: number) {
  return api.tree.marks.provideFileDecoration(itemUri('', collection, id));
}

/**
 * Starts from nothing unseen, with the test's own contacts loaded. A refresh finds a deletion by
 * counting what was created before it began, to the second: the contacts just made are left a second
 * older than the next refresh, so that deleting one is found by it and not only by the one after.
 */
async function cleanSlate(): Promise<PaymoContactsApi> {
  const api = await readyApi();
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await refresh(api);
  await showChanges({ allSeen: true });
  assert.equal(badge(api), 0);
  return api;
}

describe('Changes made elsewhere', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('an edit, a move, a deletion and a new contact made behind its back: badge, decorations, tooltip, and the list with old → new', async () => {
    const api = await readyApi();
    const [edited, moved, deleted] = [
      await freshContact(api, { client_id: 4, position: 'Intern' }),
      await freshContact(api, { client_id: 4 }),
      await freshContact(api, { client_id: 4 }),
    ];
    await cleanSlate();
    await sandboxApi('PUT', `clientcontacts/${edited.id}`, { position: 'Partner' });
    await sandboxApi('PUT', `clientcontacts/${moved.id}`, { client_id: 5 });
    await sandboxApi('DELETE', `clientcontacts/${deleted.id}`);
    const created = await createServerContact({ client_id: 4, name: `Made Elsewhere ${Date.now()}` });
    await refresh(api);

    assert.equal(badge(api), 4, JSON.stringify(api.accounts.first.changes.all()));
    assert.match(api.tree.view.badge!.tooltip, /^4 changes made elsewhere since you last looked$/);
    assert.equal(decoration(api, 'clientcontacts', edited.id)?.badge, '●');
    assert.equal(decoration(api, 'clientcontacts', moved.id)?.badge, '→');
    assert.equal(decoration(api, 'clientcontacts', created.id)?.badge, '+');
    assert.equal(decoration(api, 'clients', 4)?.badge, '2', 'the client counts its changed contacts (the deleted one is not in it)');
    assert.equal(decoration(api, 'clients', 5)?.badge, '1');
    const tooltip = api.tree.getTreeItem(nodeOfContact(api, edited.id)!).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Changed elsewhere since you last looked\\: Contact edited/);
    assert.match(tooltip.value, /Position\\: Intern → Partner/);
    assert.match(api.tree.getTreeItem(nodeOfContact(api, moved.id)!).accessibilityInformation!.label, /moved to this client elsewhere/);

    const listed = api.accounts.first.changes.all();
    const byId = new Map(listed.map((c) => [c.id, c]));
    assert.equal(listed.length, 4);
    assert.deepEqual(byId.get(edited.id)!.fields, [{ field: 'position', before: 'Intern', after: 'Partner' }]);
    assert.equal(byId.get(moved.id)!.kind, 'moved');
    assert.deepEqual(byId.get(moved.id)!.fields, [{ field: 'client_id', before: 4, after: 5 }]);
    assert.deepEqual([byId.get(deleted.id)!.kind, byId.get(deleted.id)!.name], ['deleted', deleted.name], 'a deleted contact is listed by name');
    assert.equal(byId.get(created.id)!.kind, 'created');
    await command('deleteContact', { contactIds: [edited.id, moved.id, created.id], confirmed: true });
  });

  it('choosing a change in Show Changes reveals and selects it; deleted ones count as seen once listed', async () => {
    const api = await readyApi();
    const [edited, deleted] = [await freshContact(api, { client_id: 6 }), await freshContact(api, { client_id: 6 })];
    await cleanSlate();
    await sandboxApi('DELETE', `clientcontacts/${deleted.id}`);
    await sandboxApi('PUT', `clientcontacts/${edited.id}`, { email: 'changed.elsewhere@example.test' });
    await refresh(api);
    assert.equal(badge(api), 2);
    // Enter takes the first entry: the newest change (the edit; a deletion is dated when noticed, which is later).
    const shown = await acceptingPicks<ShownChanges>('paymoContacts.showChanges');
    assert.equal(shown?.listed.length, 2);
    const chosen = shown!.chosen!;
    const node = nodeOfContact(api, edited.id)!;
    if (chosen.kind === 'deleted') {
      assert.equal(badge(api), 1, 'the deletion is seen; the edit not yet');
      await showChanges({ contactId: edited.id });
    }
    await until(() => api.tree.view.selection.includes(node), 'the changed contact to be selected in the view');
    assert.equal(badge(api), 0);
    assert.equal(decoration(api, 'clientcontacts', edited.id), undefined);
    assert.doesNotMatch((api.tree.getTreeItem(node).tooltip as vscode.MarkdownString).value, /Changed elsewhere/);
    await command('deleteContact', { contactId: edited.id, confirmed: true });
  });

  it('a changed row is seen when it is selected in the view, or opened', async () => {
    const api = await readyApi();
    const [a, b] = [await freshContact(api, { client_id: 7 }), await freshContact(api, { client_id: 7 })];
    await cleanSlate();
    await sandboxApi('PUT', `clientcontacts/${a.id}`, { skype: 'seen.by.selection' });
    await sandboxApi('PUT', `clientcontacts/${b.id}`, { skype: 'seen.by.opening' });
    await refresh(api);
    assert.equal(badge(api), 2);
    await api.tree.reveal(a.id, { select: true });
    await until(() => badge(api) === 1, 'the selected row to be seen');
    assert.equal(decoration(api, 'clientcontacts', a.id), undefined);
    assert.ok(decoration(api, 'clientcontacts', b.id));
    await command('openContact', { contactId: b.id });
    assert.equal(badge(api), 0);
    await command('deleteContact', { contactIds: [a.id, b.id], confirmed: true });
  });

  it("the user's own changes through the extension's commands are never listed", async () => {
    const api = await readyApi();
    const [mine, other] = [await freshContact(api, { client_id: 8, email: 'mine@example.test' }), await freshContact(api, { client_id: 8 })];
    await cleanSlate();
    await command('editClient', { clientId: 8, patch: { city: `Edited Here ${Date.now()}` } });
    await command('setMainContact', { contactId: mine.id });
    await command('grantPortalAccess', { contactId: mine.id, password: 'a-long-portal-password-1' });
    await command('moveContacts', { contactIds: [other.id], toClientId: 9 });
    await command('deleteContact', { contactId: other.id, confirmed: true });
    const created = (await command<{ id: number }>('createClient', { fields: { name: `Made Here ${Date.now()}` } }))!;
    await refresh(api);
    await refresh(api);
    assert.equal(badge(api), 0, JSON.stringify(api.accounts.first.changes.all()));
    assert.deepEqual(api.accounts.first.changes.all(), []);
    await command('deleteClient', { clientId: created.id, confirmedName: api.store.client(created.id)!.name });
    await command('deleteContact', { contactId: mine.id, confirmed: true });
  });
});
