// Reads and matches an import's file with a cancellable progress notification: the file is read
// through `vscode.workspace.fs` (refused unread when it is larger than an import reads), and the
// work runs in a worker thread (src/interchange/previewInWorker.ts), so the window stays responsive;
// Cancel (or the caller's `signal`) stops the worker at once, and nothing has been sent by then. A
// failure of the worker becomes a message that names the file and says that nothing was imported.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ColumnField } from '../interchange/csvColumns';
import type { ExistingContact, ImportPreview } from '../interchange/importPreview';
import { loadInterchange } from '../interchange/load';
import type { WorkerPreviewOptions } from '../interchange/previewInWorker';
import type { Services } from '../services';
import { countText } from '../ui/displayFormat';
import { notificationText } from '../ui/textEscaping';

export interface PreviewRequest {
  uri: vscode.Uri;
  /** The account's contacts, as the plan will know them. */
  existing: readonly ExistingContact[];
  columns?: Readonly<Record<string, ColumnField>> | undefined;
  /** Stops the preview as the notification's Cancel does (a caller in the extension host, such as a test). */
  signal?: AbortSignal | undefined;
}

/** The file's preview, or undefined when cancelled. */
export async function previewWithProgress(services: Services, request: PreviewRequest): Promise<ImportPreview | undefined> {
  const fileName = path.basename(request.uri.path);
  const title = notificationText(vscode.l10n.t('Reading {0}…', fileName));
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const stop = () => abort.abort();
    const cancelled = token.onCancellationRequested(stop);
    request.signal?.addEventListener('abort', stop, { once: true });
    if (request.signal?.aborted) stop();
    let reported = 0;
    try {
      const running = await startPreview(request, fileName, {
        signal: abort.signal,
        onProgress: (done, total) => {
          progress.report({
            increment: total ? ((done - reported) / total) * 100 : 0,
            message: vscode.l10n.t('Comparing with your contacts: {0} of {1}', countText(done), countText(total)),
          });
          reported = done;
        },
      });
      const preview = await running.preview.catch((error: unknown) => {
        throw new Error(vscode.l10n.t('{0} could not be read: {1} Nothing was imported.', fileName, failure(error)));
      });
      if (!preview) services.log.info(`Import preview of ${fileName} cancelled: nothing was sent.`);
      return preview;
    } finally {
      cancelled.dispose();
      request.signal?.removeEventListener('abort', stop);
    }
  });
}

/**
 * Reads the file and hands it to the worker. A function of its own so that the host holds the file's
 * bytes only until the worker has its copy, not for as long as the preview takes.
 */
async function startPreview(
  request: PreviewRequest,
  fileName: string,
  options: WorkerPreviewOptions,
): Promise<{ preview: Promise<ImportPreview | undefined> }> {
  const interchange = loadInterchange();
  const { size } = await vscode.workspace.fs.stat(request.uri);
  if (size > interchange.MAX_IMPORT_BYTES) throw new Error(tooLarge(fileName, size, interchange.MAX_IMPORT_BYTES));
  const bytes = await vscode.workspace.fs.readFile(request.uri);
  const { existing, columns } = request;
  // A local file's bytes are a fresh read that nothing else holds: they move to the worker instead of
  // being copied (the host then never holds the file twice). Another scheme's provider may hand out an
  // array it keeps: that one is copied.
  const handOver = request.uri.scheme === 'file';
  return {
    preview: interchange.previewInWorker(
      { fileName, bytes, existing, leftoverLabels: leftoverLabels(), ...(columns ? { columns } : {}) },
      { ...options, handOver },
    ),
  };
}

/** The worker's failure in a sentence. */
function failure(error: unknown): string {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return vscode.l10n.t('it needs more memory than a preview may take.');
  const text = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A file larger than an import reads: refused before it is read. */
function tooLarge(fileName: string, size: number, limit: number): string {
  const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  return vscode.l10n.t(
    '{0} is {1} MB; an import reads files of up to {2} MB. Split it into smaller files and import each. Nothing was imported.',
    fileName,
    countText(mb(size)),
    countText(mb(limit)),
  );
}

function leftoverLabels() {
  return {
    email: vscode.l10n.t('Email'),
    phone: vscode.l10n.t('Phone'),
    messaging: vscode.l10n.t('Messaging'),
    address: vscode.l10n.t('Address'),
    birthday: vscode.l10n.t('Birthday'),
    url: vscode.l10n.t('Web'),
    organization: vscode.l10n.t('Organization'),
    role: vscode.l10n.t('Role'),
  };
}
