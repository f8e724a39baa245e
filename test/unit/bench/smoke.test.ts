// The bench's smoke run (a tiny data set, one run of each part) in-process: every figure of
// `npm run bench` must come out measured. Timings and targets are not asserted: they belong to the
// bench, and these machines are too noisy for a test to judge them.
import * as assert from 'node:assert/strict';
import { SMOKE } from '../../../bench/config';
import { formatTable } from '../../../bench/report';
import { ROWS } from '../../../bench/rows';
import { runBench } from '../../../bench/runBench';

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
    const table = formatTable(report.rows).split('\n');
    assert.equal(table.length, ROWS.length + 2);
    for (const row of report.rows)
      assert.ok(
        table.some((line) => line.startsWith(row.figure)),
        `no line for ${row.figure}`,
      );
  });
});
