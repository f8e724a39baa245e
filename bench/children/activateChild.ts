// In a fresh process: time to require the shipped bundle and to run its `activate`, with
// `vscode` resolved to the recording stub. Synchronous fs calls and network connections are counted
// while activate runs (it must do neither) and for a moment after, when background work would start.
import fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fakeContext } from './fakeContext';
import { countInto, countNetwork, countSyncFs, type Counts } from './ioCounters';
import { serveOnce } from './protocol';
import * as vscode from './vscodeStub';

export interface ActivateInput {
  bundle: string;
  extensionRoot: string;
  settleMs: number;
}
export interface ActivateResult {
  requireMs: number;
  activateMs: number;
  /** `fs.*Sync` calls by name, during activate. */
  syncFs: Record<string, number>;
  network: number;
  /** The same, in the `settleMs` after activate returned. */
  syncFsAfter: Record<string, number>;
  networkAfter: number;
  vscodeCalls: Record<string, number>;
}

function resolveVscodeToStub(): void {
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = loader._resolveFilename;
  const stub = require.resolve('./vscodeStub');
  loader._resolveFilename = (request, ...rest) => (request === 'vscode' ? stub : resolve(request, ...rest));
}

async function measure({ bundle, extensionRoot, settleMs }: ActivateInput): Promise<ActivateResult> {
  countSyncFs();
  countNetwork();
  resolveVscodeToStub();
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'paymo-bench-activate-'));
  const context = fakeContext(extensionRoot, storage);
  const t0 = performance.now();
  const extension = require(bundle) as { activate(context: unknown): unknown };
  const t1 = performance.now();
  const during = countInto<Counts>({ syncFs: {}, network: 0 });
  const t2 = performance.now();
  await extension.activate(context);
  const t3 = performance.now();
  const after = countInto<Counts>({ syncFs: {}, network: 0 });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  countInto(undefined);
  fs.rmSync(storage, { recursive: true, force: true });
  return {
    requireMs: t1 - t0,
    activateMs: t3 - t2,
    syncFs: during.syncFs,
    network: during.network,
    syncFsAfter: after.syncFs,
    networkAfter: after.network,
    vscodeCalls: Object.fromEntries(vscode.calls),
  };
}

void serveOnce(measure);
