// After a create whose answer never came: did it make the contact? A new contact with exactly the
// fields that were sent says it did. `knownBefore` are contacts that already existed (of that name),
// so that an older namesake is never taken for it. One request: the contacts of that name.
import type { PaymoApi } from './api';
import type { ClientContact, NewContact, PaymoId } from './model';
import { WRITABLE_CONTACT_FIELDS } from './model';
import { where } from './where';

export async function findCreatedContact(
  api: PaymoApi,
  sent: NewContact,
  knownBefore: readonly PaymoId[],
  signal?: AbortSignal,
): Promise<ClientContact | undefined> {
  const named = await api.listContacts({ where: where.eq('name', sent.name), ...(signal ? { signal } : {}) });
  return named.filter((c) => !knownBefore.includes(c.id) && sameFields(sent, c)).sort((a, b) => b.id - a.id)[0];
}

/** Every field sent has the contact's value (absent, null and '' are one), but `is_main`, which another contact made main clears. */
function sameFields(sent: NewContact, contact: ClientContact): boolean {
  return WRITABLE_CONTACT_FIELDS.every((f) => f === 'is_main' || (sent[f] ?? '') === (contact[f] ?? ''));
}
