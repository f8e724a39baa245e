// Part 6: the shipped bundles' sizes, and the time to require and activate the extension bundle in
// fresh processes (children/activateChild.ts), which also count sync fs calls and connections.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { runChild } from '../childProcess';
import type { ActivateInput, ActivateResult } from '../children/activateChild';
import type { BenchContext, Part } from '../part';
import { median } from '../stats';

/** How long after activate returns to keep counting, for work it started in the background. */
const SETTLE_MS = 500;

const bundleOf = (root: string) => path.join(root, 'dist', 'extension.js');

async function kib(file: string): Promise<number> {
  return (await stat(file)).size / 1024;
}

async function sizes({ cfg, root }: BenchContext) {
  // The full run measures a fresh production build; the smoke run takes dist/ as it is when present,
  // so that a test never rewrites the bundle under another suite's feet.
  const build = cfg.name === 'full' || !existsSync(bundleOf(root));
  if (build) await promisify(execFile)('npm', ['run', 'build', '--', '--production'], { cwd: root });
  const css = path.join(root, 'dist', 'webview', 'form.css');
  return {
    'bundle.extensionKiB': {
      value: await kib(bundleOf(root)),
      note: build ? 'npm run build -- --production' : 'dist/ as found: not rebuilt, maybe not minified',
    },
    'bundle.webviewKiB': {
      value: await kib(path.join(root, 'dist', 'webview', 'form.js')),
      note: existsSync(css) ? `+ ${(await kib(css)).toFixed(1)} KiB css` : '',
    },
  };
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const names = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} x${n}`)
    .join(', ');

async function activation({ cfg, root }: BenchContext) {
  const input: ActivateInput = { bundle: bundleOf(root), extensionRoot: root, settleMs: SETTLE_MS };
  const results: ActivateResult[] = [];
  for (let i = 0; i < Math.min(cfg.runs, 5); i++) results.push(await runChild<ActivateResult>('activateChild', input));
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

export const bundleSizePart: Part = { name: 'bundle sizes', rows: ['bundle.extensionKiB', 'bundle.webviewKiB'], run: sizes };
export const activationPart: Part = {
  name: 'activation',
  rows: ['activate.requireMs', 'activate.ms', 'activate.syncFs', 'activate.network'],
  run: activation,
};
