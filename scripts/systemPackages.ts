// What the real-VS-Code tests and the demo need from Debian besides npm packages: Chromium for the
// UI journeys, and libkrb5 headers plus a compiler for code-server's native modules. On a fresh
// machine `npm test` and `npm start` install them when they can (as root with apt-get); otherwise
// they say exactly what to install.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const PACKAGES: ReadonlyArray<{ name: string; present: () => boolean }> = [
  { name: 'chromium', present: () => fs.existsSync(process.env.PAYMO_CHROMIUM ?? '/usr/bin/chromium') },
  { name: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/krb5.h') || fs.existsSync('/usr/include/krb5/krb5.h') },
  { name: 'build-essential', present: () => hasCommand('g++') && hasCommand('make') },
  { name: 'python3', present: () => hasCommand('python3') },
];

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function ensureSystemPackages(log: (line: string) => void = console.log): void {
  const missing = PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && hasCommand('apt-get');
  if (!canInstall) {
    throw new Error(`Missing system packages: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`Installing system packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...missing],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status}).`);
  }
}

if (require.main === module) {
  try {
    ensureSystemPackages();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
