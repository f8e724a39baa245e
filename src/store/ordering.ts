// The order users see: clients by name; a client's main contact first, then the others by name.
import type { Client, ClientContact } from '../paymo';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareClients(a: Client, b: Client): number {
  return collator.compare(a.name, b.name) || a.id - b.id;
}

export function compareContacts(a: ClientContact, b: ClientContact): number {
  return Number(b.is_main) - Number(a.is_main) || collator.compare(a.name, b.name) || a.id - b.id;
}

/** How the view orders clients and contacts (setting `paymoContacts.sortOrder`, and per account). */
export type SortOrder = 'name' | 'lastChange';
export const SORT_ORDERS: readonly SortOrder[] = ['name', 'lastChange'];

export function isSortOrder(value: unknown): value is SortOrder {
  return SORT_ORDERS.includes(value as SortOrder);
}

/** Newest first; records changed at the same time by name. */
export function byLastChange<T extends { name: string; id: number }>(changedAt: (record: T) => number): (a: T, b: T) => number {
  return (a, b) => changedAt(b) - changedAt(a) || collator.compare(a.name, b.name) || a.id - b.id;
}
