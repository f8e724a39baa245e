import * as assert from 'node:assert/strict';
import type { TreeNode } from '../../src/tree/treeNode';
import type { PaymoContactsApi } from '../../src/testApi';
import type { ClientNode } from '../../src/tree/clientNode';
import { clientNodes, contactNodes, imagesShown, signedInApi } from './support/paymoApi';

/** Paints the clients' rows and contacts once and waits for their images, whose arrival also repaints nodes. */
async function painted(api: PaymoContactsApi, clients: ClientNode[]): Promise<void> {
  await imagesShown(
    api,
    clients.flatMap((client) => [client, ...contactNodes(api, client)]),
  );
}

/**
 * The nodes the tree repaints while `change` runs. The store's change repaints at once; only that
 * moment is watched, since the real view may paint other rows at any time and an image arriving for
 * one of them repaints it too (and that is not what these tests are about).
 */
function firedDuring(api: PaymoContactsApi, change: () => void): (TreeNode | undefined)[] {
  const fired: (TreeNode | undefined)[] = [];
  const listener = api.tree.onDidChangeTreeData((node) => fired.push(node ?? undefined));
  try {
    change();
  } finally {
    listener.dispose();
  }
  return fired;
}

describe('Refreshing after a change', () => {
  it('repaints only the affected client, keeping node identity and ids', async () => {
    const api = await signedInApi();
    const client = clientNodes(api).find((n) => api.store.contactsOf(n.client.id).length > 2)!;
    await painted(api, [client]);
    const before = contactNodes(api, client);
    const ids = before.map((n) => api.tree.getTreeItem(n).id);
    const updated = await api.auth.api().updateContact(before[1]!.contact.id, { position: 'Head of Node Refresh' });
    assert.deepEqual(
      firedDuring(api, () => api.store.upsertContact(updated)),
      [client],
    );
    const after = contactNodes(api, client);
    assert.equal(
      clientNodes(api).find((n) => n.client.id === client.client.id),
      client,
      'the client node is the same object',
    );
    assert.deepEqual(
      after.map((n) => api.tree.getTreeItem(n).id),
      ids,
    );
    assert.equal(after[1], before[1], 'the contact node is the same object');
    assert.match(String(api.tree.getTreeItem(after[1]!).description), /Head of Node Refresh/);
  });

  it('a contact moved to another client repaints both clients', async () => {
    const api = await signedInApi();
    const [from, to] = clientNodes(api);
    await painted(api, [from!, to!]);
    const moving = contactNodes(api, from!).find((n) => !n.contact.is_main)!.contact;
    try {
      const moved = await api.auth.api().updateContact(moving.id, { client_id: to!.client.id });
      assert.deepEqual(new Set(firedDuring(api, () => api.store.upsertContact(moved))), new Set([from, to]));
      assert.ok(contactNodes(api, to!).some((n) => n.contact.id === moving.id));
      assert.ok(!contactNodes(api, from!).some((n) => n.contact.id === moving.id));
    } finally {
      api.store.upsertContact(await api.auth.api().updateContact(moving.id, { client_id: from!.client.id }));
    }
  });
});
