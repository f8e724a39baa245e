// What the extension host and the import worker (importWorker.ts) say to each other: the job goes
// in as the worker's data; progress, the rows in slices, then the end come back. Rows come one slice
// per request of the host (`next`): Node hands a thread's queued messages over in one turn of the
// event loop, so slices sent all at once would hold the host as long as one message of every row.
import type { LeftoverLabels } from './contactMapping';
import type { ColumnField } from './csvColumns';
import type { ExistingContact, ImportPreview, MatchedRow } from './importPreview';

export interface PreviewJob {
  fileName: string;
  bytes: Uint8Array;
  existing: ExistingContact[];
  leftoverLabels?: LeftoverLabels;
  columns?: Readonly<Record<string, ColumnField>>;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'rows'; rows: MatchedRow[] }
  | ({ type: 'done' } & Omit<ImportPreview, 'rows'>)
  | { type: 'failed'; message: string };

/** The host asks for each slice of rows after it has taken the one before. */
export type HostMessage = { type: 'next' };

/**
 * Rows per message: each message is taken in one turn of the host and is a round trip, so fewer,
 * larger slices make the preview faster (100,000 cards: 3.3 s with 2,000, 3.8-4.7 s with 500) while
 * the host's longest block stays near 21 ms, the idle timer's own being 10 ms (`npm run bench -- --only preview`).
 */
export const ROWS_PER_MESSAGE = 2000;
