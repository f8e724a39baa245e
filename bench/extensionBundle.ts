// The extension bundle that the bundle and activation parts measure. A full run measures a fresh
// production build, made once per run whichever of the two comes first; a smoke run takes dist/ as it
// is when present, so that a test never rewrites the bundle under another suite's feet.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { BenchContext } from './part';

export interface ExtensionBundle {
  /** dist/extension.js */
  file: string;
  /** Whether this run built it (a production build) rather than finding it. */
  built: boolean;
}

const builds = new Map<string, Promise<void>>();

export async function extensionBundle({ cfg, root }: BenchContext): Promise<ExtensionBundle> {
  const file = path.join(root, 'dist', 'extension.js');
  const build = cfg.name === 'full' || !existsSync(file);
  if (build) {
    if (!builds.has(root))
      builds.set(
        root,
        promisify(execFile)('npm', ['run', 'build', '--', '--production'], { cwd: root }).then(() => undefined),
      );
    await builds.get(root);
  }
  return { file, built: build };
}
