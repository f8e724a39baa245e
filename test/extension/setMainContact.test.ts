import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { serverContactsOf } from './support/serverContacts';
import { sandboxControl } from './support/sandboxControl';
import { freshContact, readyApi } from './support/contacts';

describe('Set as Main Contact', () => {
  it('makes the contact main on the server, the previous main is cleared, with one re-list of that client', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { client_id: 5 });
    const previous = api.store.contactsOf(5).find((c) => c.is_main);
    assert.ok(previous && previous.id !== contact.id);

    const repaints: unknown[] = [];
    const listening = api.tree.onDidChangeTreeData((node) => repaints.push(node));
    try {
      await vscode.commands.executeCommand('paymoContacts.setMainContact', contact.id);
    } finally {
      listening.dispose();
    }
    assert.equal(repaints.length, 1, 'the client is repainted once, not once per contact listed again');

    const requests = await sandboxControl.requests();
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path} ${r.query.where ?? ''}`.trim()),
      [`PUT /api/clientcontacts/${contact.id}`, 'GET /api/clientcontacts client_id=5'],
    );
    const onServer = await serverContactsOf(5);
    assert.deepEqual(
      onServer.filter((c) => c.is_main).map((c) => c.id),
      [contact.id],
      'one main contact on the server',
    );
    assert.deepEqual(
      api.store
        .contactsOf(5)
        .filter((c) => c.is_main)
        .map((c) => c.id),
      [contact.id],
      'the store agrees',
    );
    assert.equal(api.store.contact(previous.id)?.is_main, false);
  });

  it('sends nothing for the contact that is already main', async () => {
    const api = await readyApi();
    const main = api.store.contactsOf(6).find((c) => c.is_main);
    assert.ok(main);
    await sandboxControl.clearRequests();
    await vscode.commands.executeCommand('paymoContacts.setMainContact', { contactId: main.id });
    assert.deepEqual(await sandboxControl.requests(), []);
  });
});
