import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptingPicks, freshContact, readyApi } from './support/contacts';
import { command, nodeOfContact } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { createServerContact } from './support/serverContacts';

const clipboard = () => vscode.env.clipboard.readText();

describe('Copy Email', () => {
  it('copies the email of the contact a tree node, an id or { contactId } names, without a request', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'copy.me@example.test' });
    for (const arg of [nodeOfContact(api, contact.id), contact.id, { contactId: contact.id }]) {
      await vscode.env.clipboard.writeText('');
      assert.equal(await command('copyEmail', arg), 'copy.me@example.test');
      assert.equal(await clipboard(), 'copy.me@example.test');
    }
    assert.deepEqual(await sandboxControl.requests(), []);
  });

  it('asks among the contacts of a client node that have an email, from the palette form', async () => {
    const api = await readyApi();
    const first = api.store.contactsOf(1).find((c) => c.email);
    assert.ok(first);
    await vscode.env.clipboard.writeText('');
    assert.equal(await acceptingPicks('paymoContacts.copyEmail', { clientId: 1 }), first.email);
    assert.equal(await clipboard(), first.email);
  });

  it('fetches a contact the store has not loaded yet, with one request', async () => {
    const api = await readyApi();
    const contact = await createServerContact({ client_id: 2, name: `Not Loaded ${Date.now()}`, email: 'not.loaded@example.test' });
    await sandboxControl.clearRequests();
    assert.equal(await command('copyEmail', { contactId: contact.id }), 'not.loaded@example.test');
    assert.deepEqual(await sandboxControl.sent(), [`GET /api/clientcontacts/${contact.id}`]);
    assert.equal(api.store.contact(contact.id)?.name, contact.name, 'and the tree has it now');
  });

  it('copies nothing for a contact without an email', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: null });
    await vscode.env.clipboard.writeText('before');
    assert.equal(await command('copyEmail', contact.id), undefined);
    assert.equal(await clipboard(), 'before');
  });
});
