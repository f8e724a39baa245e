// The bench's smoke run (a tiny data set, one run of each part) in-process: every figure of
// `npm run bench` must come out measured, and so must a part run on its own (`--only`). Timings and
// targets are not asserted: they belong to the bench, and these machines are too noisy for a test to
// judge them.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { FULL, SMOKE } from '../../../bench/config';
import { PARTS, partList, selectParts } from '../../../bench/parts';
import { formatTable } from '../../../bench/report';
import { ROWS } from '../../../bench/rows';
import { extensionRoot, runBench } from '../../../bench/runBench';

/** The compiled bench's command line, as `npm run bench -- …` runs it. */
function bench(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [path.join(extensionRoot(), 'out', 'bench', 'main.js'), ...args]);
}

describe('bench smoke run', function () {
  this.timeout(180_000);

  it('measures every figure of the benchmark table', async () => {
    const report = await runBench(SMOKE);

    assert.deepEqual(
      report.rows.map((r) => r.id),
      ROWS.map((r) => r.id),
    );
    assert.deepEqual(
      report.rows.filter((r) => r.value === null).map((r) => `${r.id}: ${r.error}`),
      [],
    );
    assert.deepEqual(
      report.parts.map((p) => p.name),
      PARTS.map((p) => p.name),
    );
    const table = formatTable(report.rows).split('\n');
    assert.equal(table.length, ROWS.length + 2);
    for (const row of report.rows)
      assert.ok(
        table.some((line) => line.startsWith(row.figure)),
        `no line for ${row.figure}`,
      );
  });

  it('runs only the parts --only names, in run order, each measuring its rows without the others', async () => {
    // Both read data that the loads part used to leave behind for them.
    const report = await runBench(SMOKE, { only: ['rateLimit', 'memory'] });

    assert.deepEqual(
      report.parts.map((p) => p.name),
      ['memory', 'rateLimit'],
    );
    assert.deepEqual(
      report.rows.map((r) => r.id),
      ROWS.filter((r) => r.id.startsWith('memory.') || r.id.startsWith('ratelimit.')).map((r) => r.id),
    );
    assert.deepEqual(
      report.rows.filter((r) => r.value === null).map((r) => `${r.id}: ${r.error}`),
      [],
    );
  });

  it('gives every row of the table to exactly one part, and every part a name of its own', () => {
    const owners = ROWS.map((row) => `${row.id}: ${PARTS.filter((part) => part.rows.includes(row.id)).map((part) => part.name)}`);
    assert.deepEqual(
      owners.filter((owner) => /: $|,/.test(owner)),
      [],
      'rows of no part, or of several',
    );
    assert.equal(new Set(PARTS.map((p) => p.name)).size, PARTS.length);
  });

  it('refuses a part name it does not know, naming the parts it has', () => {
    assert.throws(() => selectParts(['refresh', 'refesh']), /No bench part named refesh\. The parts: loads, .*refresh\./);
  });

  it('lists each part with how long it takes and its rows, from the command line, and runs nothing', async () => {
    const { stdout } = await bench('--list');
    assert.equal(stdout.trim(), partList(FULL));
    for (const part of PARTS) assert.match(stdout, new RegExp(`^${part.name} \\(about \\d+ (s|min)\\)$`, 'm'), `${part.name} and its duration`);
    for (const row of ROWS) assert.ok(stdout.includes(`  ${row.id} `), `${row.id} listed`);
    await assert.rejects(
      bench('--only', 'nope'),
      (error: { code?: number; stderr?: string }) => error.code === 2 && /No bench part named nope/.test(error.stderr ?? ''),
    );
  });
});
