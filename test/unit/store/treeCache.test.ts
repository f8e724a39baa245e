import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { AccountStore } from '../../../src/store/accountStore';
import { TreeCache } from '../../../src/store/treeCache';
import { useApiSandbox } from '../support/apiSandbox';
import { useTempFolder } from '../../support/tempFolder';

describe('TreeCache (the last loaded tree on disk)', () => {
  const fx = useApiSandbox();
  const dir = useTempFolder('cache', 'test');

  it('gives back what was loaded, to the same user on the same server only', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const cache = new TreeCache(dir.path);
    const owner = { baseUrl: fx.sb.apiUrl, userId: 1 };
    await cache.write(owner, store.toCache());
    const back = await cache.read(owner);
    assert.equal(back?.clients.length, 30);
    assert.equal(back?.contacts.length, 300);
    assert.equal(await cache.read({ ...owner, userId: 2 }), undefined);
    assert.equal(await cache.read({ ...owner, baseUrl: 'https://app.paymoapp.com/api/' }), undefined);
  });

  it('gives back the first level from its own small file, and the whole tree only from files of one write', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    const cache = new TreeCache(dir.path);
    const owner = { baseUrl: fx.sb.apiUrl, userId: 1 };
    assert.equal(await cache.readClients(owner), undefined);
    await cache.write(owner, store.toCache());
    const first = await cache.readClients(owner);
    assert.deepEqual(
      first?.clients.map((c) => c.name),
      store.clients().map((c) => c.name),
    );
    assert.equal(await cache.readClients({ ...owner, userId: 2 }), undefined);
    const clientsText = await fs.readFile(path.join(dir.path, 'tree-clients.json'), 'utf8');
    const contactsText = await fs.readFile(path.join(dir.path, 'tree-contacts.json'), 'utf8');
    assert.ok(!contactsText.includes(JSON.stringify(store.clients()[0]!.name)), 'the clients are written once, not again with the contacts');
    // A write cut short after the contacts: the new contacts with the old clients are no tree.
    await cache.write(owner, { ...store.toCache(), loadedAt: new Date(Date.now() + 1000).toISOString() });
    await fs.writeFile(path.join(dir.path, 'tree-clients.json'), clientsText);
    assert.equal((await cache.readClients(owner))?.clients.length, 30, 'the first level still shows');
    assert.equal(await cache.read(owner), undefined);
    await fs.writeFile(path.join(dir.path, 'tree-contacts.json'), contactsText);
    assert.equal((await cache.read(owner))?.contacts.length, 300, 'the pair of one write is a tree again');
    // A damaged first-level file is no tree either.
    await fs.writeFile(path.join(dir.path, 'tree-clients.json'), '{"version":2,"clients":[{');
    assert.equal(await cache.readClients(owner), undefined);
    assert.equal(await cache.read(owner), undefined);
    await cache.delete();
    assert.deepEqual(await fs.readdir(dir.path), []);
  });

  it('holds no credentials', async () => {
    const store = new AccountStore();
    await store.sync(fx.api(), { full: true });
    await new TreeCache(dir.path).write({ baseUrl: fx.sb.apiUrl, userId: 1 }, store.toCache());
    const files = await fs.readdir(dir.path);
    assert.deepEqual(files.sort(), ['tree-clients.json', 'tree-contacts.json']);
    for (const file of files) {
      const text = await fs.readFile(path.join(dir.path, file), 'utf8');
      assert.ok(!text.includes(fx.sb.apiKey), file);
      assert.ok(!text.includes(fx.sb.password), file);
    }
  });

  it('treats a damaged or foreign file as no cache, says why, and deletes on request', async () => {
    const notes: string[] = [];
    const cache = new TreeCache(dir.path, (note) => notes.push(note));
    const owner = { baseUrl: fx.sb.apiUrl, userId: 1 };
    assert.equal(await cache.read(owner), undefined);
    await cache.write(owner, { clients: [], contacts: [], loadedAt: new Date().toISOString() });
    assert.ok(await cache.read(owner));
    const { writeId } = JSON.parse(await fs.readFile(path.join(dir.path, 'tree-clients.json'), 'utf8')) as { writeId: string };
    await fs.writeFile(path.join(dir.path, 'tree-contacts.json'), '{"version":3,"contacts":');
    assert.equal(await cache.read(owner), undefined);
    await fs.writeFile(path.join(dir.path, 'tree-contacts.json'), JSON.stringify({ version: 3, ...owner, loadedAt: 'x', writeId, contacts: [{ id: 'nope' }] }));
    assert.equal(await cache.read(owner), undefined);
    await fs.writeFile(path.join(dir.path, 'tree-contacts.json'), JSON.stringify({ version: 2, ...owner, loadedAt: 'x', writeId, contacts: [] }));
    assert.equal(await cache.read(owner), undefined, 'another version');
    assert.match(notes.at(-1)!, /another version of the extension/);
    await fs.writeFile(path.join(dir.path, 'tree-contacts.json'), JSON.stringify({ version: 3, ...owner, loadedAt: 'x', writeId, contacts: [] }));
    assert.ok(await cache.read(owner), 'the same file, well-formed, is read');
    await cache.delete();
    assert.equal(await cache.read(owner), undefined);
  });
});
