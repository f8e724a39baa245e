// Runs every part of the bench against one sandbox and returns the table's rows. A part that fails
// leaves its rows in the table with the reason; the others still run.
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchConfig } from './config';
import type { BenchContext, Part } from './part';
import { activationPart, bundleSizePart } from './parts/bundle';
import { cachedStartPart } from './parts/cachedStart';
import { exportPart } from './parts/export';
import { importPart } from './parts/import';
import { loadsPart } from './parts/loads';
import { memoryPart } from './parts/memory';
import { rateLimitPart } from './parts/rateLimit';
import { refreshPart } from './parts/refresh';
import type { Row } from './report';
import { assemble, type Measurements, type RowId } from './rows';
import { BenchSandbox, UNLIMITED } from './sandbox';

/** In table order; the load part goes first because the others use what it measured. */
// The refresh part changes the data and fills its own: it goes last.
const PARTS: readonly Part[] = [loadsPart, cachedStartPart, memoryPart, exportPart, importPart, rateLimitPart, bundleSizePart, activationPart, refreshPart];

export interface BenchReport {
  config: BenchConfig;
  startedAt: string;
  machine: { node: string; cpus: number; cpu: string };
  rows: Row[];
}

/** The extension's folder: the nearest one up with a package.json (the bench runs from bench/ or out/bench/). */
export function extensionRoot(from = __dirname): string {
  return existsSync(path.join(from, 'package.json')) ? from : extensionRoot(path.dirname(from));
}

export async function runBench(cfg: BenchConfig, progress: (line: string) => void = () => {}): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const measured: Measurements = {};
  const failures: Partial<Record<RowId, string>> = {};
  const sandbox = await BenchSandbox.start();
  try {
    await sandbox.setRateLimit(UNLIMITED);
    const ctx: BenchContext = { cfg, sandbox, root: extensionRoot(), shared: {} };
    for (const part of PARTS) {
      progress(`bench: ${part.name}…`);
      try {
        Object.assign(measured, await part.run(ctx));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        progress(`bench: ${part.name} failed: ${error instanceof Error ? error.stack : reason}`);
        for (const id of part.rows) failures[id] = `${part.name} failed: ${reason}`;
      }
    }
  } finally {
    await sandbox.close();
  }
  const cpus = os.cpus();
  return { config: cfg, startedAt, machine: { node: process.version, cpus: cpus.length, cpu: cpus[0]?.model ?? '' }, rows: assemble(cfg, measured, failures) };
}
