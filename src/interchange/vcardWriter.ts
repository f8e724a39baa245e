// Writes a contact as a vCard 4.0 (RFC 6350), through ical.js so that escaping and line folding are
// the library's. ORG is the client's name; the phone is TEL typed work,voice, the mobile cell, the fax
// work,fax (as text: users type numbers with spaces, which a tel: URI cannot hold); Skype is IMPP
// skype:; PHOTO links the contact's image; UID is stable for the contact; REV is its last change.
import { createHash } from 'node:crypto';
import type { ClientContact } from '../paymo';
import { loadIcal } from './libraries';

export interface VCardOptions {
  /** The client's name, written as ORG. */
  clientName?: string;
  /** Where the contact lives (the account's API URL), so that UIDs of different servers differ. */
  source?: string;
}

const TEL_TYPES = { phone: ['work', 'voice'], mobile: ['cell'], fax: ['work', 'fax'] } as const;

/** One card, ending in CRLF: cards written one after another make a valid multi-card file. */
export function contactToVCard(contact: ClientContact, options: VCardOptions = {}): string {
  const ICAL = loadIcal();
  const card = new ICAL.Component('vcard');
  const add = (name: string, value: unknown, params: Record<string, string | string[]> = {}, type?: string) => {
    const property = new ICAL.Property(name, card);
    if (type) property.resetType(type);
    for (const [key, param] of Object.entries(params)) property.setParameter(key, param);
    property.setValue(value);
    card.addProperty(property);
  };
  add('version', '4.0');
  add('fn', contact.name);
  add('n', nameParts(contact.name));
  if (options.clientName) add('org', [options.clientName]);
  if (present(contact.position)) add('title', contact.position);
  if (present(contact.email)) add('email', contact.email.trim(), { type: 'work' });
  for (const kind of ['phone', 'mobile', 'fax'] as const) {
    const number = contact[kind];
    if (present(number)) add('tel', number.trim(), { type: [...TEL_TYPES[kind]] }, 'text');
  }
  if (present(contact.skype)) add('impp', `skype:${contact.skype.trim()}`);
  // vCard text has one line break, `\n`; ical.js would write a carriage return as it is, cutting the line.
  if (present(contact.notes)) add('note', contact.notes.replace(/\r\n?/g, '\n'));
  if (present(contact.image)) add('photo', contact.image);
  add('uid', `urn:uuid:${stableUuid(`${options.source ?? ''}clientcontacts/${contact.id}`)}`);
  if (contact.updated_on) add('rev', contact.updated_on);
  return `${card.toString()}\r\n`;
}

/**
 * N from the one name Paymo keeps: the last word as the family name, the rest as given names
 * ("Mary Ann Smith" → Smith; Mary Ann). Readers show FN, which is the name as typed.
 */
function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  return [family, words.join(' '), '', '', ''];
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** A name-based UUID (version 5 layout over SHA-1): the same contact gets the same UID in every export. */
function stableUuid(name: string): string {
  const hash = createHash('sha1').update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
