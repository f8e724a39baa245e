// Whether a contact about to be imported is already in the account: the same email address (case
// and surrounding spaces ignored), or, when it has no email, the same name (case and runs of spaces
// ignored). Built once per import over the contacts to compare with.
import type { ClientContact } from '../paymo/model';

export interface Duplicate {
  reason: 'email' | 'name';
  contacts: ClientContact[];
}

export class DuplicateFinder {
  private readonly byEmail = new Map<string, ClientContact[]>();
  private readonly byName = new Map<string, ClientContact[]>();

  constructor(existing: Iterable<ClientContact>) {
    for (const contact of existing) this.add(contact);
  }

  /** Also compares later candidates with this one (a contact the import just created). */
  add(contact: ClientContact): void {
    const email = emailKey(contact.email);
    if (email) push(this.byEmail, email, contact);
    push(this.byName, nameKey(contact.name), contact);
  }

  find(candidate: { name: string; email: string | null }): Duplicate | undefined {
    const email = emailKey(candidate.email);
    const contacts = email ? this.byEmail.get(email) : this.byName.get(nameKey(candidate.name));
    return contacts?.length ? { reason: email ? 'email' : 'name', contacts: [...contacts] } : undefined;
  }
}

function emailKey(email: string | null | undefined): string {
  return email?.trim().toLowerCase() ?? '';
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function push(map: Map<string, ClientContact[]>, key: string, contact: ClientContact): void {
  const list = map.get(key);
  if (list) list.push(contact); else map.set(key, [contact]);
}
