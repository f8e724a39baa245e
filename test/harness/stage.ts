import * as fs from 'node:fs';
import { countsLine, StageCounts } from './testResult';

/**
 * Runs one test stage as its own process: prints `name: N passed, N failed`, hands the counts to
 * the aggregating runner (the file named by PAYMO_TEST_COUNTS_FILE), and exits non-zero when a
 * test failed, none ran, or the stage itself crashed.
 */
export function runStage(name: string, body: () => Promise<StageCounts>): void {
  body().then(
    (counts) => {
      const countsFile = process.env.PAYMO_TEST_COUNTS_FILE;
      if (countsFile) {
        fs.writeFileSync(countsFile, countsLine(counts) + '\n');
      }
      console.log(`\n${name}: ${counts.passed} passed, ${counts.failed} failed`);
      if (counts.passed + counts.failed === 0) {
        console.error(`${name}: no test ran`);
      }
      process.exit(counts.failed > 0 || counts.passed + counts.failed === 0 ? 1 : 0);
    },
    (error: unknown) => {
      console.error(`\n${name} stage crashed:`, error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(2);
    },
  );
}
