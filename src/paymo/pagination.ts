// How a list is read page by page. Paymo returns no totals, so the reader decides where a list ends:
//
// - Order: one page after another, each asked only once the previous one has arrived. Without an
//   `order` (Paymo documents only `order=name`) the server lists by id, so the next page is asked as
//   "the first page of the ids after the last one read" (`where=… and id>LAST`, `page=0`): an item
//   deleted or added meanwhile then moves no other item from one page to another. A page that is
//   not in ascending id order shows a server that lists otherwise: the list is read again by page
//   number (`page=1, 2, …`), where a delete on a page already read pulls the next page's first item
//   back onto it unread; such a listing says `mayHaveMissed`, and readers that need every item
//   check the ids afterwards (the tree's sync, `src/store/sync.ts`). A list with an `order` is read
//   by page number too. Items are kept by id, so one read twice counts once.
// - End: an empty page, or a page shorter than the page size the server really uses. A server may
//   answer fewer items than `page_size` asked (a cap below the setting): a first short page that is
//   not empty could be such a cap as well as the end, so the next page settles it, unless this server
//   has already filled a page of that size (`PageSizeMemory`). A page that brings no new id also ends
//   the list (a server that ignores paging sends the same list every time).
import type { Listing } from './listing';

/** The largest page size a server has been seen to fill: a shorter page at or below it is the end. */
export class PageSizeMemory {
  private filled = 0;

  honours(pageSize: number): boolean {
    return pageSize <= this.filled;
  }

  sawFull(pageSize: number): void {
    this.filled = Math.max(this.filled, pageSize);
  }
}

/** Which page to read: by number, or the first page of the ids after `afterId` (undefined: from the start). */
export type PageRequest = { page: number } | { afterId: number | undefined };

type Page<T> = Omit<Listing<T>, 'pages' | 'mayHaveMissed'>;

export async function readAllPages<T extends { id: number }>(
  pageSize: number,
  memory: PageSizeMemory,
  byId: boolean,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
): Promise<Listing<T>> {
  if (byId) {
    const listing = await readPages(pageSize, memory, true, fetchPage);
    if (listing) return listing;
  }
  return (await readPages(pageSize, memory, false, fetchPage))!;
}

/** One read of the whole list; undefined when read by id and a page was not in id order. */
async function readPages<T extends { id: number }>(
  pageSize: number,
  memory: PageSizeMemory,
  byId: boolean,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
): Promise<Listing<T> | undefined> {
  const items = new Map<number, T>();
  const skipped: Listing<T>['skipped'] = [];
  const skippedIds = new Set<number | undefined>();
  let serverTime: number | undefined;
  /** The page length the server uses when it caps pages below `pageSize`. */
  let cap: number | undefined;
  let pages = 0;
  let afterId: number | undefined;
  for (let page = 0; ; page++) {
    const listing = await fetchPage(byId ? { afterId } : { page });
    if (page === 0) serverTime = listing.serverTime;
    const ids = [...listing.items.map((i) => i.id), ...listing.skipped.flatMap((r) => (r.id === undefined ? [] : [r.id]))];
    if (byId) {
      const sorted = [...ids].sort((a, b) => a - b);
      if (sorted.some((id, i) => id !== ids[i] || (afterId !== undefined && id <= afterId))) return undefined;
      afterId = sorted.at(-1) ?? afterId;
    }
    const length = listing.items.length + listing.skipped.length;
    if (length > 0) pages++;
    const known = items.size + skippedIds.size;
    for (const item of listing.items) items.set(item.id, item);
    for (const record of listing.skipped) {
      if (record.id === undefined || !skippedIds.has(record.id)) skipped.push(record);
      skippedIds.add(record.id);
    }
    const done = () => ({ items: [...items.values()], skipped, serverTime, pages, mayHaveMissed: !byId && pages > 1 });
    if (length === 0 || items.size + skippedIds.size === known) return done();
    if (length >= pageSize) {
      memory.sawFull(pageSize);
      continue;
    }
    if (cap === undefined) {
      // Short first page: the end, unless the server caps pages (then the next page is not empty).
      if (memory.honours(pageSize)) return done();
      cap = length;
      continue;
    }
    if (length < cap) return done();
  }
}
