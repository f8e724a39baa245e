// What a list read returns: the records that passed their schema, the ones that did not (each
// skipped alone, so that one odd record never empties a list), and the server's clock.
import * as v from 'valibot';
import { safeParseInPlace } from './inPlaceCheck';

/** Paymo's list resources this product reads. */
export type PaymoCollection = 'clients' | 'clientcontacts';

/** A record the server sent in a shape the product does not know how to read. */
export interface SkippedRecord {
  collection: PaymoCollection;
  /** Its id when it had a readable one. */
  id?: number;
  /** Which field was wrong and how (valibot's words, for the log). */
  reason: string;
}

export interface Listing<T> {
  items: T[];
  skipped: SkippedRecord[];
  /**
   * The server's time (unix seconds, from the `Date` header) when it answered the first page:
   * everything changed after it is newer than this listing. Undefined when the header was missing.
   */
  serverTime: number | undefined;
  /** How many pages with records the listing read. */
  pages: number;
  /** Read by page number over several pages: an item may have moved onto a page already read (pagination.ts). */
  mayHaveMissed: boolean;
}

/** The envelope with its items still unchecked: each is checked on its own by `checkItems`. */
export function rawEnvelope(key: PaymoCollection): v.GenericSchema<unknown, unknown[]> {
  return v.pipe(
    v.object({ [key]: v.array(v.unknown()) }),
    v.transform((body) => body[key] as unknown[]),
  );
}

export function checkItems<T>(
  collection: PaymoCollection,
  raw: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
): Pick<Listing<T>, 'items' | 'skipped'> {
  const items: T[] = [];
  const skipped: SkippedRecord[] = [];
  for (const item of raw) {
    const result = safeParseInPlace(schema, item);
    if (result.success) {
      items.push(result.output);
    } else {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      const path = v.getDotPath(result.issue) ?? '(the record)';
      skipped.push({ collection, ...(Number.isInteger(id) ? { id: id as number } : {}), reason: `${path}: ${result.issue.message}` });
    }
  }
  return { items, skipped };
}

/** The `Date` header as unix seconds. */
export function serverTime(date: string | string[] | undefined): number | undefined {
  const ms = typeof date === 'string' ? Date.parse(date) : NaN;
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
