import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { setSetting, signedInApi, until } from './support/paymoApi';
import { sandboxControl } from './support/sandboxControl';

describe('Refresh by itself (autoRefreshMinutes)', () => {
  it('refreshes data that old refreshes by itself; at 0 it never does', async () => {
    const api = await signedInApi();
    await vscode.commands.executeCommand('workbench.view.extension.paymoContacts');
    await until(() => api.tree.view.visible, 'the view to show');
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
    api.store.fromCache({ ...api.store.toCache(), loadedAt: tenMinutesAgo });
    await sandboxControl.clearRequests();
    await setSetting('autoRefreshMinutes', 0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(api.store.origin, 'cache', 'off: nothing happens');
    assert.deepEqual(await sandboxControl.requests(), []);
    try {
      await setSetting('autoRefreshMinutes', 5);
      await until(() => api.store.origin === 'server', 'a refresh of its own');
      await api.loader.whenIdle();
      const requests = await sandboxControl.requests();
      assert.ok(requests.length >= 4 && requests.every((r) => /^(updated_on>=|created_on<)/.test(r.query.where ?? '')), 'only what changed');
      assert.equal(api.tree.view.description, 'updated just now');
    } finally {
      await setSetting('autoRefreshMinutes', undefined);
    }
  });
});
