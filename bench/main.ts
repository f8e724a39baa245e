// `npm run bench`: every part on the full data sets; prints the table and writes the same rows as JSON
// under bench/results/. Options (after `--`):
//   --only refresh,import   only these parts (comma-separated names, see --list)
//   --list                  each part's name, roughly how long it takes, and its rows; runs nothing
//   --smoke                 a tiny data set, one run of each (seconds; `npm run bench:smoke`)
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { FULL, SMOKE } from './config';
import { partList, selectParts } from './parts';
import { formatTable, missed, status } from './report';
import { extensionRoot, runBench } from './runBench';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { smoke: { type: 'boolean' }, only: { type: 'string' }, list: { type: 'boolean' } } });
  const cfg = values.smoke ? SMOKE : FULL;
  if (values.list) {
    console.log(partList(cfg));
    return;
  }
  const only = values.only
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  try {
    selectParts(only);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
    return;
  }
  const report = await runBench(cfg, { only, progress: (line) => console.error(line) });
  console.log(formatTable(report.rows));
  const dir = path.join(extensionRoot(), 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${[cfg.name, ...(only ?? [])].join('-')}-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  const rows = report.rows.map((row) => ({ ...row, status: status(row) }));
  await writeFile(file, `${JSON.stringify({ ...report, rows }, null, 2)}\n`);
  const misses = missed(report.rows);
  const total = report.parts.reduce((sum, part) => sum + part.seconds, 0);
  console.log(`\nParts: ${report.parts.map((part) => `${part.name} ${part.seconds.toFixed(0)} s`).join(', ')}; ${total.toFixed(0)} s in all`);
  console.log(misses.length ? `Targets missed or not measured: ${misses.map((r) => r.id).join(', ')}` : 'Every target met.');
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
