// Runs the parts of the bench (all, or those `only` names) against one sandbox and returns the
// table's rows: those of the parts that ran. A part that fails leaves its rows in the table with the
// reason; the others still run.
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BenchConfig } from './config';
import type { BenchContext } from './part';
import { selectParts } from './parts';
import type { Row } from './report';
import { assemble, type Measurements, type RowId } from './rows';
import { BenchSandbox, UNLIMITED } from './sandbox';

export interface PartTime {
  name: string;
  seconds: number;
  failed?: string;
}

export interface BenchReport {
  config: BenchConfig;
  startedAt: string;
  machine: { node: string; cpus: number; cpu: string; loadAverage: number[] };
  /** The parts that ran, in order, with how long each took. */
  parts: PartTime[];
  rows: Row[];
}

export interface BenchOptions {
  /** Part names (`--only`); every part when absent. */
  only?: readonly string[];
  progress?: (line: string) => void;
}

/** The extension's folder: the nearest one up with a package.json (the bench runs from bench/ or out/bench/). */
export function extensionRoot(from = __dirname): string {
  return existsSync(path.join(from, 'package.json')) ? from : extensionRoot(path.dirname(from));
}

export async function runBench(cfg: BenchConfig, { only, progress = () => {} }: BenchOptions = {}): Promise<BenchReport> {
  const parts = selectParts(only);
  const startedAt = new Date().toISOString();
  const measured: Measurements = {};
  const failures: Partial<Record<RowId, string>> = {};
  const times: PartTime[] = [];
  const sandbox = await BenchSandbox.start();
  try {
    await sandbox.setRateLimit(UNLIMITED);
    const ctx: BenchContext = { cfg, sandbox, root: extensionRoot() };
    for (const part of parts) {
      progress(`bench: ${part.name}…`);
      const started = performance.now();
      const time: PartTime = { name: part.name, seconds: 0 };
      try {
        Object.assign(measured, await part.run(ctx));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        progress(`bench: ${part.name} failed: ${error instanceof Error ? error.stack : reason}`);
        for (const id of part.rows) failures[id] = `${part.name} failed: ${reason}`;
        time.failed = reason;
      }
      time.seconds = (performance.now() - started) / 1000;
      times.push(time);
      progress(`bench: ${part.name} took ${time.seconds.toFixed(0)} s`);
    }
  } finally {
    await sandbox.close();
  }
  const cpus = os.cpus();
  return {
    config: cfg,
    startedAt,
    machine: { node: process.version, cpus: cpus.length, cpu: cpus[0]?.model ?? '', loadAverage: os.loadavg() },
    parts: times,
    rows: assemble(
      cfg,
      parts.flatMap((part) => part.rows),
      measured,
      failures,
    ),
  };
}
