// After a create whose answer never came: did it make the record? A new record of that name with
// exactly the identity fields that were sent says it did. Records known before the create (of that
// name) are never taken for it, so an older namesake cannot pass for it. One answer for every kind of
// record and every caller (a form's save, an import), so that they cannot drift apart.
import type { PaymoId } from './model';
import { WRITABLE_CONTACT_FIELDS } from './model';

/** A create that may have gone through: what it sent, and the records of its name that existed before it. */
export interface UncertainCreate {
  sent: Readonly<Record<string, unknown>>;
  knownBefore: readonly PaymoId[];
}

/** A contact's identity: every writable field but `is_main`, which another contact made main clears. */
export const CONTACT_IDENTITY_FIELDS: readonly string[] = WRITABLE_CONTACT_FIELDS.filter((field) => field !== 'is_main');

/**
 * The record the create made, if it did: of those `listNamed` gives for the name sent, one not known
 * before whose every `identity` field has the value sent (absent, null and '' are one), the newest if
 * several.
 */
export async function findCreatedRecord<R extends { id: PaymoId }>(
  { sent, knownBefore }: UncertainCreate,
  listNamed: (name: string) => Promise<readonly R[]>,
  identity: readonly string[],
): Promise<R | undefined> {
  const named = await listNamed(String(sent.name));
  const fields = (record: R) => record as unknown as Readonly<Record<string, unknown>>;
  return named.filter((r) => !knownBefore.includes(r.id) && identity.every((f) => (sent[f] ?? '') === (fields(r)[f] ?? ''))).sort((a, b) => b.id - a.id)[0];
}
