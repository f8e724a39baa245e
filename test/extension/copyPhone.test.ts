import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { freshContact, readyApi } from './support/contacts';
import { command } from './support/paymoApi';

describe('Copy Phone', () => {
  it('copies the phone, else the mobile, or the one asked for', async () => {
    const api = await readyApi();
    const both = await freshContact(api, { phone: '+1 555 0100', mobile: '+1 555 0199' });
    const mobileOnly = await freshContact(api, { phone: null, mobile: '+44 7700 900123' });
    await command('copyPhone', { contactId: both.id, kind: 'mobile' });
    assert.equal(await vscode.env.clipboard.readText(), '+1 555 0199');
    await command('copyPhone', { contactId: both.id, kind: 'phone' });
    assert.equal(await vscode.env.clipboard.readText(), '+1 555 0100');
    await command('copyPhone', mobileOnly.id);
    assert.equal(await vscode.env.clipboard.readText(), '+44 7700 900123');
  });
});
