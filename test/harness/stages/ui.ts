import * as fs from 'node:fs';
import * as path from 'node:path';
import { journeyHooks } from '../../ui/support/journey';
import { startUiSession, stopUiSession, uiSession } from '../../ui/support/session';
import { findFiles } from '../findFiles';
import { runMochaFiles } from '../mochaRun';
import { keepLogs, outDir, packagedExtension } from '../paths';
import { runStage } from '../stage';

// UI journeys: Playwright drives Debian's Chromium against one code-server with the packaged
// extension installed, signed in to one sandbox; screenshots and logs go to test-results/ui.
runStage('ui', async () => {
  const vsix = packagedExtension();
  if (!fs.existsSync(vsix)) {
    throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  }
  const files = findFiles(path.join(outDir, 'test', 'ui'), '.journey.js');
  const session = await startUiSession(vsix);
  const { runDir, resultsDir } = session;
  try {
    // `PAYMO_TEST_GREP=<text> npm run test:ui` runs only the journeys whose title holds the text (the floor then fails the stage).
    const grep = process.env.PAYMO_TEST_GREP;
    return await runMochaFiles(files, { timeout: 120_000, rootHooks: journeyHooks, ...(grep ? { grep } : {}) });
  } finally {
    uiSession().log(`screenshots and logs: ${path.relative(process.cwd(), resultsDir)}`);
    await stopUiSession();
    keepLogs(runDir, path.join(resultsDir, 'logs'));
    fs.rmSync(runDir, { recursive: true, force: true });
  }
});
