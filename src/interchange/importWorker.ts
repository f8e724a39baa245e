// The import worker: reads and matches one file (previewImport) in a thread of its own, so that the
// extension host, and every extension in the window with it, stays responsive however large the
// file; the host stops it by terminating the thread. Shipped as dist/importWorker.js, which uses the
// import code of dist/interchange.js (see esbuild.js); started by previewInWorker.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { previewImport } from './index';
import type { MatchedRow } from './importPreview';
import { ROWS_PER_MESSAGE, type HostMessage, type PreviewJob, type WorkerMessage } from './importWorkerMessages';

/** At most this often, so that progress costs the host nothing. */
const PROGRESS_EVERY_MS = 100;

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

try {
  const job = workerData as PreviewJob;
  let reported = -Infinity;
  const preview = previewImport(job.fileName, job.bytes, {
    ...job,
    onProgress: (done, total) => {
      const now = performance.now();
      if (done > 0 && done < total && now - reported < PROGRESS_EVERY_MS) return;
      reported = now;
      post({ type: 'progress', done, total });
    },
  });
  let sent = 0;
  // Each request of the host (`next`) gets the next slice; after the last one the thread ends.
  const sendSlice = (_request?: HostMessage) => {
    if (sent < preview.rows.length) {
      post({ type: 'rows', rows: preview.rows.slice(sent, sent + ROWS_PER_MESSAGE).map(ownPhoto) });
      sent += ROWS_PER_MESSAGE;
    } else {
      port.off('message', sendSlice);
      post({ type: 'done', format: preview.format, unknownColumns: preview.unknownColumns });
    }
  };
  port.on('message', sendSlice);
  sendSlice();
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

/** A photo in bytes of its own: a message carries a view's whole buffer, which for a small decoded photo is a shared pool. */
function ownPhoto(row: MatchedRow): MatchedRow {
  return row.photo ? { ...row, photo: { ...row.photo, bytes: new Uint8Array(row.photo.bytes) } } : row;
}
