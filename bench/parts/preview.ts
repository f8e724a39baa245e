// Part: the import preview of a large vCard file, measured in a child that plays the
// extension host (children/previewChild.ts): the time for every choice, how it grows from a quarter
// of the file, the host's longest block while the worker reads, the memory it holds, and 20,000
// cards of one name created anyway; each against the code before (a read per choice, in the host's
// thread) in the same run. Fills the sandbox's large set itself: the account's contacts are what
// the cards are matched with.
import { runChild } from '../childProcess';
import type { PreviewInput, PreviewResult } from '../children/previewChild';
import { previewSize } from '../config';
import { largeSet, type BenchContext, type Part } from '../part';
import type { Measurements } from '../rows';
import { median } from '../stats';

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

async function run(ctx: BenchContext): Promise<Measurements> {
  const { cfg, sandbox } = ctx;
  await largeSet(ctx);
  const size = previewSize(cfg);
  const input: PreviewInput = { sandbox: sandbox.info, pageSize: cfg.pageSize, ...size };
  const r = await runChild<PreviewResult>('previewChild', input, ['--expose-gc']);
  const seconds = median(r.seconds);
  const perCard = seconds / size.cards;
  const smallPerCard = median(r.smallSeconds) / size.smallCards;
  const oldPerCard = r.oldSmallSeconds / size.oldCards;
  return {
    'preview.seconds': {
      value: seconds,
      note: `${mb(r.fileBytes)} MB against ${r.contacts.toLocaleString('en')} contacts; runs ${r.seconds.map((s) => s.toFixed(2)).join(', ')} s`,
    },
    'preview.linearity': { value: perCard / smallPerCard, note: `${(smallPerCard * 1e6).toFixed(1)} µs per card at ${size.smallCards.toLocaleString('en')}` },
    'preview.oldRatio': {
      value: oldPerCard / smallPerCard,
      note: `before: ${r.oldSmallSeconds.toFixed(2)} s for ${size.oldCards.toLocaleString('en')} cards (7 reads, in the host's thread), now ${median(r.smallSeconds).toFixed(2)} s`,
    },
    'preview.hostBlockMs': {
      value: r.blockMs,
      note: `the same timer idle: ${r.idleBlockMs.toFixed(0)} ms; before, the host was held for the whole preview; after Confirm, one choice's rows ${r.chooseMs.toFixed(0)} ms and the plan ${r.planMs.toFixed(0)} ms, each in one turn`,
    },
    'preview.memoryRatio': {
      value: r.hostPeakBytes / r.fileBytes,
      note: `${mb(r.hostPeakBytes)} MB at the peak for ${mb(r.fileBytes)} MB, ${mb(r.heldBytes)} MB held after (heap + buffers)`,
    },
    'preview.peakRatio': { value: r.peakBytes / r.fileBytes, note: `${mb(r.peakBytes)} MB resident at the peak, the worker thread and the file included` },
    'preview.oneNameSeconds': {
      value: r.oneNameSeconds,
      note: `through the worker; in the host's thread, warm: ${r.oneNameHereSeconds.toFixed(2)} s (reading alone: ${r.oneNameReadSeconds.toFixed(2)} s)`,
    },
    'preview.oneNameRatio': { value: r.oldOneNameSeconds / r.oneNameSeconds, note: `before: ${r.oldOneNameSeconds.toFixed(2)} s` },
  };
}

export const part: Part = {
  name: 'preview',
  seconds: 93,
  rows: [
    'preview.seconds',
    'preview.linearity',
    'preview.oldRatio',
    'preview.hostBlockMs',
    'preview.memoryRatio',
    'preview.peakRatio',
    'preview.oneNameSeconds',
    'preview.oneNameRatio',
  ],
  run,
};
