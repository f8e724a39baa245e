import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clientNodes, contactNodes, signedInApi } from './support/paymoApi';
import { sandboxApi } from './support/sandboxApi';
import { sandboxControl } from './support/sandboxControl';

/** A call to the sandbox's API as Paymo's web app would make it: the extension knows nothing of it. */
async function behindItsBack(method: string, path: string, body?: unknown): Promise<Record<string, { id: number }[]>> {
  const { status, json } = await sandboxApi<Record<string, { id: number }[]>>(method, path, body);
  assert.ok(status < 300, `${method} ${path}: ${status}`);
  return json;
}

function labels(api: Awaited<ReturnType<typeof signedInApi>>, clientId: number): string[] {
  const node = clientNodes(api).find((n) => n.client.id === clientId)!;
  return contactNodes(api, node).map((n) => String(api.tree.getTreeItem(n).label));
}

describe('Refresh: only what changed', () => {
  it('shows an edit, a new contact, a deletion and a move made elsewhere after one Refresh, in a handful of requests', async () => {
    const api = await signedInApi();
    const [edited, deleted] = api.store.contactsOf(11);
    const moved = api.store.contactsOf(12)[1]!;
    await behindItsBack('PUT', `clientcontacts/${edited!.id}`, { name: 'Renamed In The Web App' });
    await behindItsBack('DELETE', `clientcontacts/${deleted!.id}`);
    await behindItsBack('PUT', `clientcontacts/${moved.id}`, { client_id: 11 });
    const created = (await behindItsBack('POST', 'clientcontacts', { client_id: 11, name: 'Added In The Web App' })).clientcontacts![0]!.id;
    await sandboxControl.clearRequests();
    await vscode.commands.executeCommand('paymoContacts.refresh');
    const requests = await sandboxControl.requests();
    assert.ok(requests.length <= 8, `${requests.length} requests: ${JSON.stringify(requests.map((r) => r.query))}`);
    const names = labels(api, 11);
    assert.ok(names.includes('Renamed In The Web App'), names.join(', '));
    assert.ok(names.includes('Added In The Web App'));
    assert.ok(names.includes(moved.name), 'the moved contact shows under its new client');
    assert.ok(!names.includes(deleted!.name), 'the deleted contact is gone');
    assert.ok(!labels(api, 12).includes(moved.name), 'and no longer under its old one');
    assert.equal(api.store.contact(created)?.client_id, 11);
  });

  it('costs a few small requests when nothing changed (what changed of each kind, and a count of each), and the view says how old the data is', async () => {
    const api = await signedInApi();
    await sandboxControl.clearRequests();
    await vscode.commands.executeCommand('paymoContacts.refresh');
    const requests = await sandboxControl.requests();
    const lists = requests.filter((r) => /^updated_on>=\d+( and id>\d+)?$/.test(r.query.where ?? ''));
    const counts = requests.filter((r) => r.query.include === 'id' && /^created_on<\d+$/.test(r.query.where ?? ''));
    // Changes made by the tests just before fall within the refresh's margin: a short page of them may be confirmed by the next.
    assert.ok(lists.length >= 2 && lists.length <= 3, JSON.stringify(requests.map((r) => r.query)));
    assert.equal(counts.length, 2);
    const role = requests.filter((r) => r.method === 'GET' && r.path === '/api/me');
    assert.equal(role.length, 1, "a refresh the user asks for asks for the user's role too (an automatic one does not)");
    assert.equal(requests.length, lists.length + counts.length + role.length, 'nothing else');
    assert.equal(api.tree.view.description, 'updated just now');
  });

  it('a record Paymo sends in a shape it cannot read is left out, and the view says how many were', async () => {
    const api = await signedInApi();
    const odd = api.store.contactsOf(13)[0]!;
    const count = api.store.allContacts().length;
    await sandboxControl.quirks({ reshape: [{ collection: 'clientcontacts', id: odd.id, set: { access: null } }] });
    try {
      await vscode.commands.executeCommand('paymoContacts.fullRefresh');
      assert.equal(api.store.allContacts().length, count - 1);
      assert.ok(!labels(api, 13).includes(odd.name));
      assert.match(api.tree.view.message ?? '', /^1 record from Paymo could not be read and is not shown\./);
      assert.equal(api.loader.state, 'ready', 'the rest of the tree stays');
    } finally {
      await sandboxControl.clearQuirks();
      await behindItsBack('PUT', `clientcontacts/${odd.id}`, { position: odd.position ?? 'Back' });
      await vscode.commands.executeCommand('paymoContacts.refresh');
    }
    assert.ok(api.store.contact(odd.id), 'back once Paymo sends it readable');
    assert.equal(api.tree.view.message, undefined);
  });
});
