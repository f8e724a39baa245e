// What a sync brought that the view did not show before: records created, edited, moved to another
// client or deleted, each with its fields' old and new values. Worked out from the store as it was
// and as it is (no request): the user's own writes are in the store before the sync reads them back
// (and are applied again after it), so they never show as changes.
import {
  WRITABLE_CLIENT_FIELDS,
  WRITABLE_CONTACT_FIELDS,
  type Client,
  type ClientContact,
  type PaymoCollection,
  type PaymoId,
  type SkippedRecord,
} from '../paymo';

export type ChangeKind = 'created' | 'edited' | 'moved' | 'deleted';
export type FieldValue = string | number | boolean | null;

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

export interface RecordChange {
  collection: PaymoCollection;
  id: PaymoId;
  kind: ChangeKind;
  /** The record's name as last known (a deleted record's as it was). */
  name: string;
  /** A contact's client: the new one (the last one, for a deleted contact). */
  clientId?: PaymoId;
  /** Edited and moved records: each field that changed. */
  fields: FieldChange[];
  /** When Paymo says the record changed (ISO 8601); for a deletion, when it was noticed. */
  at: string;
}

/** One side of the comparison: the store's records by id, and those it could not read. */
export interface RecordSet {
  clients: ReadonlyMap<PaymoId, Client>;
  contacts: ReadonlyMap<PaymoId, ClientContact>;
  skipped: readonly SkippedRecord[];
}

/**
 * The fields compared. `updated_on` moves with every write (also with writes that change nothing a
 * user sees); the thumbnails follow `image`. An image is compared without its URL's query, which may
 * hold an expiring signature.
 */
const CONTACT_FIELDS = [...WRITABLE_CONTACT_FIELDS, 'access', 'image'] as const;
const CLIENT_FIELDS = [...WRITABLE_CLIENT_FIELDS, 'active', 'image'] as const;

export function recordChanges(before: RecordSet, after: RecordSet, now = new Date().toISOString()): RecordChange[] {
  // A record that could not be read is neither deleted (it is only not shown) nor new when readable again.
  const unreadable = new Set([...before.skipped, ...after.skipped].map((r) => `${r.collection}:${r.id}`));
  return [
    ...compare('clients', before.clients, after.clients, CLIENT_FIELDS, unreadable, now),
    ...compare('clientcontacts', before.contacts, after.contacts, CONTACT_FIELDS, unreadable, now),
  ];
}

function compare<T extends Client | ClientContact>(
  collection: PaymoCollection,
  before: ReadonlyMap<PaymoId, T>,
  after: ReadonlyMap<PaymoId, T>,
  fields: readonly string[],
  unreadable: ReadonlySet<string>,
  now: string,
): RecordChange[] {
  const changes: RecordChange[] = [];
  const clientOf = (record: T) => ('client_id' in record ? { clientId: record.client_id } : {});
  for (const [id, record] of after) {
    const previous = before.get(id);
    // A record the sync did not touch is the same object.
    if (previous === record) continue;
    if (!previous) {
      if (!unreadable.has(`${collection}:${id}`))
        changes.push({ collection, id, kind: 'created', name: record.name, ...clientOf(record), fields: [], at: record.updated_on });
      continue;
    }
    const changed = changedFields(previous, record, fields);
    if (!changed.length) continue;
    const kind = changed.some((c) => c.field === 'client_id') ? 'moved' : 'edited';
    changes.push({ collection, id, kind, name: record.name, ...clientOf(record), fields: changed, at: record.updated_on });
  }
  for (const [id, record] of before) {
    if (after.has(id) || unreadable.has(`${collection}:${id}`)) continue;
    changes.push({ collection, id, kind: 'deleted', name: record.name, ...clientOf(record), fields: [], at: now });
  }
  return changes;
}

function changedFields(before: object, after: object, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [a, b] = [valueOf(before, field), valueOf(after, field)];
    if (field === 'image' ? withoutQuery(a) !== withoutQuery(b) : a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/** A field's value; an empty text is no value (one answer may say `""` where another says `null`). */
function valueOf(record: object, field: string): FieldValue {
  const value = (record as Record<string, unknown>)[field];
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

function withoutQuery(value: FieldValue): FieldValue {
  return typeof value === 'string' ? value.replace(/[?#].*$/, '') : value;
}
