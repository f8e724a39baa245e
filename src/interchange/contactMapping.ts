// How a card becomes a Paymo contact. Paymo keeps one email, one phone, one mobile, one fax, one Skype
// name, a position and notes; a card may hold more. The rules (the README says the same):
// - name: FN, else N composed (prefix, given, middle, family, suffix); a card with neither is refused.
// - email: the preferred address (PREF, or TYPE=pref), else the first; the others are left over.
// - mobile: the preferred number typed cell/mobile/iPhone; fax: the preferred one typed fax;
//   phone: of the other numbers (pagers excepted), the preferred work one, else the preferred one.
// - skype: the first Skype handle (IMPP skype:, X-SERVICE-TYPE=Skype, X-SKYPE); position: TITLE, else ROLE.
// - notes: NOTE. What is left over (other emails, numbers and handles, addresses, birthday, web
//   pages, organization, role) goes into the notes only when the caller asks (`notesWithLeftovers`).
// - photo: handed on for the contact's image.
import type { ContactFields } from '../paymo';
import type { Card, CardPhoto, CardValue } from './card';

/** The contact fields a card fills (client_id and is_main are the importer's to choose). */
export type MappedFields = Pick<ContactFields, 'name' | 'email' | 'phone' | 'mobile' | 'fax' | 'skype' | 'position' | 'notes'>;

export const LEFTOVER_KINDS = ['email', 'phone', 'messaging', 'address', 'birthday', 'url', 'organization', 'role'] as const;

export type LeftoverKind = (typeof LEFTOVER_KINDS)[number];

export interface Leftover {
  kind: LeftoverKind;
  value: string;
}

export interface MappedCard {
  fields: MappedFields;
  photo?: CardPhoto;
  /** What Paymo has no field for, in card order per kind. */
  leftovers: Leftover[];
}

const MOBILE_TYPES = ['cell', 'mobile', 'iphone'];

/** The contact a card makes, or `undefined` when it has no name (it cannot be imported). */
export function mapCard(card: Card): MappedCard | undefined {
  const name = card.name.trim();
  if (!name) return undefined;
  const leftovers: Leftover[] = [];
  const emails = byPreference(card.emails);
  const phones = byPreference(card.phones);
  const fax = phones.find((p) => has(p, ['fax']));
  const mobile = phones.find((p) => p !== fax && has(p, MOBILE_TYPES));
  const others = phones.filter((p) => p !== fax && p !== mobile && !has(p, ['pager', 'fax', ...MOBILE_TYPES]));
  const phone = others.find((p) => has(p, ['work'])) ?? others.find((p) => !has(p, ['home'])) ?? others[0];
  const skype = card.messaging.find((m) => m.service === 'skype');
  const used = new Set<unknown>([emails[0], fax, mobile, phone]);
  leftovers.push(
    ...emails.slice(1).map((e): Leftover => ({ kind: 'email', value: e.value })),
    ...phones.filter((p) => !used.has(p)).map((p): Leftover => ({ kind: 'phone', value: labelled(p) })),
    ...card.messaging.filter((m) => m !== skype).map((m): Leftover => ({ kind: 'messaging', value: m.service ? `${m.service}: ${m.value}` : m.value })),
    ...card.addresses.map((value): Leftover => ({ kind: 'address', value })),
    ...(card.birthday ? [{ kind: 'birthday', value: card.birthday } as const] : []),
    ...card.urls.map((value): Leftover => ({ kind: 'url', value })),
    ...(card.organization ? [{ kind: 'organization', value: card.organization } as const] : []),
    ...(card.title && card.role ? [{ kind: 'role', value: card.role } as const] : []),
  );
  const fields: MappedFields = {
    name,
    email: textOrNull(emails[0]?.value),
    phone: textOrNull(phone?.value),
    mobile: textOrNull(mobile?.value),
    fax: textOrNull(fax?.value),
    skype: textOrNull(skype?.value),
    position: textOrNull(card.title ?? card.role),
    notes: textOrNull(card.note),
  };
  return { fields, leftovers, ...(card.photo ? { photo: card.photo } : {}) };
}

/** How each kind of leftover is named in the notes (the caller's words, in the user's language). */
export type LeftoverLabels = Record<LeftoverKind, string>;

/** The card's notes followed by one `Label: value` line per leftover, for a user who asked to keep them. */
export function notesWithLeftovers(notes: string | null, leftovers: readonly Leftover[], labels: LeftoverLabels): string | null {
  const lines = leftovers.map((l) => `${labels[l.kind]}: ${l.value.replace(/\s*\n\s*/g, ', ')}`);
  if (!lines.length) return notes;
  return [notes, lines.join('\n')].filter(Boolean).join('\n\n');
}

/** Preferred first (PREF=1 before 2 before none), then in the card's order. */
function byPreference(values: readonly CardValue[]): CardValue[] {
  return values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.pref ?? Infinity) - (b.v.pref ?? Infinity) || a.i - b.i)
    .map(({ v }) => v);
}

function has(value: CardValue, types: readonly string[]): boolean {
  return value.types.some((t) => types.includes(t));
}

function labelled(value: CardValue): string {
  const types = value.types.filter((t) => t !== 'voice' && t !== 'internet');
  return types.length ? `${value.value} (${types.join(', ')})` : value.value;
}

function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
