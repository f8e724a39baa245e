import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SignInResult } from '../../src/commands/core/signIn';
import { paymoApi, signedInApi, until } from './support/paymoApi';
import { suiteSandbox } from './support/sandbox';

describe('Signing in', () => {
  after(async () => {
    await signedInApi();
  });

  it('refuses a wrong API key plainly, stores nothing and stays signed out', async () => {
    const api = await paymoApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    const before = api.shownErrors.length;
    const result = await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: suiteSandbox().apiUrl, apiKey: 'not-a-real-key' });
    assert.equal(result, undefined);
    assert.equal(api.auth.state, 'signedOut');
    assert.equal(api.loader.state, 'signedOut');
    const shown = api.shownErrors.slice(before);
    assert.equal(shown.length, 1);
    assert.match(shown[0]!.message, /did not accept this API key \(401\)/);
  });

  it('refuses http:// to a remote host before sending anything', async () => {
    const api = await paymoApi();
    const before = api.shownErrors.length;
    await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: 'http://paymo.example.com/api/', apiKey: suiteSandbox().apiKey });
    assert.equal(api.auth.state, 'signedOut');
    assert.match(api.shownErrors[before]?.message ?? '', /unencrypted http/);
  });

  it('signs in with the API key, checks it with /api/me, then loads the tree', async () => {
    const api = await paymoApi();
    const result = await vscode.commands.executeCommand<SignInResult>('paymoContacts.signIn', {
      baseUrl: suiteSandbox().apiUrl,
      apiKey: suiteSandbox().apiKey,
    });
    assert.equal(result?.user.email, 'demo@example.com');
    assert.equal(api.auth.state, 'signedIn');
    assert.equal(api.auth.baseUrl, suiteSandbox().apiUrl);
    await until(() => api.loader.state === 'ready', 'the tree');
    assert.equal(vscode.workspace.getConfiguration('paymoContacts').get('baseUrl'), suiteSandbox().apiUrl);
  });

  it('signs in with email and password', async () => {
    const api = await paymoApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    const result = await vscode.commands.executeCommand<SignInResult>('paymoContacts.signIn', {
      baseUrl: suiteSandbox().apiUrl,
      email: 'demo@example.com',
      password: 'demo-password',
    });
    assert.equal(result?.user.email, 'demo@example.com');
    await until(() => api.loader.state === 'ready', 'the tree');
  });

  it('keeps the secret out of settings', async () => {
    await signedInApi();
    const all =
      JSON.stringify(vscode.workspace.getConfiguration().inspect('paymoContacts') ?? {}) + JSON.stringify(vscode.workspace.getConfiguration('paymoContacts'));
    assert.ok(!all.includes(suiteSandbox().apiKey));
  });
});
