// Writes an export to a file on disk so that the file the user named appears whole or not at all:
// the contacts go to a temporary file beside it, which replaces the target only once everything is
// written; after a failure or a cancellation the temporary file is removed and the target (a file
// that was there before included) is untouched.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientContact } from '../paymo';
import { exportChunks, type ExportOptions } from './contactExport';

/** Resolves with the number of contacts written; rejects (the target untouched) on failure or abort. */
export async function exportToFile(file: string, contacts: readonly ClientContact[], options: ExportOptions): Promise<number> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.part`);
  try {
    // One batch read ahead at most (object streams buffer 16 by default): memory stays that of a batch or two.
    await pipeline(Readable.from(exportChunks(contacts, options), { highWaterMark: 1 }), createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, file);
    return contacts.length;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
