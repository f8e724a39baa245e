// What an import of a file would do, before anything is sent. The file is read and matched against
// the account once (`previewImport`): each entry becomes a row with its fields, its photo, what it
// duplicates and what an update would change; every duplicate choice, with or without what Paymo has
// no field for kept in the notes, is then read off those rows (`rowUnder`), for all rows at once and
// per row in the preview. Duplicates are found against the account's contacts (same email; same name
// when the card has no email) and against the rows above that would be created. Photos are checked
// as an upload would be; a bad photo costs the photo, not the contact.
import { checkImage, checkImageSize, type ImageMime } from '../paymo';
import type { ClientContact, ContactPatch, InputProblem, PaymoId } from '../paymo';
import { mapCard, notesWithLeftovers, type LeftoverLabels, type MappedFields } from './contactMapping';
import type { ColumnField } from './csvColumns';
import { readCsv } from './csvReader';
import type { CardPhoto } from './card';
import type { DuplicateChoice } from './duplicateChoice';
import { DuplicateFinder, type Comparable } from './duplicates';
import { fileText, utf8Bytes } from './fileText';
import type { ReadCard, ReadResult } from './readResult';
import { readVCards } from './vcardReader';

export type RowOutcome =
  | { action: 'create' }
  | { action: 'update'; contactId: PaymoId; patch: ContactPatch }
  | { action: 'skip'; reason: 'duplicate' | 'duplicateInFile' | 'unchanged' }
  | { action: 'skip'; reason: 'noName' | 'brokenLine' | 'unreadable'; detail: string };

/** A row as one duplicate choice makes it: what the plan and the preview page read. */
export interface PreviewRow {
  /** 1-based position of the card or CSV row in the file; `line` is where it starts. */
  index: number;
  line: number;
  /** The contact as it would be written (client_id and is_main are the import's). */
  fields?: MappedFields;
  photo?: { bytes: Uint8Array; mime: ImageMime };
  /** Why the card's photo is not imported: only linked (not in the file), or not an image Paymo takes (the check's words). */
  photoProblem?: { kind: 'linked'; uri: string } | { kind: 'invalid'; message: string; problem?: InputProblem };
  /** The card's organisation (ORG, a CSV's company): the client it may go to instead of the chosen one. */
  organization?: string;
  /** The account's contacts this row matches, and on what. */
  duplicateOf?: { reason: 'email' | 'name'; contactIds: PaymoId[] };
  outcome: RowOutcome;
  /** The card has no END:VCARD: it was read up to `lastLine` (the file, or the next card, began first). */
  incomplete?: { lastLine: number };
}

/** A row of the file read and matched once, before any choice: every choice's row is made from it. */
export interface MatchedRow extends Omit<PreviewRow, 'outcome'> {
  /** Skipped whatever the choice: the entry cannot be read, or has no name. */
  unusable?: Extract<RowOutcome, { detail: string }>;
  /** No account contact matches, but an earlier row of the file that would be created does. */
  sameAsEarlierRow?: true;
  /** The first matching account contact and what an update would change (with the leftovers kept in the notes: `patchKeepingLeftovers`, when there are any). */
  update?: { contactId: PaymoId; patch: ContactPatch; patchKeepingLeftovers?: ContactPatch };
  /** The notes with what Paymo has no field for added: only when the card has something left over. */
  notesKeepingLeftovers?: string | null;
}

export interface ImportPreview {
  format: 'vcard' | 'csv';
  /** In the file's order. */
  rows: MatchedRow[];
  /** CSV only: columns no field was recognised for. */
  unknownColumns: string[];
}

/** An account contact as far as the preview compares and updates it. */
export type ExistingContact = Pick<ClientContact, 'id' | keyof MappedFields>;

export interface PreviewOptions {
  /** The account's contacts (duplicates are looked for among all of them). */
  existing: Iterable<ExistingContact>;
  /** How what Paymo has no field for is labelled in the notes, for a user who keeps it there; without them it is not offered. */
  leftoverLabels?: LeftoverLabels;
  /** CSV only: what the user said the columns that were not recognised hold (header → field). */
  columns?: Readonly<Record<string, ColumnField>>;
  /** Once the file is read (`done` 0), after each entry matched, and at the end (`done` = `total`). */
  onProgress?: (done: number, total: number) => void;
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
  const total = read.cards.length + read.problems.length;
  options.onProgress?.(0, total);
  const match = matcher(options);
  const rows: MatchedRow[] = [];
  // Cards and problems each come in the file's order: merged, the rows are too.
  const problems = read.problems.values();
  let problem = problems.next();
  const problemsBefore = (index: number) => {
    for (; !problem.done && problem.value.index < index; problem = problems.next()) {
      const { kind, detail } = problem.value;
      rows.push({ index: problem.value.index, line: problem.value.line, unusable: { action: 'skip', reason: kind, detail } });
    }
  };
  // Each card is let go once its row is made: the cards and the rows together would hold the file twice.
  const cards: (ReadCard | undefined)[] = read.cards;
  for (let i = 0; i < cards.length; i++) {
    const entry = cards[i]!;
    cards[i] = undefined;
    problemsBefore(entry.index);
    rows.push(match(entry));
    options.onProgress?.(rows.length, total);
  }
  problemsBefore(Infinity);
  options.onProgress?.(total, total);
  return { format, rows, unknownColumns: read.unknownColumns ?? [] };
}

