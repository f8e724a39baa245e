// Bringing the model up to date with Paymo for what a refresh costs: what changed, not the account.
//
// - Full load: every client, every contact (paged). A server that does not list by id has its pages
//   read by number, where a record deleted on a page already read pulls the next one back onto it
//   unread (pagination.ts): then the ids are checked once (`include=id`, pages of 2,500) and say
//   what was missed or is gone.
// - Delta: what changed since the last sync (`updated_on>=` the server's time when the last sync
//   started, less a margin for clock skew, transaction delays and equal timestamps): clients, then
//   contacts. Deletions leave nothing behind to list, so each collection is counted with one request
//   for a few ids (`countIs`): with nothing deleted, exactly as many records created before this sync
//   began exist as the model holds; only when the count differs are the ids listed to find which.
// - A delta is asked only from a base that came from a sync (the model or its cache records when);
//   a server that refuses the filter or the field selection gets a full load instead.
import {
  PaymoError,
  where as w,
  type Client,
  type ClientContact,
  type Listing,
  type PaymoCollection,
  type PaymoId,
  type SkippedRecord,
  type Where,
} from '../paymo';

/** What a sync needs from `PaymoApi`. */
export interface SyncSource {
  readClients(options: { where?: Where; signal?: AbortSignal }): Promise<Listing<Client>>;
  readContacts(options: { where?: Where; signal?: AbortSignal }): Promise<Listing<ClientContact>>;
  listIds(collection: PaymoCollection, options: { where?: Where; signal?: AbortSignal }): Promise<Listing<{ id: number }>>;
  countIs(collection: PaymoCollection, count: number, options: { where?: Where; signal?: AbortSignal }): Promise<boolean>;
}

/** The model a delta starts from. */
export interface SyncBase {
  clients: ReadonlyMap<PaymoId, Client>;
  contacts: ReadonlyMap<PaymoId, ClientContact>;
  skipped: readonly SkippedRecord[];
  /** Server time (unix seconds) when the sync that made this base began. */
  syncedFrom: number;
}

export interface SyncResult {
  mode: 'full' | 'delta';
  clients: Map<PaymoId, Client>;
  contacts: Map<PaymoId, ClientContact>;
  skipped: SkippedRecord[];
  syncedFrom: number;
  /** Counts for the log; for a delta, what changed. */
  summary: { clients: number; contacts: number; removedClients: number; removedContacts: number };
  /** Clients whose contacts changed (old and new client of a moved contact). */
  affectedClientIds: Set<PaymoId>;
  /** A client was added, changed or removed: the first level changes. */
  clientsChanged: boolean;
}

/**
 * Changes this much older than the last sync's start are asked for again. The start is the server's
 * own clock (its `Date` header), so the user's clock does not matter; this covers a write whose
 * transaction began before the sync and ended after it, and servers of one service whose clocks differ a little.
 */
export const SYNC_MARGIN_SECONDS = 30;
/** Ids per `id in (…)` request when records missed by a paged read are fetched. */
const IDS_PER_REQUEST = 100;

type Keyed = { id: PaymoId; created_on: string };

export async function fullSync(source: SyncSource, signal?: AbortSignal): Promise<SyncResult> {
  const clients = await source.readClients({ signal });
  const syncedFrom = clients.serverTime ?? nowSeconds();
  const contacts = await source.readContacts({ signal });
  const state = new SyncState(source, signal, new Map(), new Map(), []);
  state.take('clients', clients);
  state.take('clientcontacts', contacts);
  if (clients.mayHaveMissed) await state.reconcile('clients');
  if (contacts.mayHaveMissed) await state.reconcile('clientcontacts');
  state.dropOrphans();
  return state.result('full', syncedFrom);
}

/** Applies what changed since `base` was synced. Rejects with a PaymoError when Paymo refused a delta's request (`refusesDelta`). */
export async function deltaSync(source: SyncSource, base: SyncBase, signal?: AbortSignal): Promise<SyncResult> {
  const changedSince = w.gte('updated_on', base.syncedFrom - SYNC_MARGIN_SECONDS);
  const clients = await source.readClients({ where: changedSince, signal });
  const syncedFrom = clients.serverTime ?? nowSeconds();
  const contacts = await source.readContacts({ where: changedSince, signal });
  const state = new SyncState(source, signal, new Map(base.clients), new Map(base.contacts), base.skipped);
  state.take('clients', clients);
  state.take('clientcontacts', contacts);
  await state.findDeleted('clients', syncedFrom);
  state.dropOrphans();
  await state.findDeleted('clientcontacts', syncedFrom);
  return state.result('delta', syncedFrom);
}

/** Whether a failed delta means this server cannot do deltas (then a full load is the answer), not that it is unreachable. */
export function refusesDelta(error: unknown): boolean {
  return error instanceof PaymoError && (error.kind === 'badRequest' || error.kind === 'malformed' || (error.kind === 'server' && error.status === 500));
}

/** The model while a sync builds it, and what it changed. */
class SyncState {
  private readonly skipped = new Map<string, SkippedRecord>();
  private readonly summary = { clients: 0, contacts: 0, removedClients: 0, removedContacts: 0 };
  private readonly affected = new Set<PaymoId>();
  private clientsChanged = false;

