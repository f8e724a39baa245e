import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Client, ClientContact } from '../../src/paymo';
import { acceptingPicks, readyApi } from './support/contacts';
import { freshClient, removeTestClients, serverClient } from './support/clients';
import { clientNodes, setSetting, until } from './support/paymoApi';

const run = (command: string, arg: unknown) => vscode.commands.executeCommand<Client | undefined>(`paymoContacts.${command}`, arg);

describe('Clients in the view', () => {
  after(async () => {
    await setSetting('showArchivedClients', undefined);
    await removeTestClients(await readyApi());
  });
  const listed = async (id: number) => clientNodes(await readyApi()).find((n) => n.client.id === id);

  it('archiving hides a client, showing archived brings it back marked, restoring makes it plain again', async () => {
    const api = await readyApi();
    const client = await freshClient(api, {}, 1);
    assert.ok(await listed(client.id));

    const archived = await run('archiveClient', { clientId: client.id });
    assert.equal(archived?.active, false);
    assert.equal((await serverClient(client.id))?.active, false);
    assert.equal(await listed(client.id), undefined, 'an archived client leaves the view');

    // Its contacts are still found by search (the search then offers actions: the first opens the details).
    const contact = api.store.contactsOf(client.id)[0]!;
    const found = await acceptingPicks<ClientContact>('paymoContacts.searchContacts', { query: contact.name });
    assert.equal(found?.id, contact.id);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    await setSetting('showArchivedClients', true);
    await until(() => clientNodes(api).some((n) => n.client.id === client.id), 'the archived client to show');
    const item = api.tree.getTreeItem((await listed(client.id))!);
    assert.equal(item.description, 'archived · 1 contact');
    assert.equal(item.contextValue, 'client.archived');

    const restored = await run('restoreClient', { clientId: client.id });
    assert.equal(restored?.active, true);
    const again = api.tree.getTreeItem((await listed(client.id))!);
    assert.equal(again.description, '1 contact');
    assert.equal(again.contextValue, 'client');
    await setSetting('showArchivedClients', undefined);
  });

  it('restoring an archived client brings it back into the view', async () => {
    const api = await readyApi();
    const client = await freshClient(api, { name: `Zz Restore ${Date.now()}` });
    await run('archiveClient', { clientId: client.id });
    assert.equal(await listed(client.id), undefined);
    await run('restoreClient', { clientId: client.id });
    assert.ok(await listed(client.id));
    assert.equal((await serverClient(client.id))?.active, true);
  });

  it('lists clients by name as Paymo does (case does not matter), and a rename moves the client', async () => {
    const api = await readyApi();
    const client = await freshClient(api, { name: `aaa lower case ${Date.now()}` });
    assert.equal(clientNodes(api)[0]!.client.id, client.id, "a lower-case name sorts with the A's");
    const names = clientNodes(api).map((n) => n.client.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })),
    );
    await run('editClient', { clientId: client.id, patch: { name: `ZZZ renamed ${Date.now()}` } });
    assert.equal(clientNodes(api).at(-1)!.client.id, client.id);
  });

  it("a client's description counts its contacts and its tooltip shows its details as text", async () => {
    const api = await readyApi();
    const hostile = '<img src=x onerror=alert(1)> **Bold** [x](command:paymoContacts.signOut)';
    const client = await freshClient(api, { name: `Tooltip ${Date.now()}`, city: 'Graz', fiscal_information: hostile, website: 'https://tooltip.example' }, 3);
    const item = api.tree.getTreeItem((await listed(client.id))!);
    assert.equal(item.description, '3 contacts');
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.equal(tooltip.isTrusted, false);
    assert.ok(!tooltip.supportHtml);
    assert.match(tooltip.value, /\*\*Contacts:\*\* 3/);
    assert.match(tooltip.value, /Graz/);
    assert.ok(tooltip.value.includes('https\\:\\/\\/tooltip\\.example'), tooltip.value);
    assert.doesNotMatch(tooltip.value, /(^|[^\\])</);
    assert.ok(!tooltip.value.includes('](command:'), 'no link from user text');
  });
});
