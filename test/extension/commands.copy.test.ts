import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mailtoUri } from '../../src/commands/sendEmail';
import { nodeOfContact } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { createServerContact } from './support/serverContacts';
import { acceptingPicks, freshContact, readyApi } from './support/contacts';

const clipboard = () => vscode.env.clipboard.readText();

describe('Copy Email, Copy Phone, Send Email', () => {
  it('copies the email of the contact a tree node, an id or { contactId } names, without a request', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'copy.me@example.test' });
    for (const arg of [nodeOfContact(api, contact.id), contact.id, { contactId: contact.id }]) {
      await vscode.env.clipboard.writeText('');
      assert.equal(await vscode.commands.executeCommand('paymoContacts.copyEmail', arg), 'copy.me@example.test');
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
    assert.equal(await vscode.commands.executeCommand('paymoContacts.copyEmail', { contactId: contact.id }), 'not.loaded@example.test');
    assert.deepEqual(
      (await sandboxControl.requests()).map((r) => `${r.method} ${r.path}`),
      [`GET /api/clientcontacts/${contact.id}`],
    );
    assert.equal(api.store.contact(contact.id)?.name, contact.name, 'and the tree has it now');
  });

  it('copies nothing for a contact without an email', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: null });
    await vscode.env.clipboard.writeText('before');
    assert.equal(await vscode.commands.executeCommand('paymoContacts.copyEmail', contact.id), undefined);
    assert.equal(await clipboard(), 'before');
  });

  it('copies the phone, else the mobile, or the one asked for', async () => {
    const api = await readyApi();
    const both = await freshContact(api, { phone: '+1 555 0100', mobile: '+1 555 0199' });
    const mobileOnly = await freshContact(api, { phone: null, mobile: '+44 7700 900123' });
    await vscode.commands.executeCommand('paymoContacts.copyPhone', { contactId: both.id, kind: 'mobile' });
    assert.equal(await clipboard(), '+1 555 0199');
    await vscode.commands.executeCommand('paymoContacts.copyPhone', { contactId: both.id, kind: 'phone' });
    assert.equal(await clipboard(), '+1 555 0100');
    await vscode.commands.executeCommand('paymoContacts.copyPhone', mobileOnly.id);
    assert.equal(await clipboard(), '+44 7700 900123');
  });

  it("opens a mail to the contact's address", async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'write.to.me@example.test' });
    const opened = await vscode.commands.executeCommand<vscode.Uri | undefined>('paymoContacts.sendEmail', contact.id);
    assert.equal(opened?.scheme, 'mailto');
    assert.equal(opened?.path, 'write.to.me@example.test');
  });

  it('opens no mail for a contact without an email', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: null });
    assert.equal(await vscode.commands.executeCommand('paymoContacts.sendEmail', contact.id), undefined);
  });

  it('writes the address into mailto: percent-encoded, so that it cannot add headers', () => {
    const uri = mailtoUri('jo+sales@example.test?cc=everyone@example.test&body=hi');
    assert.equal(uri.scheme, 'mailto');
    assert.equal(uri.path, 'jo+sales@example.test?cc=everyone@example.test&body=hi');
    const text = uri.toString();
    assert.ok(text.startsWith('mailto:jo'), text);
    assert.ok(!/[?&]/.test(text), `no query in ${text}`);
    assert.equal(vscode.Uri.parse(text).path, uri.path, 'a mail program decodes the same address');
  });
});
