// Part: reading vCard files with large folded values (children/readChild.ts): one card with a 2 MB
// photo and one with a 20 MB note, against the targets; the note at three sizes, whose time per MB
// must stay the same if reading is linear; and, as the baseline in the same run, the reader as it was
// before it was made linear (built from the commit that last had it), stopped after a while when it
// does not finish.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { forkChild, runChild } from '../childProcess';
import type { ReadInput, ReadKind, ReadOutput } from '../children/readChild';
import { readSizes, type ReadSizes } from '../config';
import type { BenchContext, Part } from '../part';
import type { Measurements } from '../rows';
import { median } from '../stats';

/** The last commit whose reader rescanned a property for each of its lines (src/interchange). */
const BASELINE_COMMIT = '7f0319aeaed96f476ee5190f56aeb2877dc6beb4';
const BASELINE_FILES = ['vcardReader.ts', 'vcardLines.ts', 'fileText.ts', 'libraries.ts', 'card.ts', 'readResult.ts'];

const seconds = (ms: number) => ms / 1000;

/** Timed reads: each size as long a round as the largest, so that a small one gets as many reads as the noise needs. */
function read(kind: ReadKind, megabytes: number[], rounds: number): Promise<ReadOutput> {
  const largest = Math.max(...megabytes);
  const input: ReadInput = { kind, megabytes, repeats: megabytes.map((mb) => Math.round(largest / mb)), rounds, warmUp: true };
  return runChild<ReadOutput>('readChild', input);
}

/** The reader of `BASELINE_COMMIT` as one CommonJS file (ical.js inside), in a temporary folder. */
async function buildBaseline(root: string, folder: string): Promise<string> {
  const git = promisify(execFile);
  for (const file of BASELINE_FILES) {
    const { stdout } = await git('git', ['show', `${BASELINE_COMMIT}:src/interchange/${file}`], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    await writeFile(path.join(folder, file), stdout);
  }
  const outfile = path.join(folder, 'baselineReader.js');
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(folder, 'vcardReader.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'silent',
  });
  return outfile;
}

/** One read by the baseline, or `undefined` when it had not finished after `limit` seconds. */
async function baselineRead(readerFile: string, kind: ReadKind, megabytes: number, limit: number): Promise<number | undefined> {
  const input: ReadInput = { kind, megabytes: [megabytes], rounds: 1, warmUp: false, readerFile };
  const child = forkChild<ReadOutput>('readChild', input);
  const timer = new AbortController();
  const stopped = sleep(limit * 1000, undefined, { signal: timer.signal }).catch(() => undefined);
  try {
    const result = await Promise.race([child.answer, stopped]);
    return result?.[0]?.[0];
  } finally {
    timer.abort();
    if (child.process.exitCode === null && child.process.signalCode === null) {
      child.answer.catch(() => undefined);
      await new Promise((resolve) => {
        child.process.once('exit', resolve);
        child.process.kill('SIGKILL');
      });
    }
  }
}

async function baselineRows(root: string, sizes: ReadSizes, current: { photo: number; note: number }): Promise<Measurements> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'paymo-bench-reader-'));
  try {
    const readerFile = await buildBaseline(root, folder);
    const row = async (kind: ReadKind, megabytes: number, limit: number) => {
      const ms = await baselineRead(readerFile, kind, megabytes, limit);
      const value = ms === undefined ? limit : seconds(ms);
      const how =
        ms === undefined
          ? `stopped after ${limit} s, unfinished (at least ${Math.round(limit / current[kind])}× slower)`
          : `${(value / current[kind]).toFixed(0)}× the time of this reader`;
      return { value, note: `reader of ${BASELINE_COMMIT.slice(0, 7)}, same card, one read: ${how}` };
    };
    return {
      'read.photoBaseline': await row('photo', sizes.photoMb, sizes.baselineSeconds.photo),
      'read.noteBaseline': await row('note', sizes.noteMb, sizes.baselineSeconds.note),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function run(ctx: BenchContext): Promise<Measurements> {
  const sizes = readSizes(ctx.cfg);
  const [photo] = await read('photo', [sizes.photoMb], sizes.rounds);
  const [note] = await read('note', [sizes.noteMb], Math.min(sizes.rounds, 3));
  const perMbTimes = await read('note', sizes.perMb, sizes.rounds);
  const perMb = perMbTimes.map((ms, i) => median(ms) / sizes.perMb[i]!);
  const current = { photo: seconds(median(photo!)), note: seconds(median(note!)) };
  const results: Measurements = {
    'read.photoSeconds': { value: current.photo, note: `median of ${photo!.length} read(s) after a warm-up` },
    'read.noteSeconds': { value: current.note, note: `median of ${note!.length} read(s) after a warm-up` },
    'read.msPerMb.small': { value: perMb[0]!, note: `median of ${perMbTimes[0]!.length} reads, sizes interleaved` },
    'read.msPerMb.middle': { value: perMb[1]!, note: `median of ${perMbTimes[1]!.length} reads` },
    'read.msPerMb.large': { value: perMb[2]!, note: `median of ${perMbTimes[2]!.length} reads` },
    'read.linearity': { value: Math.max(...perMb) / Math.min(...perMb), note: 'the largest time per MB / the smallest' },
  };
  try {
    Object.assign(results, await baselineRows(ctx.root, sizes, current));
  } catch (error) {
    // Without the baseline (a clone without that commit), the reader's own figures still count.
    console.error(`bench: read baseline not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  return results;
}

export const part: Part = {
  name: 'read',
  seconds: 74,
  rows: [
    'read.photoSeconds',
    'read.photoBaseline',
    'read.noteSeconds',
    'read.noteBaseline',
    'read.msPerMb.small',
    'read.msPerMb.middle',
    'read.msPerMb.large',
    'read.linearity',
  ],
  run,
};
