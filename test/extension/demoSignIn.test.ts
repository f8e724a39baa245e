import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { paymoApi, signedInApi } from './support/paymoApi';
import { suiteSandbox } from './support/sandbox';

describe('The demo sign-in of npm start', () => {
  after(async () => {
    await signedInApi();
  });

  it('signs in with the key `npm start` hands over, only for a loopback server and only when signed out', async () => {
    const api = await paymoApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    const env = { PAYMO_CONTACTS_DEMO_KEY: suiteSandbox().apiKey };
    const config = vscode.workspace.getConfiguration('paymoContacts');
    await config.update('baseUrl', 'https://app.paymoapp.com/api/', vscode.ConfigurationTarget.Global);
    try {
      assert.equal(await api.demoSignIn(env), false, 'a remote server never gets the demo key');
      assert.equal(api.auth.state, 'signedOut');
    } finally {
      await config.update('baseUrl', suiteSandbox().apiUrl, vscode.ConfigurationTarget.Global);
    }
    assert.equal(await api.demoSignIn({}), false, 'nothing happens without the variable');
    assert.equal(await api.demoSignIn(env), true);
    assert.equal(api.auth.state, 'signedIn');
    assert.equal(await api.demoSignIn(env), false, 'a signed-in window is left alone');
    assert.equal(vscode.workspace.getConfiguration('paymoContacts').get('baseUrl'), suiteSandbox().apiUrl);
  });
});
