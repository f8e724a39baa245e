import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { launchWorkbenchBrowser, type WorkbenchBrowser } from '../../harness/browser';
import { startCodeServer, type CodeServer, type CodeServerOptions } from '../../harness/codeServer';
import { keepLogs, newRunDir, resultsDir } from '../../harness/paths';
import { sandboxSettings } from '../../harness/sandboxEnv';
import { signInOnce } from '../../harness/signIn';

/** What every journey of a stage shares: one sandbox, one code-server, one browser context. */
export interface UiSession {
  sandbox: Sandbox;
  server: CodeServer;
  browser: WorkbenchBrowser;
  /** code-server's user data, extensions and the journeys' workspaces. */
  runDir: string;
  /** test-results/ui: a folder per journey with its screenshots, and logs/. */
  resultsDir: string;
  /** The packaged extension the session's code-server has installed. */
  vsix: string;
  log(line: string): void;
}

export const DARK_THEME = 'Dark 2026';
export const LIGHT_THEME = 'Light 2026';

let current: UiSession | undefined;

export function uiSession(): UiSession {
  if (!current) {
    throw new Error('No UI session: journeys run through `npm run test:ui`');
  }
  return current;
}

/**
 * Starts the sandbox with the demo data and code-server with the packaged extension installed and
 * pointed at it, then signs in once through the extension's sign-in command.
 */
export async function startUiSession(vsix: string): Promise<UiSession> {
  const runDir = newRunDir('ui');
  const results = path.join(resultsDir, 'ui');
  fs.rmSync(results, { recursive: true, force: true });
  fs.mkdirSync(path.join(results, 'logs'), { recursive: true });
  const runLog = path.join(results, 'logs', 'run.log');
  const log = (line: string) => {
    fs.appendFileSync(runLog, line + '\n');
    console.log(`      ${line}`);
  };

  const sandbox = await startSandbox({ seed: 'demo' });
  const started: Partial<UiSession> = { sandbox };
  try {
    started.server = await startCodeServer({
      runDir,
      settings: { ...sandboxSettings(sandbox), 'workbench.colorTheme': DARK_THEME },
      extensions: [vsix],
      log,
    });
    started.browser = await launchWorkbenchBrowser();
    await signIn({ sandbox, server: started.server, browser: started.browser, runDir, resultsDir: results, vsix, log });
  } catch (error) {
    await stopParts(started);
    keepLogs(runDir, path.join(results, 'logs'));
    throw error;
  }
  current = { sandbox, server: started.server, browser: started.browser, runDir, resultsDir: results, vsix, log };
  return current;
}

/**
 * A second code-server beside the session's, with workspace trust on: every folder it opens is
 * untrusted (Restricted Mode). The caller stops it.
 */
export function startUntrustedCodeServer(): Promise<CodeServer> {
  return startSecondCodeServer('untrusted', { workspaceTrust: true });
}

/** A second code-server showing VS Code in `locale` (`--locale`). The caller stops it. */
export function startServerInLanguage(locale: string): Promise<CodeServer> {
  return startSecondCodeServer(`locale-${locale}`, { locale });
}

/**
 * A code-server beside the session's, named `name` in the run's folders and logs: the same extension
 * is installed and pointed at the same sandbox, but nothing is signed in (its window keeps
 * SecretStorage for its own address).
 */
async function startSecondCodeServer(name: string, options: Pick<CodeServerOptions, 'workspaceTrust' | 'locale'>): Promise<CodeServer> {
  const { sandbox, runDir, vsix, log, resultsDir } = uiSession();
  const serverDir = path.join(runDir, name);
  const server = await startCodeServer({
    runDir: serverDir,
    settings: { ...sandboxSettings(sandbox), 'workbench.colorTheme': DARK_THEME },
    extensions: [vsix],
    ...options,
    log,
  });
  return {
    ...server,
    async stop() {
      await server.stop();
      keepLogs(serverDir, path.join(resultsDir, 'logs', name));
    },
  };
}

/**
 * Signs in to the sandbox again, as at the start. After a failed journey the session may be left
 * signed out or pointed elsewhere; this keeps one failure from failing every journey after it.
 */
export async function restoreSignIn(): Promise<void> {
  await signIn(uiSession());
}

async function signIn(session: UiSession): Promise<void> {
  const { sandbox, server, browser, runDir, log } = session;
  // The sign-in window's own chatter goes to the run log only.
  const quiet = (line: string) => fs.appendFileSync(path.join(session.resultsDir, 'logs', 'run.log'), line + '\n');
  await signInOnce(server, browser.context, sandbox, path.join(runDir, 'workspaces', 'sign-in'), quiet);
  log(`signed in to ${sandbox.apiUrl} through paymoContacts.signIn`);
}

export async function stopUiSession(): Promise<void> {
  if (current) {
    const session = current;
    current = undefined;
    await stopParts(session);
  }
}

async function stopParts(parts: Partial<UiSession>): Promise<void> {
  await parts.browser?.close();
  await parts.server?.stop();
  await parts.sandbox?.close();
}
