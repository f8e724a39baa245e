// Heap held by the loaded model against the JSON bytes it came from, measured in a child
// process (see children/memoryChild.ts) so that nothing else in this process moves the heap.
import { runChild } from '../childProcess';
import type { MemoryInput } from '../children/memoryChild';
import { floorLoad, pagesOfStoreLoad } from '../floor';
import { largeSet, type BenchContext, type Part } from '../part';
import { median } from '../stats';

const SAMPLES = 3;

async function run(ctx: BenchContext) {
  await largeSet(ctx);
  const { urls, authorization } = await pagesOfStoreLoad(ctx.sandbox, ctx.cfg.pageSize);
  const jsonBytes = (await floorLoad(urls, authorization)).bytes;
  const input: MemoryInput = { sandbox: ctx.sandbox.info, pageSize: ctx.cfg.pageSize, samples: SAMPLES };
  const deltas = await runChild<number[]>('memoryChild', input, ['--expose-gc']);
  const heap = median(deltas);
  return {
    'memory.heapKiB': {
      value: heap / 1024,
      note: `heapUsed after gc, ${SAMPLES} loads kept alive: ${deltas.map((d) => (d / 1024).toFixed(0)).join(', ')} KiB`,
    },
    'memory.jsonKiB': { value: jsonBytes / 1024, note: 'response bodies of one full load' },
    'memory.ratio': { value: heap / jsonBytes },
  };
}

export const part: Part = { name: 'memory', seconds: 5, rows: ['memory.heapKiB', 'memory.jsonKiB', 'memory.ratio'], run };
