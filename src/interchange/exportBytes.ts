// An export's whole file as bytes, made a batch at a time: VS Code's file system API
// (`vscode.workspace.fs`, which reaches remote and virtual folders too) writes a file in one call and
// takes no stream, so the file is held once, as UTF-8 bytes outside the JavaScript heap, and each
// batch's text is dropped as soon as it is encoded. Between batches the event loop turns, so that the
// progress shows and a cancellation is heard.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ClientContact } from '../paymo';
import { exportChunks, type ExportOptions } from './contactExport';

/** The export's bytes; rejects when `options.signal` aborts (nothing is written then). */
export async function exportBytes(contacts: readonly ClientContact[], options: ExportOptions): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const text of exportChunks(contacts, options)) {
    const chunk = Buffer.from(text, 'utf8');
    chunks.push(chunk);
    length += chunk.length;
    await nextTurn();
  }
  return Buffer.concat(chunks, length);
}
