// The loaded model: every client and every contact, kept up to date by syncs (sync.ts: a full load,
// or only what changed since the last one) and grouped by client in memory, so that expanding a
// client costs no request. Writes elsewhere update it in place (`upsertContact`, `replaceContactsOf`,
// `removeContact`), and its change events name the clients affected so that the tree repaints only those.
import type { Client, ClientContact, PaymoId, SkippedRecord } from '../paymo';
import { Emitter, type Event } from './events';
import { compareClients, compareContacts } from './ordering';
import { recordChanges, type RecordChange } from './recordChanges';
import { deltaSync, fullSync, refusesDelta, type SyncResult, type SyncSource } from './sync';

/** `all`: everything may have changed (a load); `clients`: only these clients' contacts (or the clients themselves). */
export type StoreChange = { kind: 'all' } | { kind: 'clients'; clientIds: PaymoId[] };

/** Where the data came from: nothing yet, the on-disk cache of an earlier start, or Paymo now. */
export type StoreOrigin = 'none' | 'cache' | 'server';

export interface StoreSnapshot {
  clients: Client[];
  contacts: ClientContact[];
  /** ISO time of the load the data comes from. */
  loadedAt: string;
  /** Server time (unix seconds) when the sync that made it began: a delta can start from it. */
  syncedFrom?: number | undefined;
  /** Records Paymo sent that could not be read, and are not shown. */
  skipped?: SkippedRecord[] | undefined;
}

/** What a sync did, for the log and the view. */
export interface SyncReport {
  mode: SyncResult['mode'];
  /** Why a full load was made instead of the delta asked for. */
  fallback?: string;
  summary: SyncResult['summary'];
  skipped: readonly SkippedRecord[];
  /** What it brought that the store did not hold before (none after a start from nothing). */
  changes: readonly RecordChange[];
}

type PendingWrite =
  | { kind: 'upsert'; contact: ClientContact }
  | { kind: 'remove'; id: PaymoId }
  | { kind: 'upsertClient'; client: Client }
  | { kind: 'removeClient'; id: PaymoId };

export class AccountStore {
  private clientsById = new Map<PaymoId, Client>();
  private contactsById = new Map<PaymoId, ClientContact>();
  private byClient = new Map<PaymoId, ClientContact[]>();
  private sortedClients: Client[] = [];
  private _origin: StoreOrigin = 'none';
  private _loadedAt: string | undefined;
  private syncedFrom: number | undefined;
  private _skipped: SkippedRecord[] = [];
  /** Writes made while a load is on its way: the load's older answer must not undo them. */
  private pending: PendingWrite[] | undefined;
  private readonly changed = new Emitter<StoreChange>();
  readonly onDidChange: Event<StoreChange> = this.changed.event;
  private readonly loadedChanges = new Emitter<readonly RecordChange[]>();
  /** A sync brought changes made elsewhere (fired just before its `onDidChange`). */
  readonly onDidLoadChanges: Event<readonly RecordChange[]> = this.loadedChanges.event;

  get origin(): StoreOrigin {
    return this._origin;
  }

  get loadedAt(): string | undefined {
    return this._loadedAt;
  }

  /** Records of the last sync that could not be read (not shown). */
  get skipped(): readonly SkippedRecord[] {
    return this._skipped;
  }

  /** Why a delta cannot start from what the store holds, or undefined when it can. */
  get deltaUnavailable(): string | undefined {
    if (this._origin === 'none') return 'nothing loaded yet';
    if (this.syncedFrom === undefined) return 'the data does not say when it was synced';
    return undefined;
  }

