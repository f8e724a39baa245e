// The shipped bundles' sizes: the extension's (minified, as packaged) and the webview's.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { extensionBundle } from '../extensionBundle';
import type { BenchContext, Part } from '../part';

async function kib(file: string): Promise<number> {
  return (await stat(file)).size / 1024;
}

async function run(ctx: BenchContext) {
  const bundle = await extensionBundle(ctx);
  const css = path.join(ctx.root, 'dist', 'webview', 'form.css');
  return {
    'bundle.extensionKiB': {
      value: await kib(bundle.file),
      note: bundle.built ? 'npm run build -- --production' : 'dist/ as found: not rebuilt, maybe not minified',
    },
    'bundle.webviewKiB': {
      value: await kib(path.join(ctx.root, 'dist', 'webview', 'form.js')),
      note: existsSync(css) ? `+ ${(await kib(css)).toFixed(1)} KiB css` : '',
    },
  };
}

export const part: Part = { name: 'bundle', seconds: 2, rows: ['bundle.extensionKiB', 'bundle.webviewKiB'], run };
