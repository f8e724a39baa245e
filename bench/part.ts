// What a part of the bench is. A part is one file in bench/parts that exports `part`: its `name`
// (what `--only` and `--list` call it), the `rows` of the catalogue (rows.ts) it measures, `run`,
// which measures them, and `seconds`, what a full run of it took last (for `--list`).
// bench/parts/index.ts lists the parts in the order a full run takes them.
//
// A part stands alone: `npm run bench -- --only <name>` runs it without the others, so it prepares
// the sandbox's data itself (`largeSet`, or its own `sandbox.fill`) and never reads what another part
// left behind. Waiting is not work: a part that must wait (for a rate-limit window, a background
// task) waits as briefly as its figure allows, so that the full bench stays short enough to rerun.
import type { BenchConfig } from './config';
import type { Measurements, RowId } from './rows';
import type { BenchSandbox } from './sandbox';

export interface BenchContext {
  cfg: BenchConfig;
  sandbox: BenchSandbox;
  /** The extension's folder (package.json, esbuild.js, dist/). */
  root: string;
}

export interface Part {
  /** One word, as the file is named: `--only refresh,import`. */
  name: string;
  rows: readonly RowId[];
  run(ctx: BenchContext): Promise<Measurements>;
  /** Roughly how long the part takes in a full run (the `Parts:` line `npm run bench` ends with), for `--list`. */
  seconds: number;
}

/** Fills the sandbox with the configuration's large set, as generated: what the load-based parts measure on. */
export function largeSet({ cfg, sandbox }: BenchContext): Promise<void> {
  return sandbox.fill(cfg.large.clients, cfg.large.contactsPerClient);
}
