import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { signedInApi } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

describe('Reload Everything', () => {
  it('reads every page again', async () => {
    const api = await signedInApi();
    await sandboxControl.clearRequests();
    await vscode.commands.executeCommand('paymoContacts.fullRefresh');
    const pages = (await sandboxControl.requests()).filter((r) => r.path === '/api/clientcontacts' && r.query.include === undefined);
    assert.ok(pages.length >= Math.floor(api.store.allContacts().length / 100) + 1);
  });
});
