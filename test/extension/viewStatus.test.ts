import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { manifest } from './support/extension';
import { clientNodes, paymoApi, setSetting, signedInApi, until } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { signInToSandbox } from './support/sandbox';

describe('Welcome states of the Clients & Contacts view', () => {
  afterEach(async () => {
    await sandboxControl.clearFaults();
  });
  after(async () => {
    await sandboxControl.reset('demo');
    await signedInApi();
  });

  it('has a welcome for every state it can be in', () => {
    const welcomes = (manifest as { contributes?: { viewsWelcome?: { when: string }[] } }).contributes?.viewsWelcome ?? [];
    const states = (canEdit: boolean) =>
      welcomes
        .filter((w) => !/paymoContacts\.canEdit/.test(w.when) || /!paymoContacts\.canEdit/.test(w.when) !== canEdit)
        .map((w) => /^paymoContacts\.state == (\w+)/.exec(w.when)?.[1]);
    // An admin is offered to create the first client; an employee or a guest is told who adds them.
    for (const canEdit of [true, false]) {
      assert.deepEqual(states(canEdit).sort(), ['empty', 'error', 'forbidden', 'loading', 'offline', 'signedOut'], `canEdit: ${canEdit}`);
    }
  });

  it('signed out: shows no data, only the sign-in welcome', async () => {
    const api = await signedInApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    assert.equal(api.auth.state, 'signedOut');
    assert.equal(api.loader.state, 'signedOut');
    assert.deepEqual(api.tree.getChildren(), []);
    assert.equal(api.store.clients().length, 0);
  });

  it('loading: shows the loading welcome until the first load ends, then the clients', async () => {
    const api = await paymoApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    await sandboxControl.fault({ action: 'delay', delayMs: 1500, method: 'GET', path: '/api/clients' });
    const signingIn = signInToSandbox();
    await until(() => api.loader.state === 'loading', 'the loading state');
    assert.deepEqual(api.tree.getChildren(), []);
    await signingIn;
    await until(() => api.loader.state === 'ready', 'the clients');
    assert.ok(clientNodes(api).length > 0);
  });

  it('failing: the error welcome, which no view message hides, Retry brings the data back, no pop-up', async () => {
    const api = await paymoApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    await signInToSandbox();
    await api.loader.whenIdle();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    await sandboxControl.fault({ action: 'status', status: 500, count: 20, path: '/api/clients', message: 'Database maintenance in progress' });
    const errorsBefore = api.shownErrors.length;
    await signInToSandbox();
    await until(() => api.loader.state === 'error', 'the error state', 25_000);
    assert.equal(api.tree.view.message, undefined, 'a message would hide the welcome, with its Retry and Show Log');
    assert.equal(api.shownErrors.length, errorsBefore, 'a background load must not pop up errors');
    await sandboxControl.clearFaults();
    await vscode.commands.executeCommand('paymoContacts.refresh');
    assert.equal(api.loader.state, 'ready');
    assert.equal(api.tree.view.message, undefined);
  });

  it('offline: a dropped connection shows the offline welcome', async () => {
    const api = await signedInApi();
    await vscode.commands.executeCommand('paymoContacts.signOut');
    await sandboxControl.fault({ action: 'drop', count: 20, path: '/api/clients' });
    await signInToSandbox();
    await until(() => api.loader.state === 'offline', 'the offline state', 25_000);
    assert.equal(api.tree.view.message, undefined, 'a message would hide the welcome, with its Retry and Show Log');
    await sandboxControl.clearFaults();
    await vscode.commands.executeCommand('paymoContacts.refresh');
    assert.equal(api.loader.state, 'ready');
  });

  it('no clients yet: the empty welcome', async () => {
    const api = await signedInApi();
    await sandboxControl.reset('empty');
    await vscode.commands.executeCommand('paymoContacts.refresh');
    assert.equal(api.loader.state, 'empty');
    assert.deepEqual(api.tree.getChildren(), []);
    await sandboxControl.reset('demo');
    await vscode.commands.executeCommand('paymoContacts.refresh');
    assert.equal(api.loader.state, 'ready');
  });

  it('archived clients appear, marked, only when the setting is on (no reload needed)', async () => {
    const api = await signedInApi();
    const active = clientNodes(api).length;
    assert.ok(clientNodes(api).every((n) => n.client.active));
    await setSetting('showArchivedClients', true);
    try {
      await until(() => clientNodes(api).length > active, 'archived clients to appear');
      const archived = clientNodes(api).filter((n) => !n.client.active);
      assert.ok(archived.length > 0);
      for (const node of archived) {
        const item = api.tree.getTreeItem(node);
        assert.match(String(item.description), /^archived · (no contacts|1 contact|\d+ contacts)$/);
        assert.equal(item.contextValue, 'client.archived.canEdit');
      }
    } finally {
      await setSetting('showArchivedClients', undefined);
    }
    await until(() => clientNodes(api).length === active, 'archived clients to hide again');
  });
});
