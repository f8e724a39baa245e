// The time to require and activate the extension bundle in fresh processes (children/activateChild.ts),
// which also count synchronous fs calls and network connections.
import { runChild } from '../childProcess';
import type { ActivateInput, ActivateResult } from '../children/activateChild';
import { extensionBundle } from '../extensionBundle';
import type { BenchContext, Part } from '../part';
import { median } from '../stats';

/** How long after activate returns to keep counting, for work it started in the background. */
const SETTLE_MS = 500;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const names = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} x${n}`)
    .join(', ');

async function run(ctx: BenchContext) {
  const input: ActivateInput = { bundle: (await extensionBundle(ctx)).file, extensionRoot: ctx.root, settleMs: SETTLE_MS };
  const results: ActivateResult[] = [];
  for (let i = 0; i < Math.min(ctx.cfg.runs, 5); i++) results.push(await runChild<ActivateResult>('activateChild', input));
  // Counts are the worst run's: one connection in any run is one too many.
  const worst = (pick: (r: ActivateResult) => number) => results.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  const fsRun = worst((r) => total(r.syncFs));
  const netRun = worst((r) => r.network);
  return {
    'activate.requireMs': { value: median(results.map((r) => r.requireMs)), note: `${results.length} fresh process(es)` },
    'activate.ms': { value: median(results.map((r) => r.activateMs)), note: `${total(results[0]!.vscodeCalls)} vscode API calls recorded` },
    'activate.syncFs': {
      value: total(fsRun.syncFs),
      note: [names(fsRun.syncFs), `${total(fsRun.syncFsAfter)} in the ${SETTLE_MS} ms after`].filter(Boolean).join('; '),
    },
    'activate.network': { value: netRun.network, note: `${netRun.networkAfter} in the ${SETTLE_MS} ms after` },
  };
}

export const part: Part = {
  name: 'activation',
  seconds: 5,
  rows: ['activate.requireMs', 'activate.ms', 'activate.syncFs', 'activate.network'],
  run,
};
