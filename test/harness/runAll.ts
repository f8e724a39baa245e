import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCounts, StageCounts } from './testResult';

// `npm test`: the unit suites, then the extension-host suite, then the UI journeys, each in a
// process of its own; then one closing line over all of them. It fails when a test failed, a
// stage crashed or a stage ran no test.

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
    return { name: stage.name, passed: 0, failed: 0, seconds, problem: `crashed (exit ${result.status ?? result.signal})` };
  }
  if (counts.passed + counts.failed === 0) {
    return { ...counts, name: stage.name, seconds, problem: 'ran no test' };
  }
  return { ...counts, name: stage.name, seconds };
}

const outcomes = STAGES.map(runStage);
const total = outcomes.reduce((sum, o) => ({ passed: sum.passed + o.passed, failed: sum.failed + o.failed }), { passed: 0, failed: 0 });
console.log('\n=== summary ===');
for (const o of outcomes) {
  console.log(`${o.name.padEnd(15)} ${String(o.passed).padStart(4)} ok ${String(o.failed).padStart(4)} failing  ${String(o.seconds).padStart(4)} s${o.problem ? `  ${o.problem}` : ''}`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 || outcomes.some((o) => o.problem) ? 1 : 0);
