import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AccountStore } from '../../../src/store/accountStore';
import { StoreCache } from '../../../src/store/storeCache';
import { TreeCache, type CacheOwner } from '../../../src/store/treeCache';
import { until } from '../../support/until';
import { useApiSandbox } from '../support/apiSandbox';
import { useTempFolder } from '../../support/tempFolder';

describe('StoreCache (the store kept on disk)', () => {
  const fx = useApiSandbox();
  const made: StoreCache[] = [];
  // Registered before the folder's own hook, so that no cache writes into a folder already removed.
  afterEach(() => made.splice(0).forEach((c) => c.dispose()));
  const dir = useTempFolder('store-cache', 'test');
  const keep = (store: AccountStore, owner: CacheOwner | undefined, warnings: string[] = []) => {
    const cache = new StoreCache(
      store,
      new TreeCache(dir.path),
      () => owner,
      (message) => warnings.push(message),
    );
    made.push(cache);
    return cache;
  };

  it("saves a load, follows an edit a moment later, and gives the tree back to its owner's next start", async () => {
    const owner = { baseUrl: fx.sb.apiUrl, userId: 1 };
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const cache = keep(store, owner);
    await cache.save();
    const contact = store.allContacts()[0]!;
    store.upsertContact({ ...contact, position: 'Kept on disk' });
    await until(async () => (await fs.readFile(path.join(dir.path, 'tree-contacts.json'), 'utf8')).includes('Kept on disk'), 'the edit to reach the file');

    const next = new AccountStore();
    let shown = 0;
    await keep(next, owner).restore(
      owner,
      () => true,
      () => shown++,
    );
    assert.equal(shown, 2, 'the first level, then the whole tree');
    assert.equal(next.origin, 'cache');
    assert.equal(next.contact(contact.id)?.position, 'Kept on disk');
    assert.equal(next.clients().length, store.clients().length);
  });

  it('writes nothing without an owner or for data that did not come from the server, and restores nothing unwanted', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    await keep(store, undefined).save();
    assert.deepEqual(await fs.readdir(dir.path), []);
    const owner = { baseUrl: fx.sb.apiUrl, userId: 1 };
    await keep(store, owner).save();
    const next = new AccountStore();
    await keep(next, owner).restore(
      owner,
      () => false,
      () => assert.fail('nothing is shown once it is no longer wanted'),
    );
    assert.equal(next.origin, 'none');
    await keep(next, owner).save();
    assert.equal((await fs.readdir(dir.path)).length, 2, 'the empty store did not overwrite the files');
  });

  it('deletes the files, and a write waiting for its moment does not bring them back', async () => {
    const owner = { baseUrl: fx.sb.apiUrl, userId: 1 };
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const cache = keep(store, owner);
    await cache.save();
    store.upsertContact({ ...store.allContacts()[0]!, position: 'Never written' });
    await cache.delete();
    await new Promise((resolve) => setTimeout(resolve, 700));
    assert.deepEqual(await fs.readdir(dir.path), []);
  });
});
