// The view's own work on a big account, measured in plain Node on the code the tree runs
// (src/store): a text filter applied and the tree recomputed, the order of last change, and what a
// refresh changed elsewhere, each against a baseline of the same run: the unfiltered tree's
// computation, and the refresh that brought the changes. It fills its own data (and changes it).
import { deepStrictEqual } from 'node:assert/strict';
import type { ClientContact } from '../../src/paymo';
import type { AccountStore } from '../../src/store/accountStore';
import { recordChanges, type RecordSet } from '../../src/store/recordChanges';
import { showTree, type ShowOptions } from '../../src/store/shownTree';
import { deltaSync } from '../../src/store/sync';
import { NO_FILTER } from '../../src/store/viewFilter';
import { ViewIndex } from '../../src/store/viewIndex';
import { largeSet, type BenchContext, type Part } from '../part';
import type { BenchSandbox } from '../sandbox';
import { median, timed } from '../stats';
import { loadStore, newClient } from '../subjects';

/** Cheap work: many more runs than the network parts, for a steady median. */
const RUNS = 31;
const CHANGES = { edits: 10, creates: 5, deletes: 5 };

/** The whole tree as VS Code gets it: the first level, then every client's contacts. */
function treeOf(store: AccountStore, options: Partial<ShowOptions>, index = new ViewIndex()): number {
  const shown = showTree(store, { filter: NO_FILTER, sort: 'name', showArchived: false, ...options }, index);
  let rows = shown.clients.length;
  for (const client of shown.clients) rows += shown.contactsOf(client.id).length;
  return rows;
}

/** Median ms of `work` over RUNS runs (synchronous work: `timed` measures it whole). */
async function medianMs(work: (run: number) => unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push((await timed(async () => work(run))).ms);
  return median(times);
}

function recordSet(store: AccountStore): RecordSet {
  const { clients, contacts, skipped } = store.toCache();
  return { clients: new Map(clients.map((c) => [c.id, c])), contacts: new Map(contacts.map((c) => [c.id, c])), skipped: skipped ?? [] };
}

async function requestsOf(sb: BenchSandbox, work: () => Promise<unknown>): Promise<number> {
  await sb.clearRequests();
  await work();
  return (await sb.requests()).length;
}

async function run(ctx: BenchContext) {
  const { cfg, sandbox: sb } = ctx;
  await largeSet(ctx);
  const api = newClient(sb.info, cfg.pageSize);
  const admin = newClient(sb.info, cfg.pageSize);
  try {
    const store = await loadStore(api);
    const clientCount = store.clients().length;
    const client = (run: number) => String(1 + ((run * 37) % clientCount)).padStart(5, '0');
    // Typed with an accent, as people type names: folded like the records.
    const query = (run: number) => `Clíent ${client(run)}`;
    const expected = 1 + cfg.large.contactsPerClient;
    const rows = treeOf(store, { filter: { ...NO_FILTER, text: query(0) } });
    if (rows !== expected) throw new Error(`the text filter showed ${rows} rows, not one client and its contacts`);

    const baseline = await medianMs(() => treeOf(store, {}));
    // Each run with a new index: the search text of every record folded anew, as after a load.
    const filtered = await medianMs((r) => treeOf(store, { filter: { ...NO_FILTER, text: query(r) } }));
    const warmIndex = new ViewIndex();
    const warm = await medianMs((r) => treeOf(store, { filter: { ...NO_FILTER, text: query(r) } }, warmIndex));
    const sorted = await medianMs(() => treeOf(store, { sort: 'lastChange' }));
    const sortIndex = new ViewIndex();
    const sortedWarm = await medianMs(() => treeOf(store, { sort: 'lastChange' }, sortIndex));

    // A refresh after changes made behind its back, as Paymo's web app would make them.
    const clients = store.clients().filter((c) => store.contactsOf(c.id).length > 3);
    const contactOf = (i: number, k: number): ClientContact => store.contactsOf(clients[i % clients.length]!.id)[k]!;
    for (let i = 0; i < CHANGES.edits; i++) await admin.updateContact(contactOf(i, 1).id, { position: `Edited ${i}` });
    for (let i = 0; i < CHANGES.creates; i++) await admin.createContact({ client_id: clients[i]!.id, name: `Created ${i}` });
    for (let i = 0; i < CHANGES.deletes; i++) await admin.deleteContact(contactOf(20 + i, 2).id);
    const before = recordSet(store);
    const base = { clients: before.clients, contacts: before.contacts, skipped: before.skipped, syncedFrom: store.toCache().syncedFrom! };
    const plainRequests = await requestsOf(sb, () => deltaSync(api, base));
    let refreshMs = 0;
    let found = 0;
    const refreshRequests = await requestsOf(sb, async () => {
      const refreshed = await timed(() => store.sync(api));
      refreshMs = refreshed.ms;
      found = refreshed.result.changes.length;
    });
    const expectedChanges = CHANGES.edits + CHANGES.creates + CHANGES.deletes;
    if (found !== expectedChanges) throw new Error(`the refresh found ${found} changes, not ${expectedChanges}`);
    const after = recordSet(store);
    const changesMs = await medianMs(() => recordChanges(before, after));
    const kinds = new Map<string, number>();
    for (const change of recordChanges(before, after)) kinds.set(change.kind, (kinds.get(change.kind) ?? 0) + 1);
    deepStrictEqual(Object.fromEntries(kinds), { edited: CHANGES.edits, created: CHANGES.creates, deleted: CHANGES.deletes });

    return {
      'view.treeMs': { value: baseline, note: `${treeOf(store, {})} rows; ${RUNS} runs` },
      'view.filterMs': { value: filtered, note: `"Clíent NNNNN", each run folding every record anew; with the folded text kept: ${warm.toFixed(2)} ms` },
      'view.filterRatio': { value: filtered / baseline },
      'view.sortMs': { value: sorted, note: `each run reading every date anew; with the dates kept: ${sortedWarm.toFixed(2)} ms` },
      'view.sortRatio': { value: sorted / baseline },
      'changes.ms': {
        value: changesMs,
        note: `${CHANGES.edits} edits, ${CHANGES.creates} creates, ${CHANGES.deletes} deletes among ${after.contacts.size.toLocaleString('en')} contacts`,
      },
      'changes.extraRequests': {
        value: refreshRequests - plainRequests,
        note: `the refresh made ${refreshRequests} requests, a sync without the changes ${plainRequests}`,
      },
      'changes.ratio': { value: changesMs / refreshMs, note: `the refresh took ${refreshMs.toFixed(0)} ms` },
    };
  } finally {
    await Promise.all([api.dispose(), admin.dispose()]);
  }
}

export const part: Part = {
  name: 'view',
  seconds: 5,
  rows: ['view.treeMs', 'view.filterMs', 'view.filterRatio', 'view.sortMs', 'view.sortRatio', 'changes.ms', 'changes.extraRequests', 'changes.ratio'],
  run,
};
