// The order users see: clients by name; a client's main contact first, then the others by name.
import type { Client, ClientContact } from '../paymo';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareClients(a: Client, b: Client): number {
  return collator.compare(a.name, b.name) || a.id - b.id;
}

export function compareContacts(a: ClientContact, b: ClientContact): number {
  return Number(b.is_main) - Number(a.is_main) || collator.compare(a.name, b.name) || a.id - b.id;
}
