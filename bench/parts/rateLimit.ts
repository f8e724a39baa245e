// Contact updates issued all at once through one PaymoApi under the sandbox's Paymo-like
// limit. None may fail with a 429, and the whole batch should take little more than the limit allows.
import { PaymoRateLimitError } from '../../src/paymo/errors';
import { minimumSeconds } from '../config';
import { largeSet, type BenchContext, type Part } from '../part';
import { UNLIMITED } from '../sandbox';
import { timed } from '../stats';
import { withClient } from '../subjects';

/** Replays the sandbox's window rule over the requests' arrival times: how many windows the batch used, and the fullest. */
function windowsUsed(arrivals: number[], periodMs: number): { windows: number; fullest: number } {
  let start = -Infinity;
  let count = 0;
  let windows = 0;
  let fullest = 0;
  for (const at of [...arrivals].sort((a, b) => a - b)) {
    if (at >= start + periodMs) [start, count, windows] = [at, 0, windows + 1];
    fullest = Math.max(fullest, ++count);
  }
  return { windows, fullest };
}

async function run(ctx: BenchContext) {
  const { cfg, sandbox } = ctx;
  const { limit, periodSeconds } = cfg.rateLimit;
  await largeSet(ctx);
  const ids = (await withClient(sandbox.info, cfg.pageSize, (api) => api.listContacts())).slice(0, cfg.updates).map((c) => c.id);
  if (ids.length < cfg.updates) throw new Error(`only ${ids.length} contacts to update`);
  // Setting the limit starts every key on a fresh window.
  await sandbox.setRateLimit({ limit, periodSeconds });
  await sandbox.clearRequests();
  const { result: outcomes, ms } = await withClient(sandbox.info, cfg.pageSize, (api) =>
    timed(() => Promise.allSettled(ids.map((id, i) => api.updateContact(id, { notes: `bench update ${i}` })))),
  ).finally(() => sandbox.setRateLimit(UNLIMITED));
  const errors = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
  const log = await sandbox.requests();
  const served429 = log.filter((r) => r.status === 429).length;
  const used = windowsUsed(
    log.map((r) => Date.parse(r.at)),
    periodSeconds * 1000,
  );
  const minimum = minimumSeconds(ids.length, limit, periodSeconds);
  const seconds = ms / 1000;
  const firstError = errors[0] instanceof Error ? errors[0].message : String(errors[0] ?? '');
  return {
    'ratelimit.429s': {
      value: errors.filter((e) => e instanceof PaymoRateLimitError).length,
      note: served429 ? `the sandbox answered ${served429} 429s; the client waited them out` : 'the client kept under the limit: no 429 at all',
    },
    'ratelimit.failed': { value: errors.length, note: firstError },
    'ratelimit.seconds': { value: seconds, note: `${used.windows} windows used, at most ${used.fullest} requests in one (limit ${limit})` },
    'ratelimit.minimum': { value: minimum, note: `(ceil(${ids.length}/${limit}) - 1) x ${periodSeconds} s: fixed windows opened by their first request` },
    'ratelimit.ratio': { value: seconds / minimum },
  };
}

export const part: Part = {
  name: 'rateLimit',
  seconds: 20,
  rows: ['ratelimit.429s', 'ratelimit.failed', 'ratelimit.seconds', 'ratelimit.minimum', 'ratelimit.ratio'],
  run,
};
