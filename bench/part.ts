// What each part of the bench is: the rows it fills and how. Parts run in order on one context;
// later parts read what earlier ones left in `shared` (the network load time, the JSON size, ids).
import type { BenchConfig } from './config';
import type { Measurements, RowId } from './rows';
import type { BenchSandbox } from './sandbox';

export interface Shared {
  /** Median full tree load over the network, ms. */
  storeMs?: number;
  /** JSON bytes of one full load. */
  jsonBytes?: number;
  contactIds?: number[];
}

export interface BenchContext {
  cfg: BenchConfig;
  sandbox: BenchSandbox;
  /** The extension's folder (package.json, esbuild.js, dist/). */
  root: string;
  shared: Shared;
}

export interface Part {
  name: string;
  rows: readonly RowId[];
  run(ctx: BenchContext): Promise<Measurements>;
}

export function needShared<K extends keyof Shared>(ctx: BenchContext, key: K): NonNullable<Shared[K]> {
  const value = ctx.shared[key];
  if (value === undefined) throw new Error(`needs ${key} from the load part, which failed`);
  return value as NonNullable<Shared[K]>;
}
