import { format } from 'node:util';
import { BrowserContext } from 'playwright-core';
import { CodeServer } from './codeServer';

export interface SuiteRun {
  /** Folder on this machine holding the extension's package.json. */
  extensionDevelopmentPath: string;
  /** The suite's compiled `index.js`, which exports `run()`. */
  testsPath: string;
  /** Workspace folder the window opens. */
  folder: string;
  /** Environment for the extension host (the suite reads the sandbox's address from it). */
  env: Record<string, string>;
  onLog(line: string): void;
  /** The whole run's limit (default 15 minutes). */
  timeoutMs?: number;
  /**
   * How long the suite may print nothing (default 2 minutes). Every mocha test has a 30 s timeout,
   * so silence this long means the extension host is blocked and no timeout can fire in it.
   */
  silenceMs?: number;
}

// The workbench's own reconnect chatter, which goes on while a blocked extension host says nothing.
const WORKBENCH_CHATTER = /^(\[remote-connection\]|Creating a socket|Resolving connection|Resolved connection|Extension host \(Remote\) is unresponsive)/;

/**
 * Runs a mocha suite inside code-server's extension host through the smoke-test driver's payload,
 * and resolves with the exit code the suite reported.
 */
export async function runSuiteInWorkbench(server: CodeServer, context: BrowserContext, run: SuiteRun): Promise<number> {
  const page = await context.newPage();
  try {
    let reportExit: (code: number) => void = () => undefined;
    let reportFailure: (error: Error) => void = () => undefined;
    const exited = new Promise<number>((resolve, reject) => {
      reportExit = resolve;
      reportFailure = reject;
    });
    const silenceMs = run.silenceMs ?? 120_000;
    let lastOutput = Date.now();
    const lastLines: string[] = [];
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      // The suite's console calls arrive as their arguments: format them as console.log would.
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (!WORKBENCH_CHATTER.test(line)) {
        lastOutput = Date.now();
        lastLines.push(line);
        lastLines.splice(0, lastLines.length - 5);
      }
      run.onLog(line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    const url = server.workbenchUrl(run.folder, [
      ['extensionDevelopmentPath', server.remoteUri(run.extensionDevelopmentPath)],
      ['extensionTestsPath', server.remoteUri(run.testsPath)],
      ['extensionEnvironment', JSON.stringify(run.env)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(url);
    const timeoutMs = run.timeoutMs ?? 15 * 60_000;
    const started = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - lastOutput > silenceMs) {
        reportFailure(new Error(`the suite printed nothing for ${silenceMs / 1000} s (a blocked extension host?) after:\n${lastLines.join('\n')}`));
      } else if (Date.now() - started > timeoutMs) {
        reportFailure(new Error(`the suite did not finish within ${timeoutMs / 1000} s`));
      }
    }, 1_000);
    try {
      return await exited;
    } finally {
      clearInterval(watchdog);
    }
  } finally {
    await page.close();
  }
}
