import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { signedInApi, until } from './support/paymoApi';

/** The first account's SecretStorage key, as single-account versions stored it. */
const SECRET_KEY = 'paymoContacts.session';

// Another window changes the one SecretStorage entry; SecretStorage.onDidChange tells this window.
describe('A sign-in changed in another window', () => {
  after(async () => {
    await signedInApi();
  });

  it('is followed: removed there means signed out here, stored there means signed in here', async () => {
    const api = await signedInApi();
    const saved = await api.secrets.get(SECRET_KEY);
    assert.ok(saved, 'the sign-in is in SecretStorage');

    await api.secrets.delete(SECRET_KEY);
    await until(() => api.auth.state === 'signedOut', 'this window to sign out');
    await api.loader.whenIdle();
    assert.equal(api.loader.state, 'signedOut');
    assert.deepEqual(api.tree.getChildren(), []);

    await api.secrets.store(SECRET_KEY, saved);
    await until(() => api.auth.state === 'signedIn', 'this window to sign in');
    await api.loader.ensureData(); // with the view hidden, the data waits until it is wanted
    await api.loader.whenIdle();
    assert.equal(api.loader.state, 'ready');
    assert.ok(api.store.clients().length > 0);
  });

  it('is not stored in settings or the workspace state', () => {
    const settings = JSON.stringify(vscode.workspace.getConfiguration('paymoContacts'));
    assert.ok(!settings.includes('apiKey'));
  });
});
