// The full tree load through the store against the floor (the same pages, bare), and
// against the naive tree (one contacts request per client), in interleaved runs that share noise.
import { RATE_LIMIT_MODES } from '../../sandbox/rateLimit';
import { minimumSeconds } from '../config';
import { floorLoad, pagesOfStoreLoad } from '../floor';
import { largeSet, type BenchContext, type Part } from '../part';
import type { BenchSandbox } from '../sandbox';
import { median, timed } from '../stats';
import { naiveLoad, storeLoad } from '../subjects';

/** Runs `work` with the request log cleared before and returns how many API requests it made. */
async function counted(sb: BenchSandbox, work: () => Promise<unknown>): Promise<number> {
  await sb.clearRequests();
  await work();
  return (await sb.requests()).length;
}

/** Seconds that many requests take at least under Paymo's observed limit (the sandbox's `paymo` mode). */
function atPaymoLimit(requests: number): number {
  return minimumSeconds(requests, RATE_LIMIT_MODES.paymo.limit, RATE_LIMIT_MODES.paymo.periodSeconds);
}

async function run(ctx: BenchContext) {
  const { cfg, sandbox: sb } = ctx;
  await sb.fill(cfg.small.clients, cfg.small.contactsPerClient);
  const smallRequests = await counted(sb, () => storeLoad(sb.info, cfg.pageSize));

  await largeSet(ctx);
  // The floor replays exactly the store's requests, so the two differ only in what is done per page.
  const { requests, urls, authorization } = await pagesOfStoreLoad(sb, cfg.pageSize);
  const first = await floorLoad(urls, authorization);
  const naiveRequests = await counted(sb, () => naiveLoad(sb.info, cfg.pageSize));

  const loads: Record<'floor' | 'store' | 'naive', () => Promise<unknown>> = {
    floor: () => floorLoad(urls, authorization),
    store: () => storeLoad(sb.info, cfg.pageSize),
    naive: () => naiveLoad(sb.info, cfg.pageSize),
  };
  const kinds = Object.keys(loads) as (keyof typeof loads)[];
  const times: Record<keyof typeof loads, number[]> = { floor: [], store: [], naive: [] };
  const cpu: Record<keyof typeof loads, number[]> = { floor: [], store: [], naive: [] };
  for (let round = 0; round < cfg.runs; round++) {
    // Rotate the order so that no load always follows the same one (warm caches, GC debt).
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(round + i) % kinds.length]!;
      const { ms, cpuMs } = await timed(loads[kind]);
      times[kind].push(ms);
      cpu[kind].push(cpuMs);
    }
  }
  const [floorMs, storeMs, naiveMs] = [median(times.floor), median(times.store), median(times.naive)];
  const runs = `${cfg.runs} interleaved run(s)`;
  return {
    'load.requests.small': { value: smallRequests, note: 'one per page of clients and of contacts' },
    'load.requests': { value: requests, note: `naive: ${naiveRequests}; the same whatever the user expands` },
    'load.floorMs': { value: floorMs, note: `${runs}; ${(first.bytes / 1024).toFixed(0)} KiB JSON` },
    'load.storeMs': { value: storeMs, note: runs },
    'load.ratio': { value: storeMs / floorMs },
    'load.cpuRatio': {
      value: median(cpu.store) / median(cpu.floor),
      note: `CPU ms: tree ${median(cpu.store).toFixed(0)}, floor ${median(cpu.floor).toFixed(0)}`,
    },
    'naive.requests': {
      value: naiveRequests,
      note: `${naiveRequests - requests} more; under Paymo's limit at least ${atPaymoLimit(naiveRequests)} s against ${atPaymoLimit(requests)} s`,
    },
    'naive.ratio': { value: naiveMs / storeMs, note: `naive median ${naiveMs.toFixed(0)} ms` },
  };
}

export const part: Part = {
  name: 'loads',
  seconds: 27,
  rows: ['load.requests.small', 'load.requests', 'load.floorMs', 'load.storeMs', 'load.ratio', 'load.cpuRatio', 'naive.requests', 'naive.ratio'],
  run,
};
