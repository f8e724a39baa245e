// Paymo returns no totals: a list is read page by page (`page` is 0-based) until a page comes back
// shorter than `page_size`. Lists are never read through `clients?include=clientcontacts`, whose
// child arrays come back silently empty above 2,500 items.

export async function readAllPages<T extends { id: number }>(
  pageSize: number,
  fetchPage: (page: number) => Promise<T[]>,
): Promise<T[]> {
  const byId = new Map<number, T>();
  for (let page = 0; ; page++) {
    const items = await fetchPage(page);
    const known = byId.size;
    for (const item of items) byId.set(item.id, item);
    // A server that ignores paging sends the whole list every time: stop when a page brings nothing new.
    if (items.length !== pageSize || byId.size === known) return [...byId.values()];
  }
}