  constructor(
    private readonly source: SyncSource,
    private readonly signal: AbortSignal | undefined,
    private readonly clients: Map<PaymoId, Client>,
    private readonly contacts: Map<PaymoId, ClientContact>,
    skipped: readonly SkippedRecord[],
  ) {
    for (const record of skipped) this.skipped.set(skippedKey(record.collection, record.id), record);
  }

  /** Records as read: each replaces the one it was; one read in an unknown shape is skipped (and not shown stale). */
  take(collection: PaymoCollection, listing: Pick<Listing<Keyed>, 'items' | 'skipped'>): void {
    for (const item of listing.items) {
      this.skipped.delete(skippedKey(collection, item.id));
      if (collection === 'clients') this.putClient(item as Client);
      else this.putContact(item as ClientContact);
    }
    for (const record of listing.skipped) {
      this.skipped.set(skippedKey(collection, record.id), record);
      if (record.id !== undefined) this.remove(collection, record.id);
    }
  }

  /** Counts what exists of what the model holds; lists the ids when the count differs. */
  async findDeleted(collection: PaymoCollection, syncedFrom: number): Promise<void> {
    const held = [...this.map(collection).values()].filter((r) => seconds(r.created_on) < syncedFrom).length;
    const unreadable = [...this.skipped.values()].filter((r) => r.collection === collection && r.id !== undefined).length;
    let complete: boolean;
    try {
      complete = await this.source.countIs(collection, held + unreadable, { where: w.lt('created_on', syncedFrom), signal: this.signal });
    } catch (error) {
      // A server that does not page a page of one says nothing about the count: list the ids.
      if (!(error instanceof PaymoError && error.kind === 'malformed')) throw error;
      complete = false;
    }
    if (!complete) await this.reconcile(collection);
  }

  /** Makes the collection hold exactly the ids Paymo lists: removes the others, fetches the ones missing. */
  async reconcile(collection: PaymoCollection): Promise<void> {
    const listed = await this.source.listIds(collection, { signal: this.signal });
    const ids = new Set(listed.items.map((i) => i.id));
    for (const id of [...this.map(collection).keys()]) if (!ids.has(id)) this.remove(collection, id);
    for (const key of [...this.skipped.keys()]) {
      const record = this.skipped.get(key)!;
      if (record.collection === collection && record.id !== undefined && !ids.has(record.id)) this.skipped.delete(key);
    }
    const missing = [...ids].filter((id) => !this.map(collection).has(id) && !this.skipped.has(skippedKey(collection, id)));
    for (let i = 0; i < missing.length; i += IDS_PER_REQUEST) {
      const where = w.in('id', missing.slice(i, i + IDS_PER_REQUEST));
      this.take(
        collection,
        collection === 'clients'
          ? await this.source.readClients({ where, signal: this.signal })
          : await this.source.readContacts({ where, signal: this.signal }),
      );
    }
  }

  /** Contacts of clients that are gone went with them (Paymo deletes a client's contacts). */
  dropOrphans(): void {
    for (const contact of [...this.contacts.values()]) if (!this.clients.has(contact.client_id)) this.remove('clientcontacts', contact.id);
  }

  result(mode: SyncResult['mode'], syncedFrom: number): SyncResult {
    return {
      mode,
      clients: this.clients,
      contacts: this.contacts,
      skipped: [...this.skipped.values()],
      syncedFrom,
      summary: this.summary,
      affectedClientIds: this.affected,
      clientsChanged: this.clientsChanged,
    };
  }

  private map(collection: PaymoCollection): Map<PaymoId, Keyed> {
    return collection === 'clients' ? this.clients : this.contacts;
  }

  private putClient(client: Client): void {
    if (unchanged(this.clients.get(client.id), client)) return;
    this.clients.set(client.id, client);
    this.summary.clients++;
    this.clientsChanged = true;
  }

  private putContact(contact: ClientContact): void {
    const previous = this.contacts.get(contact.id);
    if (unchanged(previous, contact)) return;
    if (previous) this.affected.add(previous.client_id);
    this.affected.add(contact.client_id);
    this.contacts.set(contact.id, contact);
    this.summary.contacts++;
  }

  private remove(collection: PaymoCollection, id: PaymoId): void {
    if (collection === 'clients') {
      if (!this.clients.delete(id)) return;
      this.summary.removedClients++;
      this.clientsChanged = true;
      return;
    }
    const previous = this.contacts.get(id);
    if (!previous) return;
    this.contacts.delete(id);
    this.affected.add(previous.client_id);
    this.summary.removedContacts++;
  }
}

/** Read again as it was (the margin asks for recent changes twice): nothing to repaint. */
function unchanged(previous: Keyed | undefined, next: Keyed): boolean {
  return previous !== undefined && JSON.stringify(previous) === JSON.stringify(next);
}

function skippedKey(collection: PaymoCollection, id: PaymoId | undefined): string {
  return `${collection}:${id ?? '?'}`;
}

function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
