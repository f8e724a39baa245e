// Reads a CSV export of an address book: papaparse reads the grammar (quotes, embedded line breaks,
// the delimiter, which Outlook makes `;` in some languages; a BOM), csvColumns.ts says what each
// column holds, and each row becomes a card. Rows with nothing in them are skipped. Cells are read as
// the file has them, a leading apostrophe too, except in this extension's own export (known by its
// header row), whose formula guard's apostrophe is removed.
import type { Card, CardValue } from './card';
import { emptyCard } from './card';
import { columnRoles, type ColumnField, type ColumnRole, type NamePart } from './csvColumns';
import { unguardCell } from './csvFormulaGuard';
import { CSV_COLUMNS } from './csvWriter';
import { loadPapa } from './libraries';
import type { ReadResult } from './readResult';

/** Google writes several values in one cell joined with this. */
const GOOGLE_SEPARATOR = ' ::: ';

/** `columns`: what the user said the columns that were not recognised hold (header → field). */
export function readCsv(text: string, columns: Readonly<Record<string, ColumnField>> = {}): ReadResult {
  const Papa = loadPapa();
  const body = text.replace(/^\uFEFF/, '');
  // Empty rows are kept while parsing so that row numbers are the file's; papaparse guesses the
  // delimiter reliably only without them, so it guesses on a first look at the top of the file.
  const { delimiter } = Papa.parse<string[]>(body, { preview: 20, skipEmptyLines: 'greedy' }).meta;
  const parsed = Papa.parse<string[]>(body, { delimiter });
  const [headers = [], ...rows] = parsed.data;
  const roles = columnRoles(headers, columns);
  const ours = headers.length === CSV_COLUMNS.length && CSV_COLUMNS.every((name, i) => headers[i] === name);
  const result: ReadResult = { cards: [], problems: [], unknownColumns: headers.filter((h, i) => h.trim() && !roles[i]) };
  const badRows = new Map<number, string>();
  for (const error of parsed.errors)
    if (error.row !== undefined && error.code !== 'TooFewFields' && error.code !== 'TooManyFields') badRows.set(error.row, error.message);
  rows.forEach((row, i) => {
    const index = i + 1;
    if (row.every((cell) => !cell.trim())) return;
    const bad = badRows.get(index);
    if (bad !== undefined) {
      result.problems.push({ kind: 'unreadable', index, line: index + 1, detail: bad });
      return;
    }
    const card = rowToCard(ours ? row.map(unguardCell) : row, roles);
    result.cards.push({ card, index, line: index + 1 });
  });
  return result;
}

function rowToCard(row: readonly string[], roles: readonly (ColumnRole | undefined)[]): Card {
  const card = emptyCard();
  const nameParts: Partial<Record<NamePart, string>> = {};
  const labels = new Map<string, string>();
  const addressParts = new Map<string, string[]>();
  roles.forEach((role, i) => {
    if (role?.field === 'pairedLabel') labels.set(role.pair, row[i]?.trim() ?? '');
  });
  roles.forEach((role, i) => {
    const value = row[i]?.trim() ?? '';
    if (!role || !value) return;
    switch (role.field) {
      case 'name':
        card.name ||= value;
        break;
      case 'namePart':
        nameParts[role.part] = value;
        break;
      case 'email':
        card.emails.push({ value, types: [] });
        break;
      case 'phone':
        card.phones.push({ value, types: [...role.types] });
        break;
      case 'pairedValue':
        addPaired(card, role.kind, value, labels.get(role.pair) ?? '');
        break;
      case 'pairedLabel':
        break;
      case 'skype':
        card.messaging.push({ value, service: 'skype' });
        break;
      case 'title':
        card.title ??= value;
        break;
      case 'organization':
        card.organization ??= value;
        break;
      case 'notes':
        card.note = card.note ? `${card.note}\n\n${value}` : value;
        break;
      case 'birthday':
        card.birthday ??= value;
        break;
      case 'url':
        card.urls.push(value);
        break;
      case 'address':
        card.addresses.push(value.replace(/\s*\n\s*/g, ', '));
        break;
      case 'addressPart':
        addressParts.set(role.group, [...(addressParts.get(role.group) ?? []), value]);
        break;
    }
  });
  for (const parts of addressParts.values()) card.addresses.push(parts.join(', '));
  if (nameParts.given) card.givenName = nameParts.given;
  if (nameParts.family) card.familyName = nameParts.family;
  card.name ||= [nameParts.prefix, nameParts.given, nameParts.middle, nameParts.family, nameParts.suffix].filter(Boolean).join(' ');
  return card;
}

/**
 * Google's numbered columns: the label says the kind ("Work", "Mobile", "Work Fax"; a leading "* "
 * marks the primary one) and a cell may hold several values joined by " ::: ".
 */
function addPaired(card: Card, kind: 'email' | 'phone' | 'address' | 'website', cell: string, label: string): void {
  const primary = label.startsWith('*');
  const words = label.replace(/^\*\s*/, '').toLowerCase();
  for (const value of cell
    .split(GOOGLE_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean)) {
    if (kind === 'address') card.addresses.push(value.replace(/\s*\n\s*/g, ', '));
    else if (kind === 'website') card.urls.push(value);
    else {
      const typed: CardValue = { value, types: labelTypes(words) };
      if (primary) typed.pref = 1;
      (kind === 'email' ? card.emails : card.phones).push(typed);
    }
  }
}

function labelTypes(label: string): string[] {
  const types: string[] = [];
  if (/\b(work|business)\b/.test(label)) types.push('work');
  if (/\bhome\b/.test(label)) types.push('home');
  if (/\b(mobile|cell)\b/.test(label)) types.push('cell');
  if (/\bfax\b/.test(label)) types.push('fax');
  if (/\bpager\b/.test(label)) types.push('pager');
  return types;
}
