import * as fs from 'node:fs';
import { belowFloor } from './floor';
import { countsLine, countsText, StageCounts } from './testResult';

/**
 * Runs one test stage as its own process: prints `name: N passed, N failed, N skipped`, hands the
 * counts to the aggregating runner (the file named by PAYMO_TEST_COUNTS_FILE), and exits non-zero
 * when a test failed or was skipped, fewer passed than the stage's floor (test/floor.json), or the
 * stage itself crashed.
 */
export function runStage(name: string, body: () => Promise<StageCounts>): void {
  body().then(
    (counts) => {
      const countsFile = process.env.PAYMO_TEST_COUNTS_FILE;
      if (countsFile) {
        fs.writeFileSync(countsFile, countsLine(counts) + '\n');
      }
      console.log(`\n${name}: ${countsText(counts)}`);
      const problems = stageProblems(name, counts);
      problems.forEach((problem) => console.error(`${name}: ${problem}`));
      process.exit(problems.length > 0 ? 1 : 0);
    },
    (error: unknown) => {
      console.error(`\n${name} stage crashed:`, error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(2);
    },
  );
}

/** What makes a stage's run a failure besides a crash: the same rules here and in the runner of all stages. */
export function stageProblems(name: string, counts: StageCounts): string[] {
  const problems: string[] = [];
  if (counts.failed > 0) problems.push(`${counts.failed} failed`);
  if (counts.skipped > 0) problems.push(`${counts.skipped} skipped: no test may be skipped`);
  if (counts.passed + counts.failed === 0) problems.push('ran no test');
  // With failures the count is low anyway: the floor speaks only about tests gone missing.
  const floor = counts.failed === 0 ? belowFloor(name, counts.passed) : undefined;
  if (floor) problems.push(floor);
  return problems;
}
