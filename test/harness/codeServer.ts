import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeServerInstall } from '../../scripts/codeServerPaths';
import { cleanEnv, ensureCodeServer } from '../../scripts/installCodeServer';
import { freePort } from './freePort';

export interface CodeServerOptions {
  /** A folder of its own for this run: config, user data, extensions, XDG folders, log. Emptied first. */
  runDir: string;
  /** Written to `<user-data-dir>/User/settings.json` on top of quiet test defaults. */
  settings?: Record<string, unknown>;
  /** `.vsix` files installed into the run's extensions folder before start. */
  extensions?: string[];
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
  /**
   * Accept test payloads (default true). Off for a window a person uses: the smoke-test driver
   * also hides notification toasts.
   */
  testDriver?: boolean;
  /**
   * Workspace trust on (default off: `--disable-workspace-trust`): every folder opens untrusted, in
   * Restricted Mode, without the question at start and with the banner that says so.
   */
  workspaceTrust?: boolean;
  /**
   * VS Code's display language (`--locale`), which the extension reads as `vscode.env.language` and
   * loads its translations for. VS Code's own words stay English (see `registerDisplayLanguage`).
   */
  locale?: string;
  log?: (line: string) => void;
}

export interface CodeServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** A workbench URL opening `folder`, with an optional smoke-test payload. */
  workbenchUrl(folder: string, payload?: ReadonlyArray<readonly [string, string]>): string;
  /** The `vscode-remote://` form of a path on this machine, as payload entries want it. */
  remoteUri(absolutePath: string): string;
  /** Ends code-server with its whole process group (its file watchers and extension hosts too). */
  stop(): Promise<void>;
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** With workspace trust on: folders open in Restricted Mode, saying so in a banner and the status bar. */
const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
  'security.workspace.trust.emptyWindow': false,
};

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const log = options.log ?? (() => undefined);
  const install = ensureCodeServer(log);
  const dirs = prepareRunDir(options.runDir);
  writeSettings(dirs.userDataDir, { ...QUIET_SETTINGS, ...(options.workspaceTrust ? UNTRUSTED_SETTINGS : {}), ...options.settings });
  if (options.locale && !options.locale.startsWith('en')) registerDisplayLanguage(options.runDir, dirs.userDataDir, options.locale);
  const env = { ...cleanEnv(), ...xdgEnv(options.runDir), PATH: pathWith(install), ...options.env };
  for (const vsix of options.extensions ?? []) {
    installExtension(install, dirs, vsix, env);
  }

  const port = await freePort();
  const config = path.join(options.runDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFd = fs.openSync(dirs.logFile, 'a');
  // detached: its own process group (setsid), so that stop() can end every process it started.
  const child = spawn(
    install.node,
    [
      install.entry,
      '--config',
      config,
      '--user-data-dir',
      dirs.userDataDir,
      '--extensions-dir',
      dirs.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      ...(options.locale ? ['--locale', options.locale] : []),
      // Without it the workbench ignores a test payload and nothing runs.
      ...(options.testDriver === false ? [] : ['--vscode-option', 'enable-smoke-test-driver']),
    ],
    { detached: true, env, stdio: ['ignore', logFd, logFd] },
  );
  fs.closeSync(logFd);
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', killOnExit);

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, child, dirs.logFile);
  } catch (error) {
    killGroup(child, 'SIGKILL');
    throw error;
  }
  log(`code-server listening on ${origin} (log: ${dirs.logFile})`);

  const remoteUri = (absolutePath: string) => `vscode-remote://127.0.0.1:${port}${absolutePath}`;
  return {
    origin,
    port,
    ...dirs,
    remoteUri,
    workbenchUrl(folder, payload) {
      const url = new URL(origin);
      url.searchParams.set('folder', folder);
      if (payload) {
        url.searchParams.set('payload', JSON.stringify(payload));
      }
      return url.toString();
    },
    async stop() {
      process.off('exit', killOnExit);
      await stopGroup(child);
    },
  };
}

function prepareRunDir(runDir: string) {
  fs.rmSync(runDir, { recursive: true, force: true });
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  return { userDataDir, extensionsDir, logFile: path.join(runDir, 'code-server.log') };
}

/**
 * Makes `locale` a display language code-server accepts. The server takes `--locale` only for a
 * language with a language pack, which it looks up in `<user-data-dir>/languagepacks.json` (VS Code
 * writes that file when a pack is installed); without one the workbench and `vscode.env.language`
 * stay English. Microsoft's packs cannot be downloaded here, so the entry names a translation file
 * that translates nothing: VS Code's own words stay English, the extension's follow `locale`. The
 * entry names the pack it came from, as VS Code's do: the server lists the installed languages by it,
 * and would otherwise try to download a pack from the gallery before it lists any extension.
 */
function registerDisplayLanguage(runDir: string, userDataDir: string, locale: string): void {
  const translations = path.join(runDir, `vscode.${locale}.i18n.json`);
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const extensions = [{ extensionIdentifier: { id: `paymo-contacts-tests.language-pack-${locale}` }, version: '0.0.0' }];
  const pack = { hash: `tests-${locale}`, extensions, translations: { vscode: translations }, label: locale };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

export function writeSettings(userDataDir: string, settings: Record<string, unknown>): void {
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

function xdgEnv(runDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, folder] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
  ]) {
    env[name!] = path.join(runDir, 'xdg', folder!);
    fs.mkdirSync(env[name!]!, { recursive: true });
  }
  return env;
}

function pathWith(install: CodeServerInstall): string {
  return `${install.nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`;
}

function installExtension(install: CodeServerInstall, dirs: { userDataDir: string; extensionsDir: string }, vsix: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(
    install.node,
    [install.entry, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', env },
  );
  if (result.status !== 0) {
    throw new Error(`code-server could not install ${vsix}:\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForHealth(origin: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited at start (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${origin} within 60 s:\n${tail(logFile)}`);
}

function tail(file: string): string {
  return fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // the group is gone already
  }
}

function groupAlive(child: ChildProcess): boolean {
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  killGroup(child, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (groupAlive(child) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  killGroup(child, 'SIGKILL');
}
