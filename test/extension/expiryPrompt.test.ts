import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { signedInApi, until } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

describe('A 401 in the middle of a session', () => {
  afterEach(async () => {
    await sandboxControl.clearFaults();
  });
  after(async () => {
    await signedInApi();
  });

  it('returns the view to signed out once, with a message in the view, and no stream of error pop-ups', async () => {
    const api = await signedInApi();
    const errorsBefore = api.shownErrors.length;
    await sandboxControl.fault({ action: 'status', status: 401, count: 5, message: 'API key revoked' });
    await vscode.commands.executeCommand('paymoContacts.refresh');
    await until(() => api.auth.state === 'signedOut', 'the session to end');
    await api.loader.whenIdle();
    assert.equal(api.loader.state, 'signedOut');
    assert.match(api.tree.view.message ?? '', /Sign in again/);
    assert.deepEqual(api.tree.getChildren(), []);
    // Commands that need the server now find the user signed out; none of this pops up an error per request.
    await vscode.commands.executeCommand('paymoContacts.refresh');
    assert.equal(api.shownErrors.length, errorsBefore);
    assert.equal(api.auth.state, 'signedOut', 'the revoked key was forgotten, not retried');
  });
});
