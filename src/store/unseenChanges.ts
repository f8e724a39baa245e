// The changes made elsewhere that the user has not looked at yet, for one account: what each sync
// brought (the store's `onDidLoadChanges`), merged with what earlier syncs brought, until each is seen
// (its row selected or opened; a deleted record once the list of changes has shown it). Plain Node.
import type { PaymoCollection, PaymoId } from '../paymo';
import type { AccountStore } from './accountStore';
import { Emitter, type Disposable, type Event } from './events';
import type { FieldChange, RecordChange } from './recordChanges';

export class UnseenChanges implements Disposable {
  private readonly entries = new Map<string, RecordChange>();
  /** `inClient`'s counts, made once per change of the entries (every client row asks for its own). */
  private perClient: Map<PaymoId, number> | undefined;
  private readonly changed = new Emitter<readonly RecordChange[]>();
  /** Entries came, changed or went: each one concerned (as it was, and as it is). */
  readonly onDidChange: Event<readonly RecordChange[]> = this.changed.event;
  private readonly subscriptions: Disposable[];

  constructor(private readonly store: AccountStore) {
    this.subscriptions = [store.onDidLoadChanges((changes) => this.add(changes)), store.onDidChange(() => this.follow())];
  }

  get count(): number {
    return this.entries.size;
  }

  /** Newest first. */
  all(): RecordChange[] {
    return [...this.entries.values()].sort((a, b) => b.at.localeCompare(a.at));
  }

  of(collection: PaymoCollection, id: PaymoId): RecordChange | undefined {
    return this.entries.get(keyOf(collection, id));
  }

  /** How many of a client's contacts changed unseen (deleted ones not counted: they are not in the tree). */
  inClient(clientId: PaymoId): number {
    if (!this.perClient) {
      this.perClient = new Map();
      for (const entry of this.entries.values()) {
        const { clientId } = entry;
        if (entry.collection === 'clientcontacts' && entry.kind !== 'deleted' && clientId !== undefined)
          this.perClient.set(clientId, (this.perClient.get(clientId) ?? 0) + 1);
      }
    }
    return this.perClient.get(clientId) ?? 0;
  }

  seen(collection: PaymoCollection, id: PaymoId): void {
    const entry = this.entries.get(keyOf(collection, id));
    if (!entry) return;
    this.entries.delete(keyOf(collection, id));
    this.fire([entry]);
  }

  /** Deleted records once the list of changes has shown them: they have no row to select. */
  seenDeleted(): void {
    this.remove((entry) => entry.kind === 'deleted');
  }

  seenAll(): void {
    this.remove(() => true);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }

  private add(changes: readonly RecordChange[]): void {
    const concerned: RecordChange[] = [];
    for (const change of changes) {
      const key = keyOf(change.collection, change.id);
      const earlier = this.entries.get(key);
      const merged = earlier ? mergeChanges(earlier, change) : change;
      if (earlier) concerned.push(earlier);
      if (merged) {
        this.entries.set(key, merged);
        concerned.push(merged);
      } else this.entries.delete(key);
    }
    if (concerned.length) this.fire(concerned);
  }

  /** After the user's own writes and after a sign-out: a mark on a record that is gone goes with it. */
  private follow(): void {
    if (this.store.origin === 'none') return this.remove(() => true);
    this.remove((entry) => entry.kind !== 'deleted' && !(entry.collection === 'clients' ? this.store.client(entry.id) : this.store.contact(entry.id)));
  }

  private remove(which: (entry: RecordChange) => boolean): void {
    const gone = [...this.entries.values()].filter(which);
    for (const entry of gone) this.entries.delete(keyOf(entry.collection, entry.id));
    if (gone.length) this.fire(gone);
  }

  /** Every change of the entries passes here: the per-client counts are made again when next asked. */
  private fire(concerned: readonly RecordChange[]): void {
    this.perClient = undefined;
    this.changed.fire(concerned);
  }
}

/**
 * Two changes of one record, unseen in between: what the user has not seen is the difference between
 * what the tree showed last and what it shows now. Undefined when nothing is left to show (a record
 * created and deleted unseen, or edited and changed back).
 */
export function mergeChanges(earlier: RecordChange, later: RecordChange): RecordChange | undefined {
  if (later.kind === 'deleted') return earlier.kind === 'created' ? undefined : { ...later, fields: [] };
  if (earlier.kind === 'created' || earlier.kind === 'deleted') return { ...later, kind: 'created', fields: [] };
  const fields = new Map<string, FieldChange>(earlier.fields.map((f) => [f.field, f]));
  for (const change of later.fields) {
    const first = fields.get(change.field);
    fields.set(change.field, { field: change.field, before: first ? first.before : change.before, after: change.after });
  }
  const left = [...fields.values()].filter((f) => f.before !== f.after);
  if (!left.length) return undefined;
  return { ...later, kind: left.some((f) => f.field === 'client_id') ? 'moved' : 'edited', fields: left };
}

function keyOf(collection: PaymoCollection, id: PaymoId): string {
  return `${collection}:${id}`;
}