  /**
   * Brings the model up to date: only what changed when it can (`full` false and a base to start
   * from, see `deltaUnavailable`), else everything; a server that refuses a delta gets a full load.
   */
  async sync(source: SyncSource, options: { full?: boolean; signal?: AbortSignal } = {}): Promise<SyncReport> {
    const { signal } = options;
    const pending: PendingWrite[] = [];
    this.pending = pending;
    let fallback = options.full ? undefined : this.deltaUnavailable;
    try {
      let result: SyncResult | undefined;
      if (!options.full && !fallback) {
        const base = { clients: this.clientsById, contacts: this.contactsById, skipped: this._skipped, syncedFrom: this.syncedFrom! };
        result = await deltaSync(source, base, signal).catch((error: unknown) => {
          if (signal?.aborted || !refusesDelta(error)) throw error;
          fallback = `the server refused a delta request (${error instanceof Error ? error.message : String(error)})`;
          return undefined;
        });
      }
      result ??= await fullSync(source, signal);
      signal?.throwIfAborted();
      const changes = this.adopt(result, pending);
      return { mode: result.mode, ...(fallback ? { fallback } : {}), summary: result.summary, skipped: result.skipped, changes };
    } finally {
      if (this.pending === pending) this.pending = undefined;
    }
  }

  /**
   * Takes a sync's model, keeps the writes made meanwhile, and fires one change for what it changed.
   * Returns what changed elsewhere: the model before (with this window's writes in it) against after;
   * nothing when the model before was not a whole sync's (nothing yet, or only the cached first level).
   */
  private adopt(result: SyncResult, pending: readonly PendingWrite[]): RecordChange[] {
    const whole = this.deltaUnavailable === undefined;
    const before = whole ? { clients: this.clientsById, contacts: this.contactsById, skipped: this._skipped } : undefined;
    this.replace(
      {
        clients: [...result.clients.values()],
        contacts: [...result.contacts.values()],
        loadedAt: new Date().toISOString(),
        syncedFrom: result.syncedFrom,
        skipped: result.skipped,
      },
      'server',
    );
    const affected = new Set(result.affectedClientIds);
    for (const write of pending) this.apply(write).forEach((id) => affected.add(id));
    const changes = before ? recordChanges(before, { clients: this.clientsById, contacts: this.contactsById, skipped: this._skipped }) : [];
    if (changes.length) this.loadedChanges.fire(changes);
    if (result.mode === 'full' || result.clientsChanged) this.changed.fire({ kind: 'all' });
    else if (affected.size) this.changed.fire({ kind: 'clients', clientIds: [...affected] });
    return changes;
  }

  /** Shows an earlier start's data (from the disk cache) until a load replaces it. */
  fromCache(snapshot: StoreSnapshot): void {
    this.replace(snapshot, 'cache');
    this.changed.fire({ kind: 'all' });
  }

  toCache(): StoreSnapshot {
    return {
      clients: this.sortedClients,
      contacts: [...this.contactsById.values()],
      loadedAt: this._loadedAt ?? new Date().toISOString(),
      syncedFrom: this.syncedFrom,
      skipped: this._skipped,
    };
  }

  clear(): void {
    this.replace({ clients: [], contacts: [], loadedAt: '' }, 'none');
    this._loadedAt = undefined;
    this.syncedFrom = undefined;
    this.changed.fire({ kind: 'all' });
  }

  /** Clients sorted by name, archived ones included (the tree filters by setting). */
  clients(): readonly Client[] {
    return this.sortedClients;
  }

  client(id: PaymoId): Client | undefined {
    return this.clientsById.get(id);
  }

  /** Main contact first, then by name. */
  contactsOf(clientId: PaymoId): readonly ClientContact[] {
    return this.byClient.get(clientId) ?? [];
  }

  contact(id: PaymoId): ClientContact | undefined {
    return this.contactsById.get(id);
  }

  allContacts(): ClientContact[] {
    return [...this.contactsById.values()];
  }

  /**
   * After a create or update: stores the server's answer and fires a change naming the affected
   * clients (the old one too, when the contact moved). A new main contact demotes the previous one,
   * as Paymo does.
   */
  upsertContact(contact: ClientContact): void {
    this.pending?.push({ kind: 'upsert', contact });
    this.changed.fire({ kind: 'clients', clientIds: this.apply({ kind: 'upsert', contact }) });
  }

