import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { startCodeServer } from '../test/harness/codeServer';
import { packagedExtension, outDir, repoRoot } from '../test/harness/paths';
import { sandboxEnvironment, sandboxSettings } from '../test/harness/sandboxEnv';
import { cacheRoot } from './codeServerPaths';

// `npm start` (after `npm run package` and the build): the sandbox with the demo data in a folder
// that lasts between runs, and a real VS Code with the packaged extension installed, pointed at it
// and signed in. Desktop `code` when it is on PATH (unless `-- --code-server`), otherwise
// code-server on a loopback port. Runs until Ctrl+C, then stops everything it started.

const demoRoot = path.join(cacheRoot(), 'demo');

/**
 * The window opens on the extension's walkthrough (the extension opens it when it gets the demo key):
 * no empty editor or Welcome page before it, and no empty secondary side bar (the chat's) beside it.
 */
const DEMO_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
};
const useCodeServer = process.argv.includes('--code-server') || !hasDesktopCode();

async function main(): Promise<void> {
  const vsix = packagedExtension();
  const sandbox = await startSandbox({ dataDir: path.join(demoRoot, 'data'), seed: 'demo' });
  const stops: Array<() => Promise<void> | void> = [() => sandbox.close()];
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    for (const stop of stops.reverse()) await stop();
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  const workspace = path.join(demoRoot, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  printSandbox(sandbox);
  if (useCodeServer) {
    const server = await startCodeServer({
      runDir: path.join(demoRoot, 'code-server'),
      settings: { ...DEMO_SETTINGS, ...sandboxSettings(sandbox) },
      extensions: [vsix],
      // The extension stores this key in SecretStorage on activation (loopback servers only):
      // code-server keeps secrets in the browser, which this script cannot reach.
      env: { PAYMO_CONTACTS_DEMO_KEY: sandbox.apiKey },
      testDriver: false,
    });
    stops.push(() => server.stop());
    console.log(`\nVS Code (code-server) is ready. Open this URL in your browser:\n\n    ${server.workbenchUrl(workspace)}\n`);
  } else {
    const child = openDesktop(sandbox, vsix, workspace);
    stops.push(() => {
      child.kill();
    });
    console.log('\nVS Code is open with Paymo Contacts signed in to the sandbox.');
  }
  console.log('Press Ctrl+C to stop.');
}

function hasDesktopCode(): boolean {
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Installs the .vsix into a demo profile, signs in once through a test payload, then opens the window. */
function openDesktop(sandbox: Sandbox, vsix: string, workspace: string) {
  const userDataDir = path.join(demoRoot, 'desktop', 'user-data');
  const extensionsDir = path.join(demoRoot, 'desktop', 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...DEMO_SETTINGS, ...sandboxSettings(sandbox) }, null, 2) + '\n');
  const profile = [`--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`];
  const env = { ...process.env, ...sandboxEnvironment(sandbox), PAYMO_CONTACTS_DEMO_KEY: sandbox.apiKey };
  codeSync([...profile, '--install-extension', vsix, '--force'], env, 'install the extension');
  codeSync(
    [
      ...profile,
      `--extensionDevelopmentPath=${path.join(repoRoot, 'test', 'harness', 'signInHost')}`,
      `--extensionTestsPath=${path.join(outDir, 'test', 'harness', 'signInOnce.js')}`,
      workspace,
    ],
    env,
    'sign in to the sandbox',
  );
  return spawn('code', [...profile, '--new-window', '--wait', workspace], { env, stdio: 'inherit' });
}

function codeSync(args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const result = spawnSync('code', args, { env, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`VS Code could not ${what} (exit ${result.status ?? result.signal})`);
  }
}

function printSandbox(sandbox: Sandbox): void {
  console.log(`Paymo sandbox listening on ${sandbox.apiUrl} (data: ${sandbox.dataDir})`);
  console.log(`Demo sign-in: API key ${sandbox.apiKey}, or ${sandbox.email} / ${sandbox.password}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
