import { findFiles } from '../harness/findFiles';
import { runMochaFiles } from '../harness/mochaRun';
import { countsLine } from '../harness/testResult';

/**
 * The extension-host suite's entry (`extensionTestsPath`): runs every `*.test.js` next to it with
 * mocha, prints the counts for the runner that aggregates them, and rejects on failure.
 */
export async function run(): Promise<void> {
  // `PAYMO_TEST_GREP=<text> npm run test:extension` runs only the tests whose title holds the text (the floor then fails the stage).
  const grep = process.env.PAYMO_TEST_GREP;
  const files = findFiles(__dirname, '.test.js');
  const counts = await runMochaFiles(files, { color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  console.log(countsLine(counts));
  if (counts.failed > 0) {
    throw new Error(`${counts.failed} extension-host test(s) failed`);
  }
  if (counts.passed === 0) {
    throw new Error(`No extension-host test ran (found ${files.length} test file(s) under ${__dirname})`);
  }
}
