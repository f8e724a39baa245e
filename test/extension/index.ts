import Mocha from 'mocha';
import { findFiles } from '../harness/findFiles';
import { countsLine, StageCounts } from '../harness/testResult';

/**
 * The extension-host suite's entry (`extensionTestsPath`): runs every `*.test.js` next to it with
 * mocha, prints the counts for the runner that aggregates them, and rejects on failure.
 */
export async function run(): Promise<void> {
  const grep = process.env.PAYMO_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  const files = findFiles(__dirname, '.test.js');
  files.forEach((file) => mocha.addFile(file));
  await mocha.loadFilesAsync();
  const counts = await new Promise<StageCounts>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
  console.log(countsLine(counts));
  if (counts.failed > 0) {
    throw new Error(`${counts.failed} extension-host test(s) failed`);
  }
  if (counts.passed === 0) {
    throw new Error(`No extension-host test ran (found ${files.length} test file(s) under ${__dirname})`);
  }
}
