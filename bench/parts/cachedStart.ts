// A start from the tree cached on disk, up to the tree's first level (read the clients' own
// file, check it, put it in the store, list the clients the view shows), as the tree loader does it,
// against a full load over the network, in interleaved runs. The whole cached tree (contacts too),
// which the loader reads once the first level shows, is timed for the note.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { AccountStore } from '../../src/store/accountStore';
import { TreeCache, type CacheOwner } from '../../src/store/treeCache';
import { largeSet, type BenchContext, type Part } from '../part';
import { median, timed } from '../stats';
import { storeLoad, withClient } from '../subjects';

/** The view's first level with the default settings: clients by name, archived ones hidden. */
async function cachedStart(cache: TreeCache, owner: CacheOwner): Promise<AccountStore> {
  const clients = await cache.readClients(owner);
  if (!clients) throw new Error('the cached clients were not read back');
  const store = new AccountStore();
  store.fromCache({ ...clients, contacts: [] });
  store.clients().filter((c) => c.active);
  return store;
}

/** What follows the first level: the whole cached tree replaces it. */
async function cachedContacts(cache: TreeCache, owner: CacheOwner, store: AccountStore): Promise<void> {
  const snapshot = await cache.read(owner);
  if (!snapshot) throw new Error('the cache file was not read back');
  store.fromCache(snapshot);
}

async function folderBytes(dir: string): Promise<number> {
  const sizes = await Promise.all((await readdir(dir)).map(async (name) => (await stat(path.join(dir, name))).size));
  return sizes.reduce((a, b) => a + b, 0);
}

async function run(ctx: BenchContext) {
  const { cfg, sandbox } = ctx;
  await largeSet(ctx);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'paymo-bench-cache-'));
  try {
    const cache = new TreeCache(dir);
    const owner: CacheOwner = { baseUrl: sandbox.info.apiUrl, userId: (await withClient(sandbox.info, cfg.pageSize, (c) => c.me())).id };
    await cache.write(owner, (await storeLoad(sandbox.info, cfg.pageSize)).toCache());
    const fileBytes = await folderBytes(dir);
    const cached: number[] = [];
    const whole: number[] = [];
    const network: number[] = [];
    for (let round = 0; round < cfg.runs; round++) {
      const first = await timed(() => cachedStart(cache, owner));
      cached.push(first.ms);
      whole.push(first.ms + (await timed(() => cachedContacts(cache, owner, first.result))).ms);
      network.push((await timed(() => storeLoad(sandbox.info, cfg.pageSize))).ms);
    }
    const [cachedMs, networkMs] = [median(cached), median(network)];
    return {
      'cache.ms': {
        value: cachedMs,
        note: `${(fileBytes / 1024).toFixed(0)} KiB cache files; whole tree (contacts too) ${median(whole).toFixed(0)} ms; ${cfg.runs} run(s) interleaved with network loads`,
      },
      'cache.ratio': { value: cachedMs / networkMs, note: `network load median ${networkMs.toFixed(0)} ms` },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const part: Part = { name: 'cachedStart', seconds: 4, rows: ['cache.ms', 'cache.ratio'], run };
