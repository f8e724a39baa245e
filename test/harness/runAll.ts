import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stageProblems } from './stage';
import { countsText, parseCounts, StageCounts } from './testResult';

// `npm test`: the unit suites, then the extension-host suite, then the UI journeys, each in a
// process of its own; then one closing line over all of them. It fails when a test failed or was
// skipped, a stage crashed, ran no test or passed fewer tests than its floor (test/floor.json).
// Lint runs before all of them (`pretest`).

const STAGES = [
  { name: 'unit', script: 'unit.js' },
  { name: 'extension-host', script: 'extension.js' },
  { name: 'ui', script: 'ui.js' },
];

interface StageOutcome extends StageCounts {
  name: string;
  seconds: number;
  problem?: string;
}

function runStage(stage: (typeof STAGES)[number]): StageOutcome {
  const countsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paymo-test-')), 'counts');
  const started = Date.now();
  console.log(`\n=== ${stage.name} ===`);
  const result = spawnSync(process.execPath, [path.join(__dirname, 'stages', stage.script)], {
    stdio: 'inherit',
    env: { ...process.env, PAYMO_TEST_COUNTS_FILE: countsFile },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const counts = fs.existsSync(countsFile) ? parseCounts(fs.readFileSync(countsFile, 'utf8')) : undefined;
  fs.rmSync(path.dirname(countsFile), { recursive: true, force: true });
  if (!counts) {
    return { name: stage.name, passed: 0, failed: 0, skipped: 0, seconds, problem: `crashed (exit ${result.status ?? result.signal})` };
  }
  const problems = stageProblems(stage.name, counts);
  return { ...counts, name: stage.name, seconds, ...(problems.length > 0 ? { problem: problems.join('; ') } : {}) };
}

const outcomes = STAGES.map(runStage);
const total = outcomes.reduce((sum, o) => ({ passed: sum.passed + o.passed, failed: sum.failed + o.failed, skipped: sum.skipped + o.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log('\n=== summary ===');
for (const o of outcomes) {
  const counts = `${String(o.passed).padStart(4)} ok ${String(o.failed).padStart(4)} failing ${String(o.skipped).padStart(4)} skipped`;
  console.log(`${o.name.padEnd(15)} ${counts}  ${String(o.seconds).padStart(4)} s${o.problem ? `  ${o.problem}` : ''}`);
}
console.log(countsText(total));
process.exit(total.failed > 0 || total.skipped > 0 || outcomes.some((o) => o.problem) ? 1 : 0);
