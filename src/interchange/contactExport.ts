// Contacts out as vCard 4.0 or CSV, a batch at a time: the text of the next batch is made only when
// the file has taken the previous one, so that memory does not grow with the number of contacts (the
// bench's export part measures this) and a cancellation stops between batches.
import type { ClientContact } from '../paymo';
import { csvHeader, csvRows } from './csvWriter';
import { contactToVCard } from './vcardWriter';

export type ExportFormat = 'vcard' | 'csv';

export interface ExportOptions {
  format: ExportFormat;
  /** The name of a contact's client (ORG in a vCard, Company in CSV). */
  clientName: (contact: ClientContact) => string;
  /** The account's API URL, which makes vCard UIDs differ between servers. */
  source?: string;
  /** Called after each batch with how many contacts are written. */
  onProgress?: (written: number) => void;
  signal?: AbortSignal;
}

const BATCH = 250;
/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * The export's text a batch at a time (the CSV's byte order mark and header first). Consumed by a
 * stream pipeline, the next batch is made only when the file has taken the previous one.
 */
export async function* exportChunks(contacts: readonly ClientContact[], options: ExportOptions): AsyncGenerator<string> {
  if (options.format === 'csv') yield BOM + csvHeader();
  for (let start = 0; start < contacts.length; start += BATCH) {
    options.signal?.throwIfAborted();
    const batch = contacts.slice(start, start + BATCH);
    yield exportText(batch, options);
    options.onProgress?.(start + batch.length);
  }
}

/** These contacts as text in the format (vCard cards one after another; CSV rows without header). */
export function exportText(contacts: readonly ClientContact[], options: Pick<ExportOptions, 'format' | 'clientName' | 'source'>): string {
  if (options.format === 'csv') return csvRows(contacts.map((contact) => ({ contact, clientName: options.clientName(contact) })));
  const source = options.source === undefined ? {} : { source: options.source };
  return contacts.map((contact) => contactToVCard(contact, { clientName: options.clientName(contact), ...source })).join('');
}
