// The export part, in its own process (run with --expose-gc): exporting the loaded model to a file. The store
// is loaded first (the model the extension already holds). Each export runs twice: once timed, once
// with a full collection after every batch and once the bytes are made, where the heap is sampled:
// the highest of those samples above the heap before the export is what the export keeps alive
// (garbage, which V8 collects when it likes, is left out). The extension writes through VS Code's
// file system API, which takes a whole file in one call: the export holds the file's bytes once, so
// its peak is compared with the file's size. The file is written here with Node's `writeFile`, the
// one-call write that API makes on this computer.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExportFormat } from '../../src/interchange/contactExport';
import { exportBytes } from '../../src/interchange/exportBytes';
import type { PaymoApi } from '../../src/paymo/api';
import type { ClientContact } from '../../src/paymo/model';
import { loadStore, withClient } from '../subjects';
import type { SandboxInfo } from './sandboxChild';
import { serveOnce } from './protocol';

export interface ExportInput {
  sandbox: SandboxInfo;
  pageSize: number;
}

export interface ExportRun {
  format: ExportFormat;
  contacts: number;
  ms: number;
  /** Highest live heap (used + external, after a full collection) above the heap before the export, bytes. */
  peakBytes: number;
  fileBytes: number;
}

export interface ExportOutput {
  modelBytes: number;
  runs: ExportRun[];
}

function settledHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('exportChild needs --expose-gc');
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

async function exportOnce(dir: string, contacts: readonly ClientContact[], format: ExportFormat, clientName: (c: ClientContact) => string): Promise<ExportRun> {
  const file = path.join(dir, `export-${contacts.length}.${format}`);
  settledHeap();
  const started = performance.now();
  await fs.writeFile(file, await exportBytes(contacts, { format, clientName }));
  const ms = performance.now() - started;
  const { size } = await fs.stat(file);
  await fs.rm(file);
  const base = settledHeap();
  let peak = base;
  const bytes = await exportBytes(contacts, {
    format,
    clientName,
    onProgress: () => {
      peak = Math.max(peak, settledHeap());
    },
  });
  peak = Math.max(peak, settledHeap());
  await fs.writeFile(file, bytes);
  await fs.rm(file);
  return { format, contacts: contacts.length, ms, peakBytes: peak - base, fileBytes: size };
}

/**
 * A first load, dropped, so that the model's figure leaves out the code and connections it loads. Its
 * own function so that the dropped model is not kept alive by the caller's suspended frame.
 */
async function warmUp(api: PaymoApi): Promise<void> {
  await loadStore(api);
}

void serveOnce(({ sandbox, pageSize }: ExportInput) =>
  withClient(sandbox, pageSize, async (paymo): Promise<ExportOutput> => {
    await warmUp(paymo);
    const empty = settledHeap();
    const store = await loadStore(paymo);
    const modelBytes = settledHeap() - empty;
    const contacts = store.allContacts();
    const clientName = (c: ClientContact) => store.client(c.client_id)?.name ?? '';
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'paymo-bench-export-'));
    try {
      // A first export of everything warms the code (loading ical.js and papaparse, and V8 optimising
      // the hot paths, whose code is on the heap too), so that neither is counted as the export's.
      await exportOnce(dir, contacts, 'vcard', clientName);
      await exportOnce(dir, contacts, 'csv', clientName);
      const runs: ExportRun[] = [];
      for (const format of ['vcard', 'csv'] as const) {
        for (const share of [contacts.slice(0, Math.ceil(contacts.length / 10)), contacts]) runs.push(await exportOnce(dir, share, format, clientName));
      }
      return { modelBytes, runs };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }),
);
