import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSandbox } from '../../../sandbox/server';
import { launchWorkbenchBrowser } from '../browser';
import { startCodeServer } from '../codeServer';
import { runSuiteInWorkbench } from '../payload';
import { keepLogs, newRunDir, outDir, repoRoot, resultsDir } from '../paths';
import { sandboxEnvironment, sandboxSettings } from '../sandboxEnv';
import { runStage } from '../stage';
import { parseCounts, StageCounts } from '../testResult';

// The extension-host suite: test/extension's mocha tests inside code-server with the full vscode API,
// the extension loaded from this checkout, against a sandbox with the demo data (and a second one, the
// server of another Paymo account, for the tests of several accounts).
runStage('extension-host', async (): Promise<StageCounts> => {
  const runDir = newRunDir('extension');
  const results = path.join(resultsDir, 'extension');
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(results, { recursive: true });
  const output: string[] = [];

  const sandbox = await startSandbox({ seed: 'demo' });
  const second = await startSandbox({ seed: 'demo' });
  try {
    const server = await startCodeServer({ runDir, settings: sandboxSettings(sandbox), log: console.log });
    try {
      const browser = await launchWorkbenchBrowser();
      try {
        const folder = path.join(runDir, 'workspace');
        fs.mkdirSync(folder, { recursive: true });
        const exitCode = await runSuiteInWorkbench(server, browser.context, {
          extensionDevelopmentPath: repoRoot,
          testsPath: path.join(outDir, 'test', 'extension', 'index.js'),
          folder,
          env: sandboxEnvironment(sandbox, second),
          onLog: (line) => {
            output.push(line);
            console.log(line);
          },
        });
        const counts = parseCounts(output.join('\n'));
        if (!counts) {
          throw new Error(`the suite exited with ${exitCode} without reporting its counts (see ${results})`);
        }
        return counts;
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
      keepLogs(runDir, path.join(results, 'logs'));
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  } finally {
    fs.writeFileSync(path.join(results, 'output.log'), output.join('\n') + '\n');
    await Promise.all([sandbox.close(), second.close()]);
  }
});
