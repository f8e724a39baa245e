import Mocha from 'mocha';
import { StageCounts } from './testResult';

/** Runs mocha over `files` in this process and resolves with its counts. */
export async function runMochaFiles(files: string[], options: Mocha.MochaOptions): Promise<StageCounts> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', ...options });
  files.forEach((file) => mocha.addFile(file));
  await mocha.loadFilesAsync();
  return new Promise<StageCounts>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
}
