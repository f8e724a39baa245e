import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Sandbox } from '../../sandbox/server';
import type { CodeServer } from './codeServer';
import { runSuiteInWorkbench } from './payload';
import { outDir, repoRoot } from './paths';
import { sandboxEnvironment } from './sandboxEnv';

/**
 * Signs the installed extension in to the sandbox through its own sign-in command, once, in this
 * browser context (code-server keeps SecretStorage in the browser's localStorage).
 */
export async function signInOnce(
  server: CodeServer,
  context: BrowserContext,
  sandbox: Pick<Sandbox, 'apiUrl' | 'apiKey' | 'origin'>,
  folder: string,
  onLog: (line: string) => void,
): Promise<void> {
  fs.mkdirSync(folder, { recursive: true });
  const exitCode = await runSuiteInWorkbench(server, context, {
    extensionDevelopmentPath: path.join(repoRoot, 'test', 'harness', 'signInHost'),
    testsPath: path.join(outDir, 'test', 'harness', 'signInOnce.js'),
    folder,
    env: sandboxEnvironment(sandbox),
    onLog,
    timeoutMs: 120_000,
  });
  if (exitCode !== 0) {
    throw new Error(`Signing in to the sandbox through paymoContacts.signIn failed (exit ${exitCode})`);
  }
}