/**
 * Matches the file's cards in order. Under "skip" and "update" a row is created exactly when nothing
 * matches it, so those rows are what later rows are compared with (`created`); under "create" every
 * row is created anyway, and only the account's matches are shown.
 */
function matcher(options: PreviewOptions): (entry: ReadCard) => MatchedRow {
  const account = new DuplicateFinder<Comparable & { contact: ExistingContact }>(
    [...options.existing].map((contact) => ({ name: contact.name, email: contact.email, contact })),
  );
  const created = new DuplicateFinder<Comparable>([]);
  // Many cards of one person share one list of ids, as they share the index's list of contacts.
  const idsOf = new Map<readonly unknown[], PaymoId[]>();
  return ({ card, index, line, incomplete }) => {
    const mapped = mapCard(card);
    if (!mapped) return { index, line, unusable: { action: 'skip', reason: 'noName', detail: '' } };
    const { fields } = mapped;
    const row: MatchedRow = { index, line, fields };
    if (incomplete) row.incomplete = incomplete;
    if (options.leftoverLabels && mapped.leftovers.length)
      row.notesKeepingLeftovers = notesWithLeftovers(fields.notes, mapped.leftovers, options.leftoverLabels);
    if (card.organization?.trim()) row.organization = card.organization.trim();
    Object.assign(row, photoOf(mapped.photo, `photo ${index}`));
    const inAccount = account.find(fields);
    const first = inAccount?.contacts[0]?.contact;
    if (inAccount && first) {
      let contactIds = idsOf.get(inAccount.contacts);
      if (!contactIds) idsOf.set(inAccount.contacts, (contactIds = inAccount.contacts.map((c) => c.contact.id)));
      row.duplicateOf = { reason: inAccount.reason, contactIds };
      row.update = { contactId: first.id, patch: patchOf(fields, first) };
      if (row.notesKeepingLeftovers !== undefined) row.update.patchKeepingLeftovers = patchOf({ ...fields, notes: row.notesKeepingLeftovers }, first);
    } else if (created.find(fields)) {
      row.sameAsEarlierRow = true;
    } else {
      created.add({ name: fields.name, email: fields.email });
    }
    return row;
  };
}

/** The row under a duplicate choice, with or without the leftovers kept in the notes. */
export function rowUnder(row: MatchedRow, choice: DuplicateChoice, keepLeftovers: boolean): PreviewRow {
  const { index, line, fields, photo, photoProblem, organization, duplicateOf, incomplete, notesKeepingLeftovers } = row;
  const chosen: PreviewRow = { index, line, outcome: outcomeUnder(row, choice, keepLeftovers) };
  if (fields) chosen.fields = keepLeftovers && notesKeepingLeftovers !== undefined ? { ...fields, notes: notesKeepingLeftovers } : fields;
  if (photo) chosen.photo = photo;
  if (photoProblem) chosen.photoProblem = photoProblem;
  if (organization !== undefined) chosen.organization = organization;
  if (duplicateOf) chosen.duplicateOf = duplicateOf;
  if (incomplete) chosen.incomplete = incomplete;
  return chosen;
}

/** What becomes of the row under a duplicate choice. */
export function outcomeUnder(row: MatchedRow, choice: DuplicateChoice, keepLeftovers: boolean): RowOutcome {
  if (row.unusable) return row.unusable;
  if (choice === 'create' || (!row.update && !row.sameAsEarlierRow)) return { action: 'create' };
  if (!row.update) return { action: 'skip', reason: 'duplicateInFile' };
  if (choice === 'skip') return { action: 'skip', reason: 'duplicate' };
  const { contactId, patch, patchKeepingLeftovers } = row.update;
  const chosen = (keepLeftovers && patchKeepingLeftovers) || patch;
  return Object.keys(chosen).length ? { action: 'update', contactId, patch: chosen } : { action: 'skip', reason: 'unchanged' };
}

/** The fields the card has and the contact has otherwise: an update never clears what the card lacks. */
export function patchOf(fields: MappedFields, contact: ExistingContact): ContactPatch {
  const patch: ContactPatch = {};
  for (const key of Object.keys(fields) as (keyof MappedFields)[]) {
    const value = fields[key];
    if (value !== null && value !== (contact[key] ?? null)) Object.assign(patch, { [key]: value });
  }
  return patch;
}

/** A card's photo as an upload would take it, or why it is not imported. */
export function photoOf(photo: CardPhoto | undefined, fileName: string): Pick<PreviewRow, 'photo' | 'photoProblem'> {
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