  /**
   * After a write that changed a client's contacts on the server (a new main contact demotes the
   * others): the client's contacts as just listed replace what the store held, in one change, so
   * the client's node is repainted once.
   */
  replaceContactsOf(clientId: PaymoId, contacts: readonly ClientContact[]): void {
    const listed = new Set(contacts.map((c) => c.id));
    const writes: PendingWrite[] = [
      ...this.contactsOf(clientId)
        .filter((c) => !listed.has(c.id))
        .map((c): PendingWrite => ({ kind: 'remove', id: c.id })),
      ...contacts.map((contact): PendingWrite => ({ kind: 'upsert', contact })),
    ];
    const affected = new Set<PaymoId>([clientId]);
    for (const write of writes) {
      this.pending?.push(write);
      this.apply(write).forEach((id) => affected.add(id));
    }
    this.changed.fire({ kind: 'clients', clientIds: [...affected] });
  }

  /** After a delete. */
  removeContact(id: PaymoId): void {
    this.pending?.push({ kind: 'remove', id });
    const affected = this.apply({ kind: 'remove', id });
    if (affected.length) this.changed.fire({ kind: 'clients', clientIds: affected });
  }

  /** Applies one write to the model; returns the clients whose node changed. */
  private apply(write: PendingWrite): PaymoId[] {
    if (write.kind === 'upsertClient' || write.kind === 'removeClient') return this.applyToClient(write);
    const id = write.kind === 'upsert' ? write.contact.id : write.id;
    const previous = this.contactsById.get(id);
    const affected = new Set<PaymoId>();
    if (previous) {
      affected.add(previous.client_id);
      this.contactsById.delete(id);
      this.regroup(previous.client_id);
    }
    if (write.kind === 'upsert') {
      const { contact } = write;
      affected.add(contact.client_id);
      if (contact.is_main) this.demoteOtherMains(contact);
      this.contactsById.set(id, contact);
      this.regroup(contact.client_id);
    }
    return [...affected];
  }

  private demoteOtherMains(main: ClientContact): void {
    for (const other of this.byClient.get(main.client_id) ?? []) {
      if (other.id !== main.id && other.is_main) this.contactsById.set(other.id, { ...other, is_main: false });
    }
  }

  private regroup(clientId: PaymoId): void {
    const list = [...this.contactsById.values()].filter((c) => c.client_id === clientId).sort(compareContacts);
    if (list.length) this.byClient.set(clientId, list);
    else this.byClient.delete(clientId);
  }

  private replace(snapshot: StoreSnapshot, origin: StoreOrigin): void {
    this.clientsById = new Map(snapshot.clients.map((c) => [c.id, c]));
    this.sortedClients = [...snapshot.clients].sort(compareClients);
    this.contactsById = new Map(snapshot.contacts.map((c) => [c.id, c]));
    const groups = new Map<PaymoId, ClientContact[]>();
    for (const contact of snapshot.contacts) {
      const group = groups.get(contact.client_id);
      if (group) group.push(contact);
      else groups.set(contact.client_id, [contact]);
    }
    for (const group of groups.values()) group.sort(compareContacts);
    this.byClient = groups;
    this._origin = origin;
    this._loadedAt = snapshot.loadedAt;
    this.syncedFrom = snapshot.syncedFrom;
    this._skipped = snapshot.skipped ?? [];
  }

  /** After a client was created, changed, archived or restored: stores the server's answer. */
  upsertClient(client: Client): void {
    this.pending?.push({ kind: 'upsertClient', client });
    this.changed.fire({ kind: 'clients', clientIds: this.apply({ kind: 'upsertClient', client }) });
  }

  /** After a client was deleted: Paymo deleted its contacts with it. */
  removeClient(id: PaymoId): void {
    if (!this.clientsById.has(id)) return;
    this.pending?.push({ kind: 'removeClient', id });
    this.changed.fire({ kind: 'clients', clientIds: this.apply({ kind: 'removeClient', id }) });
  }

  private applyToClient(write: Extract<PendingWrite, { kind: 'upsertClient' | 'removeClient' }>): PaymoId[] {
    if (write.kind === 'upsertClient') {
      this.clientsById.set(write.client.id, write.client);
    } else {
      this.clientsById.delete(write.id);
      for (const contact of this.contactsOf(write.id)) this.contactsById.delete(contact.id);
      this.byClient.delete(write.id);
    }
    this.sortedClients = [...this.clientsById.values()].sort(compareClients);
    return [write.kind === 'upsertClient' ? write.client.id : write.id];
  }
}
