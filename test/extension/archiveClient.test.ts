import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Client, ClientContact } from '../../src/paymo';
import { freshClient, removeTestClients, serverClient } from './support/clients';
import { acceptingPicks, readyApi } from './support/contacts';
import { command, nodeOfClient, setSetting, until } from './support/paymoApi';

describe('Archive Client', () => {
  after(async () => {
    await setSetting('showArchivedClients', undefined);
    await removeTestClients(await readyApi());
  });

  it('hides the client; showing archived brings it back marked, restoring makes it plain again', async () => {
    const api = await readyApi();
    const client = await freshClient(api, {}, 1);
    assert.ok(nodeOfClient(api, client.id));

    const archived = await command<Client>('archiveClient', { clientId: client.id });
    assert.equal(archived?.active, false);
    assert.equal((await serverClient(client.id))?.active, false);
    assert.equal(nodeOfClient(api, client.id), undefined, 'an archived client leaves the view');

    // Its contacts are still found by search (the search then offers actions: the first opens the details).
    const contact = api.store.contactsOf(client.id)[0]!;
    const found = await acceptingPicks<ClientContact>('paymoContacts.searchContacts', { query: contact.name });
    assert.equal(found?.id, contact.id);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    await setSetting('showArchivedClients', true);
    await until(() => nodeOfClient(api, client.id) !== undefined, 'the archived client to show');
    const item = api.tree.getTreeItem(nodeOfClient(api, client.id)!);
    assert.equal(item.description, 'archived · 1 contact');
    assert.equal(item.contextValue, 'client.archived.canEdit');

    const restored = await command<Client>('restoreClient', { clientId: client.id });
    assert.equal(restored?.active, true);
    const again = api.tree.getTreeItem(nodeOfClient(api, client.id)!);
    assert.equal(again.description, '1 contact');
    assert.equal(again.contextValue, 'client.canEdit');
    await setSetting('showArchivedClients', undefined);
  });
});
