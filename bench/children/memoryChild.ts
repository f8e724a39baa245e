// The memory part, in its own process (run with --expose-gc): heap retained by loaded models. A first load
// warms code and connections and is dropped; then each measured load is kept alive, and the heap
// grows by what the model holds, measured after full collections on both sides.
import type { PaymoApi } from '../../src/paymo/api';
import { loadStore, withClient } from '../subjects';
import type { SandboxInfo } from './sandboxChild';
import { serveOnce } from './protocol';

export interface MemoryInput {
  sandbox: SandboxInfo;
  pageSize: number;
  samples: number;
}

const retained: unknown[] = [];

function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memoryChild needs --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Its own function so that the dropped model is not kept alive by a register of the caller's suspended frame. */
async function warmUp(api: PaymoApi): Promise<void> {
  await loadStore(api);
}

void serveOnce(({ sandbox, pageSize, samples }: MemoryInput) =>
  withClient(sandbox, pageSize, async (paymo) => {
    await warmUp(paymo);
    const deltas: number[] = [];
    for (let i = 0; i < samples; i++) {
      const before = settledHeap();
      retained.push(await loadStore(paymo));
      deltas.push(settledHeap() - before);
    }
    return deltas;
  }),
);
