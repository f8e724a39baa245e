// Reads a vCard file (2.1, 3.0 or 4.0, one or many cards) into neutral cards. vcardLines.ts makes
// each card's text readable by ical.js (and reads NOTE, which can be megabytes, itself); ical.js
// parses the grammar (escapes, structured values, parameters); this file only picks the properties a
// contact can use. A card that does not parse is reported with its line and the rest of the file
// still reads. A photo larger than Paymo takes is measured, not decoded.
import { MAX_IMAGE_BYTES } from '../paymo';
import type { Card, CardPhoto, CardValue } from './card';
import { emptyCard } from './card';
import { loadIcal } from './libraries';
import type { ReadResult } from './readResult';
import { cardSources } from './vcardLines';

type IcalComponent = InstanceType<ReturnType<typeof loadIcal>['Component']>;
type IcalProperty = InstanceType<ReturnType<typeof loadIcal>['Property']>;

export function readVCards(bytes: Uint8Array): ReadResult {
  const ICAL = loadIcal();
  const result: ReadResult = { cards: [], problems: [] };
  let index = 0;
  // Card by card as the file is read: a card's text is dropped once ical.js has read it.
  for (const source of cardSources(bytes)) {
    index++;
    const broken = source.brokenLines[0];
    if (broken !== undefined) {
      result.problems.push({ kind: 'brokenLine', index, line: broken, detail: '' });
      continue;
    }
    try {
      const card = toCard(new ICAL.Component(ICAL.parse(source.text) as unknown[]), source.notes);
      result.cards.push({ card, index, line: source.line, ...(source.incomplete ? { incomplete: source.incomplete } : {}) });
    } catch (error) {
      result.problems.push({ kind: 'unreadable', index, line: source.line, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

function toCard(vcard: IcalComponent, notes: readonly string[]): Card {
  const card = emptyCard();
  const [family, given, additional, prefix, suffix] = parts(first(vcard, 'n'));
  const composed = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
  card.name = text(first(vcard, 'fn')) || composed;
  if (given) card.givenName = given;
  if (family) card.familyName = family;
  const org = parts(first(vcard, 'org')).filter(Boolean).join(', ');
  if (org) card.organization = org;
  assign(card, 'title', text(first(vcard, 'title')));
  assign(card, 'role', text(first(vcard, 'role')));
  assign(
    card,
    'note',
    notes
      .map((n) => n.trim())
      .filter(Boolean)
      .join('\n\n'),
  );
  assign(card, 'birthday', text(first(vcard, 'bday')));
  assign(card, 'uid', text(first(vcard, 'uid')));
  card.emails = vcard
    .getAllProperties('email')
    .map(typedValue)
    .filter((v) => v.value);
  card.phones = vcard
    .getAllProperties('tel')
    .map(typedValue)
    .map((v) => ({ ...v, value: v.value.replace(/^tel:/i, '') }))
    .filter((v) => v.value);
  card.messaging = messaging(vcard);
  card.addresses = vcard
    .getAllProperties('adr')
    .map((p) => parts(p).flat().filter(Boolean).join(', '))
    .filter(Boolean);
  card.urls = vcard.getAllProperties('url').map(text).filter(Boolean);
  const photo = photoOf(first(vcard, 'photo'));
  if (photo) card.photo = photo;
  return card;
}

function first(vcard: IcalComponent, name: string): IcalProperty | undefined {
  return vcard.getFirstProperty(name) ?? undefined;
}

function assign<K extends 'title' | 'role' | 'note' | 'birthday' | 'uid'>(card: Card, key: K, value: string): void {
  if (value) card[key] = value;
}

/** A property's value as text: structured values joined, dates as written. */
function text(p: IcalProperty | undefined): string {
  if (!p) return '';
  return p
    .getValues()
    .map((v) => (Array.isArray(v) ? v.flat().join(' ') : String(v)))
    .join(', ')
    .trim();
}

/** The components of a structured value (N, ADR, ORG), as strings; a plain value is one component. */
function parts(p: IcalProperty | undefined): string[] {
  const value: unknown = p?.getFirstValue();
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((part) => (Array.isArray(part) ? part.join(' ') : String(part)).trim());
}

function lowerList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

function typedValue(p: IcalProperty): CardValue {
  const types = lowerList(p.getParameter('type'));
  const pref = Number(p.getParameter('pref'));
  const result: CardValue = { value: text(p), types: types.filter((t) => t !== 'pref') };
  if (pref >= 1) result.pref = pref;
  else if (types.includes('pref')) result.pref = 1;
  return result;
}

/** IMPP (`skype:name`, with Apple's X-SERVICE-TYPE) and the X- properties address books use for Skype. */
function messaging(vcard: IcalComponent): Card['messaging'] {
  const handles: Card['messaging'] = [];
  for (const p of vcard.getAllProperties('impp')) {
    const value = text(p);
    const scheme = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(value);
    const service = lowerList(p.getParameter('x-service-type'))[0] ?? scheme?.[1]?.toLowerCase();
    handles.push({ value: scheme ? uriText(scheme[2]!.replace(/^\/\//, '')) : value, ...(service ? { service } : {}) });
  }
  for (const name of ['x-skype', 'x-skype-username']) {
    for (const p of vcard.getAllProperties(name)) handles.push({ value: text(p), service: 'skype' });
  }
  return handles.filter((h) => h.value);
}

function photoOf(p: IcalProperty | undefined): CardPhoto | undefined {
  if (!p) return undefined;
  const value: unknown = p.getFirstValue();
  const declared = lowerList(p.getParameter('mediatype') ?? p.getParameter('type'))[0];
  const mediaType = declared && (declared.includes('/') ? declared : `image/${declared}`);
  if (typeof value === 'object' && value !== null && 'value' in value) {
    // ENCODING=b: ical.js hands the base64 text as it was.
    return { ...embedded(String(value.value)), ...(mediaType ? { mediaType } : {}) };
  }
  const uri = String(value ?? '').trim();
  const data = /^data:([^;,]*)(;base64)?,(.*)$/is.exec(uri);
  if (data) {
    const bytes = data[2] ? embedded(data[3]!) : { bytes: Buffer.from(uriText(data[3]!), 'latin1') };
    const type = data[1] || mediaType;
    return { ...bytes, ...(type ? { mediaType: type } : {}) };
  }
  return uri ? { uri, ...(mediaType ? { mediaType } : {}) } : undefined;
}

/** Base64 photo bytes; a photo larger than Paymo takes is only measured (it would be refused whole). */
function embedded(base64: string): Pick<CardPhoto, 'bytes' | 'oversizeBytes'> {
  const text = base64.replace(/\s+/g, '');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const size = Math.floor((text.length * 3) / 4) - padding;
  return size > MAX_IMAGE_BYTES ? { oversizeBytes: size } : { bytes: Buffer.from(text, 'base64') };
}

/** Percent-decoded, or as written when the escapes are broken (a card is not lost for that). */
function uriText(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
