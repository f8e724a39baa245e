// Desktop runs of the extension-host suite (`npx vscode-test`), for machines that can download
// VS Code. Here and in CI the same suite runs inside code-server instead: `npm run test:extension`.
// Build first: `npm run build && npx tsc -p .`.
import { defineConfig } from '@vscode/test-cli';
import * as fs from 'node:fs';
import * as path from 'node:path';
import sandboxModule from './out/sandbox/server.js';

// The suite talks to a sandbox with the demo data, like every run; the CLI exits when the tests
// end, which ends the sandbox too.
const sandbox = await sandboxModule.startSandbox({ seed: 'demo' });

const userDataDir = path.resolve('.vscode-test', 'user-data-paymo');
fs.rmSync(userDataDir, { recursive: true, force: true });
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userDataDir, 'User', 'settings.json'),
  JSON.stringify({ 'paymoContacts.baseUrl': sandbox.apiUrl, 'workbench.startupEditor': 'none' }, null, 2),
);
const workspaceFolder = path.resolve('.vscode-test', 'workspace');
fs.mkdirSync(workspaceFolder, { recursive: true });

export default defineConfig({
  files: 'out/test/extension/**/*.test.js',
  workspaceFolder,
  launchArgs: [`--user-data-dir=${userDataDir}`, '--disable-extensions'],
  env: {
    PAYMO_SANDBOX_URL: sandbox.apiUrl,
    PAYMO_SANDBOX_KEY: sandbox.apiKey,
    PAYMO_SANDBOX_ORIGIN: sandbox.origin,
  },
  mocha: { ui: 'bdd', timeout: 30_000, forbidOnly: true, forbidPending: true },
});
