import Mocha from 'mocha';
import { StageCounts } from './testResult';

/**
 * What every stage's mocha refuses, so that the suite cannot shrink without anyone noticing: a
 * `.only` left in (the rest would not run) and a pending test (`it.skip`, an `it` without a body).
 * `.mocharc.unit.json` and `.vscode-test.mjs` say the same for runs through mocha's own CLI.
 */
export const NO_SHRINKING = { forbidOnly: true, forbidPending: true } as const;

/** Runs mocha over `files` in this process and resolves with its counts. */
export async function runMochaFiles(files: string[], options: Mocha.MochaOptions): Promise<StageCounts> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', ...options, ...NO_SHRINKING });
  files.forEach((file) => mocha.addFile(file));
  await mocha.loadFilesAsync();
  return new Promise<StageCounts>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0, skipped: runner.stats?.pending ?? 0 }));
  });
}
