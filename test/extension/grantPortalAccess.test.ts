import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientContact } from '../../src/paymo';
import { acceptingPicks, errorsDuring, freshContact, readyApi } from './support/contacts';
import { command, until } from './support/paymoApi';
import { paymoLog } from './support/security';
import { sandboxControl } from './support/sandboxControl';
import { serverContact } from './support/serverContacts';

describe('Grant Portal Access', () => {
  it('grants access with the given password, on the server and in the store, with one write', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'portal.user@example.test' });
    const granted = await command<ClientContact>('grantPortalAccess', { contactId: contact.id, password: 'correct horse battery' });
    assert.equal(granted?.access, true);
    assert.equal((await serverContact(contact.id))?.access, true, 'granted on the server');
    assert.equal(api.store.contact(contact.id)?.access, true, 'granted in the store');
    assert.deepEqual(await sandboxControl.writes(), [`PUT /api/clientcontacts/${contact.id}`]);
  });

  it('generates a strong password when asked, grants with it and leaves it on the clipboard', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'generated.password@example.test' });
    await vscode.env.clipboard.writeText('');
    // The first choice offered is "Generate a strong password".
    const granted = await acceptingPicks<ClientContact>('paymoContacts.grantPortalAccess', { contactId: contact.id });
    assert.equal(granted?.access, true);
    assert.equal((await serverContact(contact.id))?.access, true);
    const password = await vscode.env.clipboard.readText();
    assert.match(password, /^[A-Za-z0-9_-]{20}$/);
    assert.match(password, /[a-z]/);
    assert.match(password, /[A-Z]/);
    assert.match(password, /[0-9]/);
  });

  it('refuses a contact without an email before sending anything', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: null });
    const result = await command('grantPortalAccess', { contactId: contact.id, password: 'long enough password' });
    assert.equal(result, undefined);
    assert.deepEqual(await sandboxControl.requests(), [], 'no request sent');
    assert.equal((await serverContact(contact.id))?.access, false);
    assert.equal(api.store.contact(contact.id)?.access, false);
  });

  it('refuses a password shorter than 8 characters, saying so, before sending anything', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { email: 'short.password@example.test' });
    const errors = await errorsDuring(api, () => command('grantPortalAccess', { contactId: contact.id, password: 'short' }));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /at least 8 characters/);
    assert.deepEqual(await sandboxControl.requests(), []);
    assert.equal((await serverContact(contact.id))?.access, false);
    // "Show Log" says which command failed and why.
    await until(() => paymoLog(api).includes('paymoContacts.grantPortalAccess failed: Use at least 8 characters.'), 'the failure in the Paymo log');
  });
});
