// How a list is read page by page. Paymo returns no totals, so the reader decides where a list ends:
//
// - Order: page 0 first, then 1, 2, …, each asked only after the previous one has arrived. No `order`
//   is sent (Paymo documents only `order=name`), so pages follow the server's own order: by id on
//   Paymo's lists and in the sandbox.
// - End: an empty page, or a page shorter than the page size the server really uses. A server may
//   answer fewer items than `page_size` asked (a cap below the setting): a first short page that is
//   not empty could be such a cap as well as the end, so the next page settles it, unless this server
//   has already filled a page of that size (`PageSizeMemory`). A page that brings no new id also ends
//   the list (a server that ignores paging sends the same list every time).
// - Items that move while the list is read: items are kept by id, so one that a change pushed onto
//   the next page counts once. A delete on a page already read pulls the next page's first item back
//   onto it, where it is never read: a paged read can miss an item that existed throughout. Readers
//   that need every item check the ids afterwards (the tree's sync, `src/store/sync.ts`).
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

export async function readAllPages<T extends { id: number }>(
  pageSize: number,
  memory: PageSizeMemory,
  fetchPage: (page: number) => Promise<Omit<Listing<T>, 'pages'>>,
): Promise<Listing<T>> {
  const byId = new Map<number, T>();
  const skipped: Listing<T>['skipped'] = [];
  const skippedIds = new Set<number | undefined>();
  let serverTime: number | undefined;
  /** The page length the server uses when it caps pages below `pageSize`. */
  let cap: number | undefined;
  let pages = 0;
  for (let page = 0; ; page++) {
    const listing = await fetchPage(page);
    if (page === 0) serverTime = listing.serverTime;
    const length = listing.items.length + listing.skipped.length;
    if (length > 0) pages++;
    const known = byId.size + skippedIds.size;
    for (const item of listing.items) byId.set(item.id, item);
    for (const record of listing.skipped) {
      if (record.id === undefined || !skippedIds.has(record.id)) skipped.push(record);
      skippedIds.add(record.id);
    }
    const done = () => ({ items: [...byId.values()], skipped, serverTime, pages });
    if (length === 0 || byId.size + skippedIds.size === known) return done();
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
