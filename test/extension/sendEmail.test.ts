import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mailtoUri } from '../../src/commands/sendEmail';
import { freshContact, readyApi } from './support/contacts';
import { command } from './support/paymoApi';

describe('Send Email', () => {
  it("opens a mail to the contact's address", async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'write.to.me@example.test' });
    const opened = await command<vscode.Uri>('sendEmail', contact.id);
    assert.equal(opened?.scheme, 'mailto');
    assert.equal(opened?.path, 'write.to.me@example.test');
  });

  it('opens no mail for a contact without an email', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: null });
    assert.equal(await command('sendEmail', contact.id), undefined);
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
