import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
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
    const started = Date.now();
    await api.loader.start();
    await until(() => api.store.origin === 'cache' && api.loader.state === 'ready', 'the cached tree', 2500);
    assert.ok(Date.now() - started < 2500, 'the cached tree came before the server answered');
    assert.equal(api.tree.view.description, 'cached');
    assert.deepEqual(clientNodes(api).map((n) => n.client.name), expected);
    await api.loader.whenIdle();
    assert.equal(api.store.origin, 'server');
    assert.equal(api.tree.view.description, undefined);
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

function fileExists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}
