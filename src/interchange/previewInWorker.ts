// The import preview off the extension host's thread: a worker thread (importWorker.ts, shipped as
// dist/importWorker.js and started only when an import runs) reads and matches the file; this side
// passes the progress on, gathers the rows, and terminates the worker at once when the caller
// cancels. A failure in the worker (a reader error, too little memory, a missing file) rejects with
// what happened, for a message to the user.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExistingContact, ImportPreview, MatchedRow } from './importPreview';
import type { HostMessage, PreviewJob, WorkerMessage } from './importWorkerMessages';

/** Beside this file both in the bundle (dist/) and compiled for tests (out/src/interchange/). */
const WORKER_FILE = path.join(__dirname, 'importWorker.js');

/**
 * The worker's heap is capped, so that a file too large for memory ends the worker with
 * `ERR_WORKER_OUT_OF_MEMORY` instead of taking the extension host down with it.
 */
export const WORKER_HEAP_MB = 1024;

/** The largest file an import reads (README, "Import"); a larger one is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface WorkerPreviewOptions {
  /** Aborting stops the worker at once; the promise then resolves to undefined, once the thread has ended. */
  signal?: AbortSignal;
  /** `done` of `total` entries matched; `done` is 0 once the file is read. */
  onProgress?: (done: number, total: number) => void;
}

/** A worker's failure: `code` is Node's (`ERR_WORKER_OUT_OF_MEMORY`, …) when the worker itself failed. */
export class PreviewFailedError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'PreviewFailedError';
  }
}

/**
 * The preview of `job`'s file, read and matched in a worker thread; undefined when cancelled. The
 * bytes are handed over: when they fill a buffer of their own they move to the worker and the
 * caller's view of them reads empty afterwards.
 */
export function previewInWorker(
  job: Omit<PreviewJob, 'existing'> & { existing: Iterable<ExistingContact> },
  options: WorkerPreviewOptions = {},
): Promise<ImportPreview | undefined> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.resolve(undefined);
  const workerData: PreviewJob = { ...job, existing: [...job.existing].map(comparedFields) };
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerData);
    const rows: MatchedRow[] = [];
    let settled = false;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      // A cancel resolves once the thread has stopped: by then nothing of the file is being read.
      void worker.terminate().then(end, end);
    };
    const cancel = () => settle(() => resolve(undefined));
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          onProgress?.(message.done, message.total);
          break;
        case 'rows':
          for (const row of message.rows) rows.push(row);
          worker.postMessage({ type: 'next' } satisfies HostMessage);
          break;
        case 'done':
          settle(() => resolve({ format: message.format, unknownColumns: message.unknownColumns, rows }));
          break;
        case 'failed':
          settle(() => reject(new PreviewFailedError(message.message)));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => settle(() => reject(new PreviewFailedError(error.message, error.code))));
    worker.on('exit', (code) => settle(() => reject(new PreviewFailedError(`The reader stopped before the end (exit code ${code}).`))));
  });
}

/**
 * The file's bytes move to the worker, rather than being copied in one long turn of the host, when
 * they fill a buffer of their own (the caller's view of them is then empty). A view into a larger
 * buffer, or one its owner marked as not to be moved, is copied.
 */
function startWorker(workerData: PreviewJob): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const { bytes } = workerData;
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength && bytes.byteLength > 0) {
    try {
      return new Worker(WORKER_FILE, { ...options, transferList: [buffer] });
    } catch {
      // Not transferable (a pool's, or marked so by its owner): copied below.
    }
  }
  return new Worker(WORKER_FILE, options);
}

/** Only what the preview compares and updates crosses to the worker, not the whole contact. */
function comparedFields(c: ExistingContact): ExistingContact {
  return { id: c.id, name: c.name, email: c.email, phone: c.phone, mobile: c.mobile, fax: c.fax, skype: c.skype, position: c.position, notes: c.notes };
}
