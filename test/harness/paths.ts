import * as fs from 'node:fs';
import * as path from 'node:path';

/** The checkout (this file runs from out/test/harness). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const outDir = path.join(repoRoot, 'out');
/** What a reviewer opens after a run: screenshots and logs (gitignored). */
export const resultsDir = path.join(repoRoot, 'test-results');
/** Scratch folders of a run: code-server's user data, extensions, workspaces (gitignored). */
export const runRoot = path.join(repoRoot, '.test-run');

/** A scratch folder of this run alone: several runs may share a checkout. */
export function newRunDir(stage: string): string {
  fs.mkdirSync(runRoot, { recursive: true });
  return fs.mkdtempSync(path.join(runRoot, `${stage}-`));
}

/** The `.vsix` that `npm run package` writes. */
export function packagedExtension(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
}

/** Copies code-server's logs of a run next to the stage's results. */
export function keepLogs(runDir: string, destination: string): void {
  fs.mkdirSync(destination, { recursive: true });
  const log = path.join(runDir, 'code-server.log');
  if (fs.existsSync(log)) {
    fs.copyFileSync(log, path.join(destination, 'code-server.log'));
  }
  const vscodeLogs = path.join(runDir, 'user-data', 'logs');
  if (fs.existsSync(vscodeLogs)) {
    fs.cpSync(vscodeLogs, path.join(destination, 'vscode'), { recursive: true });
  }
}
