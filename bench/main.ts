// `npm run bench` (the issue's data sets) and `npm run bench:smoke` (`--smoke`: a tiny set, one run
// each, seconds): prints the table and writes the same rows as JSON under bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { FULL, SMOKE } from './config';
import { formatTable, missed, status } from './report';
import { extensionRoot, runBench } from './runBench';

async function main(): Promise<void> {
  const cfg = process.argv.includes('--smoke') ? SMOKE : FULL;
  const report = await runBench(cfg, (line) => console.error(line));
  console.log(formatTable(report.rows));
  const dir = path.join(extensionRoot(), 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${cfg.name}-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  const rows = report.rows.map((row) => ({ ...row, status: status(row) }));
  await writeFile(file, `${JSON.stringify({ ...report, rows }, null, 2)}\n`);
  const misses = missed(report.rows);
  console.log(`\n${misses.length ? `Targets missed or not measured: ${misses.map((r) => r.id).join(', ')}` : 'Every target met.'}`);
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
