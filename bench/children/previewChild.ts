// The preview part, in its own process (run with --expose-gc) that plays the extension host: the
// account's model loaded from the sandbox, then a large vCard file previewed as the import command
// does (src/interchange/previewInWorker.ts: read and matched in a worker thread, every choice then
// read off the one result), while a timer measures how long this thread is kept from its event loop
// and memory is sampled. The code before the preview was read once (bench/baselines/perChoicePreview.ts) runs here too,
// in this thread as it did, for the baseline.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { LEFTOVER_KINDS, type LeftoverLabels } from '../../src/interchange/contactMapping';
import { DUPLICATE_CHOICES } from '../../src/interchange/duplicateChoice';
import { chosenRows, planImport } from '../../src/interchange/importPlan';
import { previewImport, type ExistingContact, type ImportPreview } from '../../src/interchange/importPreview';
import { previewInWorker } from '../../src/interchange/previewInWorker';
import { readVCards } from '../../src/interchange/vcardReader';
import { allChoicesPerChoice, perChoicePreview } from '../baselines/perChoicePreview';
import type { PreviewSizes } from '../config';
import { loadStore, withClient } from '../subjects';
import type { SandboxInfo } from './sandboxChild';
import { serveOnce } from './protocol';

export interface PreviewInput extends PreviewSizes {
  sandbox: SandboxInfo;
  pageSize: number;
}

export interface PreviewResult {
  fileBytes: number;
  contacts: number;
  /** Seconds for all choices, per run. */
  seconds: number[];
  smallSeconds: number[];
  oldSmallSeconds: number;
  /** Longest event-loop delay while the worker ran, ms; the same timer with nothing to do, ms. */
  blockMs: number;
  idleBlockMs: number;
  /** After Confirm, each in one turn of the host: the rows of one choice, and the plan made of them, ms. */
  chooseMs: number;
  planMs: number;
  /** Above the loaded model (see `memory`): the host's peak, what it holds after, the process's resident peak. */
  hostPeakBytes: number;
  heldBytes: number;
  peakBytes: number;
  oneNameSeconds: number;
  /** The same read, and read and matched and planned, in this thread, warm. */
  oneNameReadSeconds: number;
  oneNameHereSeconds: number;
  oldOneNameSeconds: number;
}

/** The words in the notes do not matter to the figures: each kind is labelled with its own name. */
const LABELS = Object.fromEntries(LEFTOVER_KINDS.map((kind) => [kind, kind])) as LeftoverLabels;

/** `count` cards of about 146 bytes, every tenth a person of the account (by email), with an address left over. */
export function benchCards(count: number, known: readonly ExistingContact[]): Buffer {
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) {
    const email = i % 10 === 0 && known.length ? known[i % known.length]!.email : `bench.person.${i}@example.com`;
    parts.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bench Person ${i}\r\nN:Person;Bench;;;\r\nEMAIL:${email}\r\nTEL;TYPE=CELL:+1 555 ${i}\r\nEND:VCARD\r\n`);
  }
  return Buffer.from(parts.join(''));
}

function oneNameCards(count: number, name: string): Buffer {
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) parts.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nTEL:+1 555 ${i}\r\nEND:VCARD\r\n`);
  return Buffer.from(parts.join(''));
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('previewChild needs --expose-gc');
  gc();
  gc();
}

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/**
 * The preview of every choice, as the import command gets it for a local file: the file's bytes (a
 * fresh read, given away) to the worker, its one result, then the rows of each choice.
 */
async function allChoices(fileName: string, bytes: Uint8Array, existing: readonly ExistingContact[]): Promise<ImportPreview> {
  const preview = await previewInWorker({ fileName, bytes, existing, leftoverLabels: LABELS }, { handOver: true });
  if (!preview) throw new Error('the preview was cancelled');
  for (const forAll of DUPLICATE_CHOICES) for (const keepLeftovers of [false, true]) chosenRows(preview, { forAll, keepLeftovers });
  return preview;
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

/** The longest delay of this thread's event loop while `work` runs, ms. */
async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    await work();
  } finally {
    delay.disable();
  }
  return delay.max / 1e6;
}

/**
 * Above the loaded model: the host's heap and buffers at their highest while the worker reads (the
 * file is the host's until the worker has its copy, as in the command) and once the preview is made
 * (its rows kept, as the command keeps them while the page is open); and the process's resident peak,
 * the worker thread included.
 */
