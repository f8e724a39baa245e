// Whether a contact about to be imported is already in the account: the same email address (case
// and surrounding spaces ignored), or, when it has no email, the same name (case and runs of spaces
// ignored). Two indexes, one by email and one by name, built once per import; a look-up is one key
// and hands back the index's own list (never a copy), so that a file of many cards for one person
// costs a look-up per card, not a copy of all the others. What the import is about to create can be
// added too, so that two cards of one file for the same person are found.

/** What is compared: an account's contact, or a card about to become one. */
export interface Comparable {
  name: string;
  email: string | null;
}

export interface Duplicate<T extends Comparable> {
  reason: 'email' | 'name';
  /** The index's own list, in the order added: read it, do not keep it across an `add`. */
  contacts: readonly T[];
}

export class DuplicateFinder<T extends Comparable> {
  private readonly byEmail = new Map<string, T[]>();
  private readonly byName = new Map<string, T[]>();

  constructor(existing: Iterable<T>) {
    for (const contact of existing) this.add(contact);
  }

  /** Also compares later candidates with this one (a contact the import is about to create). */
  add(contact: T): void {
    const email = emailKey(contact.email);
    if (email) push(this.byEmail, email, contact);
    push(this.byName, nameKey(contact.name), contact);
  }

  /** The same email first; the same name only for a candidate without email. */
  find(candidate: Comparable): Duplicate<T> | undefined {
    const email = emailKey(candidate.email);
    const contacts = email ? this.byEmail.get(email) : this.byName.get(nameKey(candidate.name));
    return contacts?.length ? { reason: email ? 'email' : 'name', contacts } : undefined;
  }
}

function emailKey(email: string | null | undefined): string {
  return email?.trim().toLowerCase() ?? '';
}

/** A name as compared: case and runs of spaces ignored. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function push<T>(map: Map<string, T[]>, key: string, contact: T): void {
  const list = map.get(key);
  if (list) list.push(contact);
  else map.set(key, [contact]);
}
