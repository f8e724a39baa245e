// What the Clients & Contacts view shows of an account: its clients and their contacts under the
// filter, in the chosen order. Worked out in one pass over the store (plain Node, so that the bench
// measures exactly this), and again only when the data, the filter or the order changes.
//
// A contact is shown when it passes every contact toggle and holds every typed word, in its own
// fields or its client's (so "acme anna" finds Anna at Acme, and "acme" every contact of Acme). A
// client is shown when one of its contacts is; with no contact criteria set, every client the client
// toggles leave is shown, and a client whose own fields hold every word is shown even without contacts.
import type { Client, ClientContact, PaymoId } from '../paymo';
import { byLastChange, type SortOrder } from './ordering';
import { queryWords } from './searchText';
import type { ViewIndex } from './viewIndex';
import { CONTACT_TOGGLES, type ViewFilter } from './viewFilter';

/** What the view reads of the store: clients by name, each client's contacts main first then by name. */
export interface TreeSource {
  clients(): readonly Client[];
  contactsOf(clientId: PaymoId): readonly ClientContact[];
}

export interface ShowOptions {
  filter: ViewFilter;
  sort: SortOrder;
  /** The `showArchivedClients` setting: archived clients are listed beside the others. */
  showArchived: boolean;
}

export interface ShownTree {
  readonly clients: readonly Client[];
  /** The client's contacts the view shows, in order. */
  contactsOf(clientId: PaymoId): readonly ClientContact[];
  /** Whether some of a client's contacts may be hidden: its row then says "3 of 14 contacts". */
  readonly narrowsContacts: boolean;
}

export function showTree(source: TreeSource, options: ShowOptions, index: ViewIndex): ShownTree {
  const { filter } = options;
  const words = queryWords(filter.text);
  const toggles = CONTACT_TOGGLES.filter((toggle) => filter[toggle]);
  const narrowsContacts = words.length > 0 || toggles.length > 0;
  const clients: Client[] = [];
  const contacts = new Map<PaymoId, readonly ClientContact[]>();
  for (const client of source.clients()) {
    if (filter.archived ? client.active : !client.active && !options.showArchived) continue;
    const all = source.contactsOf(client.id);
    if (filter.noContacts && all.length) continue;
    if (!narrowsContacts) {
      clients.push(client);
      contacts.set(client.id, all);
      continue;
    }
    const wordsLeft = words.filter((word) => !index.clientText(client).includes(word));
    const shown = all.filter(
      (contact) => toggles.every((toggle) => passes(contact, toggle)) && wordsLeft.every((word) => index.contactText(contact).includes(word)),
    );
    // A client found by its own fields is shown even without contacts, unless contacts were asked for.
    if (shown.length || (wordsLeft.length === 0 && toggles.length === 0)) {
      clients.push(client);
      contacts.set(client.id, shown);
    }
  }
  if (options.sort === 'lastChange') sortByLastChange(clients, contacts, source, index);
  return { clients, contactsOf: (clientId) => contacts.get(clientId) ?? [], narrowsContacts };
}

function passes(contact: ClientContact, toggle: (typeof CONTACT_TOGGLES)[number]): boolean {
  switch (toggle) {
    case 'portalAccess':
      return contact.access;
    case 'mainContacts':
      return contact.is_main;
    case 'noEmailOrPhone':
      return !contact.email?.trim() && !contact.phone?.trim() && !contact.mobile?.trim();
  }
}

/** Newest first: a client by its own last change or its newest contact's, whichever is later. */
function sortByLastChange(clients: Client[], contacts: Map<PaymoId, readonly ClientContact[]>, source: TreeSource, index: ViewIndex): void {
  const changedAt = index.changedAt.bind(index);
  const clientTimes = new Map<PaymoId, number>();
  for (const client of clients) {
    let latest = changedAt(client);
    for (const contact of source.contactsOf(client.id)) latest = Math.max(latest, changedAt(contact));
    clientTimes.set(client.id, latest);
  }
  clients.sort(byLastChange((client) => clientTimes.get(client.id)!));
  const newestFirst = byLastChange<ClientContact>(changedAt);
  for (const [id, list] of contacts) contacts.set(id, [...list].sort(newestFirst));
}
