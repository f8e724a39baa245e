// What an import of a file would do, before anything is sent: each entry of the file becomes a row
// that would be created, would update an existing contact, or is skipped, with why. Duplicates are
// found against the account's contacts (same email; same name when the card has no email) and
// against the rows above; what happens to them is the user's choice (`onDuplicate`), for all rows
// here and per row in the preview. Photos are checked as an upload would be; a bad photo costs the
// photo, not the contact.
import { checkImage, checkImageSize, type ImageMime } from '../paymo';
import type { ClientContact, ContactPatch, InputProblem, PaymoId } from '../paymo';
import type { CardPhoto } from './card';
import { mapCard, notesWithLeftovers, type LeftoverLabels, type MappedFields } from './contactMapping';
import type { ColumnField } from './csvColumns';
import { readCsv } from './csvReader';
import { DuplicateFinder, type Comparable } from './duplicates';
import { fileText, utf8Bytes } from './fileText';
import type { ReadResult } from './readResult';
import { readVCards } from './vcardReader';

export type DuplicateChoice = 'skip' | 'update' | 'create';

export type RowOutcome =
  | { action: 'create' }
  | { action: 'update'; contactId: PaymoId; patch: ContactPatch }
  | { action: 'skip'; reason: 'duplicate' | 'duplicateInFile' | 'unchanged' }
  | { action: 'skip'; reason: 'noName' | 'brokenLine' | 'unreadable'; detail: string };

export interface PreviewRow {
  /** 1-based position of the card or CSV row in the file; `line` is where it starts. */
  index: number;
  line: number;
  /** The contact as it would be written (client_id and is_main are the import's). */
  fields?: MappedFields;
  photo?: { bytes: Uint8Array; mime: ImageMime };
  /** Why the card's photo is not imported: only linked (not in the file), or not an image Paymo takes (the check's words). */
  photoProblem?: { kind: 'linked'; uri: string } | { kind: 'invalid'; message: string; problem?: InputProblem };
  /** The card has no END:VCARD: it was read up to `lastLine` (the file, or the next card, began first). */
  incomplete?: { lastLine: number };
  /** The card's organisation (ORG, a CSV's company): the client it may go to instead of the chosen one. */
  organization?: string;
  /** The account's contacts this row matches, and on what. */
  duplicateOf?: { reason: 'email' | 'name'; contactIds: PaymoId[] };
  outcome: RowOutcome;
}

export interface ImportPreview {
  format: 'vcard' | 'csv';
  rows: PreviewRow[];
  /** CSV only: columns no field was recognised for. */
  unknownColumns: string[];
}

export interface PreviewOptions {
  /** The account's contacts (duplicates are looked for among all of them). */
  existing: Iterable<ClientContact>;
  onDuplicate: DuplicateChoice;
  /** Given when the user chose to keep what Paymo has no field for in the notes: its labels. */
  keepLeftovers?: LeftoverLabels;
  /** CSV only: what the user said the columns that were not recognised hold (header → field). */
  columns?: Readonly<Record<string, ColumnField>>;
}

/** vCard when the name says so or the file starts like one; CSV otherwise. */
export function formatOf(fileName: string, bytes: Uint8Array): 'vcard' | 'csv' {
  if (/\.(vcf|vcard)$/i.test(fileName)) return 'vcard';
  if (/\.csv$/i.test(fileName)) return 'csv';
  return /^\s*BEGIN:VCARD/i.test(utf8Bytes(bytes.subarray(0, 200)).toString('latin1')) ? 'vcard' : 'csv';
}

export function previewImport(fileName: string, bytes: Uint8Array, options: PreviewOptions): ImportPreview {
  const format = formatOf(fileName, bytes);
  const read: ReadResult = format === 'vcard' ? readVCards(bytes) : readCsv(fileText(bytes), options.columns);
  const rows: PreviewRow[] = read.problems.map((p) => ({ index: p.index, line: p.line, outcome: { action: 'skip', reason: p.kind, detail: p.detail } }));
  // The account's contacts carry themselves; rows about to be created carry nothing.
  const existing = new DuplicateFinder<Comparable & { contact?: ClientContact }>(
    [...options.existing].map((contact) => ({ name: contact.name, email: contact.email, contact })),
  );
  for (const { card, index, line, incomplete } of read.cards) {
    const mapped = mapCard(card);
    if (!mapped) {
      rows.push({ index, line, outcome: { action: 'skip', reason: 'noName', detail: '' } });
      continue;
    }
    const fields = options.keepLeftovers
      ? { ...mapped.fields, notes: notesWithLeftovers(mapped.fields.notes, mapped.leftovers, options.keepLeftovers) }
      : mapped.fields;
    const row: PreviewRow = { index, line, fields, outcome: { action: 'create' }, ...(incomplete ? { incomplete } : {}) };
    if (card.organization?.trim()) row.organization = card.organization.trim();
    Object.assign(row, photoOf(mapped.photo, `photo ${index}`));
    const found = existing.find(fields);
    const inAccount = found?.contacts.flatMap((c) => (c.contact ? [c.contact] : [])) ?? [];
    if (found && inAccount.length) row.duplicateOf = { reason: found.reason, contactIds: inAccount.map((c) => c.id) };
    row.outcome = outcomeOf(fields, found !== undefined, inAccount[0], options.onDuplicate);
    if (row.outcome.action === 'create') existing.add({ name: fields.name, email: fields.email });
    rows.push(row);
  }
  rows.sort((a, b) => a.index - b.index);
  return { format, rows, unknownColumns: read.unknownColumns ?? [] };
}

function outcomeOf(fields: MappedFields, duplicate: boolean, match: ClientContact | undefined, choice: DuplicateChoice): RowOutcome {
  if (!duplicate || choice === 'create') return { action: 'create' };
  if (!match) return { action: 'skip', reason: 'duplicateInFile' };
  if (choice === 'skip') return { action: 'skip', reason: 'duplicate' };
  const patch = patchOf(fields, match);
  return Object.keys(patch).length ? { action: 'update', contactId: match.id, patch } : { action: 'skip', reason: 'unchanged' };
}

/** The fields the card has and the contact has otherwise: an update never clears what the card lacks. */
function patchOf(fields: MappedFields, contact: ClientContact): ContactPatch {
  const patch: ContactPatch = {};
  for (const key of Object.keys(fields) as (keyof MappedFields)[]) {
    const value = fields[key];
    if (value !== null && value !== (contact[key] ?? null)) Object.assign(patch, { [key]: value });
  }
  return patch;
}

function photoOf(photo: CardPhoto | undefined, fileName: string): Pick<PreviewRow, 'photo' | 'photoProblem'> {
  if (!photo) return {};
  try {
    if (photo.oversizeBytes !== undefined) checkImageSize(photo.oversizeBytes, fileName);
    if (!photo.bytes) return { photoProblem: { kind: 'linked', uri: photo.uri ?? '' } };
    return { photo: { bytes: photo.bytes, mime: checkImage(photo.bytes, fileName).mime } };
  } catch (error) {
    // Told by its fields, not `instanceof`: this file is bundled apart from the extension's error classes.
    const problem = (error as { problem?: InputProblem }).problem;
    return { photoProblem: { kind: 'invalid', message: error instanceof Error ? error.message : String(error), ...(problem ? { problem } : {}) } };
  }
}
