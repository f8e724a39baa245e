import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClientContact } from '../../src/paymo';
import type { PaymoContactsApi } from '../../src/testApi';
import { acceptingPicks } from './support/contacts';
import { clientNodes, signedInApi, until } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';
import { suiteSandbox } from './support/sandbox';

describe('Cached start', () => {
  afterEach(async () => {
    await sandboxControl.clearFaults();
  });

  it('shows the last loaded tree at once, marked as cached, while a refresh runs in the background', async () => {
    const api = await signedInApi();
    await vscode.commands.executeCommand('paymoContacts.refresh');
    const expected = clientNodes(api).map((n) => n.client.name);
    await until(() => api.store.origin === 'server', 'a fresh load');
    // Replays what activation does, with Paymo slow to answer: the cache must not wait for it.
    await sandboxControl.fault({ action: 'delay', delayMs: 3000, method: 'GET', path: '/api/clients' });
    api.store.clear();
    await showView(api);
    const started = Date.now();
    await api.loader.start();
    await until(() => api.store.origin === 'cache' && api.loader.state === 'ready', 'the cached tree', 2500);
    assert.ok(Date.now() - started < 2500, 'the cached tree came before the server answered');
    assert.match(api.tree.view.description ?? '', /^cached, updated /, 'marked as cached, with its age');
    assert.deepEqual(
      clientNodes(api).map((n) => n.client.name),
      expected,
    );
    await api.loader.whenIdle();
    assert.equal(api.store.origin, 'server');
    assert.equal(api.tree.view.description, 'updated just now');
  });

  it('with the view hidden, a restored sign-in sends nothing until the view shows, then shows the cache and refreshes', async () => {
    const api = await signedInApi();
    await hideView(api);
    await sandboxControl.clearRequests();
    api.store.clear(); // as in a new window
    await api.loader.start();
    await api.loader.whenIdle();
    assert.equal(api.auth.state, 'signedIn', 'signed in: the palette commands are there');
    assert.equal(api.store.origin, 'none', 'nothing loaded, not even the cache');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await sandboxControl.requests(), [], 'no request while nobody looks');

    await sandboxControl.fault({ action: 'delay', delayMs: 2000, method: 'GET', path: '/api/clients' });
    await showView(api);
    await until(() => api.store.origin === 'cache', 'the cached tree as the view shows');
    await until(() => api.store.origin === 'server', 'the refresh after it');
    assert.ok(
      (await sandboxControl.requests()).some((r) => r.path === '/api/clientcontacts'),
      'the refresh went to Paymo',
    );
  });

  it('with the view hidden, a palette command lists the contacts it needs from the cache at once', async () => {
    const api = await signedInApi();
    const contact = api.store.contactsOf(1)[0]!;
    await hideView(api);
    api.store.clear();
    await api.loader.start();
    await api.loader.whenIdle();
    assert.equal(api.store.origin, 'none');
    await sandboxControl.fault({ action: 'delay', delayMs: 3000, method: 'GET', path: '/api/clients' });
    const started = Date.now();
    const found = await acceptingPicks<ClientContact>('paymoContacts.searchContacts', { query: contact.name });
    assert.equal(found?.id, contact.id);
    assert.ok(Date.now() - started < 2500, 'the pick did not wait for Paymo');
    await api.loader.whenIdle();
    assert.equal(api.store.origin, 'server', 'and the refresh followed');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // the search opened its details
  });

  it('keeps the cache in global storage without secrets, and forgets it on sign-out', async () => {
    const api = await signedInApi();
    await vscode.commands.executeCommand('paymoContacts.refresh');
    const file = path.join(api.globalStorageUri.fsPath, 'tree-contacts.json');
    await until(() => fileExists(file), 'the cache file', 5000);
    const text = await fs.readFile(file, 'utf8');
    assert.ok(text.includes('Aaron Cooper'));
    assert.ok(!text.includes(suiteSandbox().apiKey));
    await vscode.commands.executeCommand('paymoContacts.signOut');
    assert.equal(await fileExists(file), false);
    await signedInApi();
  });
});

/** Shows another view container, with no editor open (a contact document open would want the data). */
async function hideView(api: PaymoContactsApi): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.view.explorer');
  await until(() => !api.tree.view.visible, 'another view container to show instead');
}

/** Opens the Paymo view, as a user who left it open at the last start sees it. */
async function showView(api: PaymoContactsApi): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.extension.paymoContacts');
  await until(() => api.tree.view.visible, 'the view to show');
}

function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
