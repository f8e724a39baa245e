// The import preview off the extension host's thread: a worker thread (importWorker.ts, shipped as
// dist/importWorker.js and started only when an import runs) reads and matches the file; this side
// passes the progress on, gathers the rows, and terminates the worker at once when the caller
// cancels. A failure in the worker (a reader error, too little memory, a missing file) rejects with
// what happened, for a message to the user.
import * as path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
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
  /**
   * The caller gives the file's bytes away (a fresh read of its own, used for nothing else): they move
   * to the worker without a copy, and the caller's array is left empty. Otherwise they are copied.
   */
  handOver?: boolean;
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

/** The preview of `job`'s file, read and matched in a worker thread; undefined when cancelled. */
export async function previewInWorker(
  job: Omit<PreviewJob, 'existing'> & { existing: Iterable<ExistingContact> },
  options: WorkerPreviewOptions = {},
): Promise<ImportPreview | undefined> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return undefined;
  const bytes = options.handOver && ownsItsBuffer(job.bytes) ? job.bytes : await ownCopy(job.bytes);
  if (signal?.aborted) return undefined;
  const workerData: PreviewJob = { ...job, bytes, existing: [...job.existing].map(comparedFields) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData, transferList: [bytes.buffer], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
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
 * An array that is the whole of its buffer: moving the buffer moves this file only. A view into a
 * larger buffer (a message's, a pool's) is copied instead.
 */
function ownsItsBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/**
 * The file's bytes in a buffer of the preview's own, which then moves to the worker instead of being
 * copied into it in one long turn of the host: copied a megabyte per turn here. The caller's bytes are
 * left as they were (they may be a file system provider's own).
 */
async function ownCopy(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const copy = new Uint8Array(bytes.byteLength);
  for (let at = 0; at < bytes.byteLength; at += COPY_SLICE) {
    if (at > 0) await nextTurn();
    copy.set(bytes.subarray(at, at + COPY_SLICE), at);
  }
  return copy;
}

const COPY_SLICE = 1024 * 1024;

/** Only what the preview compares and updates crosses to the worker, not the whole contact. */
function comparedFields(c: ExistingContact): ExistingContact {
  return { id: c.id, name: c.name, email: c.email, phone: c.phone, mobile: c.mobile, fax: c.fax, skype: c.skype, position: c.position, notes: c.notes };
}