async function memory(existing: readonly ExistingContact[], cards: number) {
  collect();
  const base = used();
  const baseRss = process.memoryUsage().rss;
  let bytes: Buffer | undefined = benchCards(cards, existing);
  const fileBytes = bytes.length;
  // The file as read from disk, without the garbage of making it: the host would have none.
  collect();
  let peakUsed = used();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakUsed = Math.max(peakUsed, used());
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  let preview: ImportPreview | undefined;
  const blockMs = await longestBlock(async () => {
    // As the command for a local file: a fresh read, handed over to the worker.
    const running = previewInWorker({ fileName: 'bench.vcf', bytes: bytes!, existing, leftoverLabels: LABELS }, { handOver: true });
    bytes = undefined;
    preview = await running;
  });
  clearInterval(sampler);
  collect();
  const heldBytes = used() - base;
  const { chooseMs, planMs } = confirmed(preview!, existing);
  return { fileBytes, blockMs, chooseMs, planMs, heldBytes, hostPeakBytes: Math.max(peakUsed, heldBytes + base) - base, peakBytes: peakRss - baseRss };
}

/** What Confirm does next in the host, each in one turn: the rows of the choice, then the plan. */
function confirmed(preview: ImportPreview, existing: readonly ExistingContact[]): { chooseMs: number; planMs: number } {
  const start = performance.now();
  const rows = chosenRows(preview, { forAll: 'skip' });
  const chosen = performance.now();
  planImport(rows, { owner: 'bench', clientId: 1, clientName: 'Bench', fileName: 'bench.vcf', existing, skipReason: () => '' });
  return { chooseMs: chosen - start, planMs: performance.now() - chosen };
}

void serveOnce((input: PreviewInput) =>
  withClient(input.sandbox, input.pageSize, async (api): Promise<PreviewResult> => {
    const store = await loadStore(api);
    const existing = store.allContacts();
    // Warms the worker's code and this thread's, as a second import in a session would find them.
    await allChoices('warm.vcf', benchCards(200, existing), existing);
    const idleBlockMs = await longestBlock(() => sleep(2000));
    const measured = await memory(existing, input.cards);
    const big = benchCards(input.cards, existing);
    const small = benchCards(input.smallCards, existing);
    const secondsOf: number[] = [];
    const smallSecondsOf: number[] = [];
    for (let run = 0; run < input.runs; run++) {
      // Each run reads its file afresh, as each import does; the copy stands for the read, outside the time.
      const [smallRead, bigRead] = [Buffer.from(small), Buffer.from(big)];
      smallSecondsOf.push(await seconds(() => allChoices('small.vcf', smallRead, existing)));
      secondsOf.push(await seconds(() => allChoices('bench.vcf', bigRead, existing)));
    }
    const old = benchCards(input.oldCards, existing);
    const oldSmallSeconds = await seconds(async () => allChoicesPerChoice('old.vcf', old, existing, LABELS));

    const name = existing[0]?.name ?? 'Bench One Name';
    const oneName = oneNameCards(input.oneName, name);
    const plan = (preview: ImportPreview) =>
      planImport(chosenRows(preview, { forAll: 'create' }), {
        owner: 'bench',
        clientId: 1,
        clientName: 'Bench',
        fileName: 'one.vcf',
        existing,
        skipReason: () => '',
      });
    const oneNameSeconds = await seconds(async () => {
      const preview = await previewInWorker({ fileName: 'one.vcf', bytes: oneName, existing });
      if (!preview || plan(preview).steps.length !== input.oneName) throw new Error('one name: not every card is created');
    });
    const oneNameReadSeconds = await seconds(async () => readVCards(oneName));
    const oneNameHereSeconds = await seconds(async () => plan(previewImport('one.vcf', oneName, { existing })));
    const oldOneNameSeconds = await seconds(async () => {
      const rows = perChoicePreview('one.vcf', oneName, { existing, onDuplicate: 'create' });
      planImport(rows, { owner: 'bench', clientId: 1, clientName: 'Bench', fileName: 'one.vcf', existing, skipReason: () => '' });
    });
    return {
      fileBytes: measured.fileBytes,
      contacts: existing.length,
      seconds: secondsOf,
      smallSeconds: smallSecondsOf,
      oldSmallSeconds,
      blockMs: measured.blockMs,
      idleBlockMs,
      chooseMs: measured.chooseMs,
      planMs: measured.planMs,
      hostPeakBytes: measured.hostPeakBytes,
      heldBytes: measured.heldBytes,
      peakBytes: measured.peakBytes,
      oneNameSeconds,
      oneNameReadSeconds,
      oneNameHereSeconds,
      oldOneNameSeconds,
    };
  }),
);
