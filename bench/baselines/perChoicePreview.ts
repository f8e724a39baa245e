// The import preview as it was before it was computed once, kept as the bench's baseline
// and as the reference the unit tests compare the one-pass preview with: the file read and matched
// again for each duplicate choice, and a duplicate look-up that copies the list it found (so 20,000
// cards of one name cost 20,000² steps). It shares the reader, the mapping, the photo check and the
// patch with the extension; only the per-choice loop and the copying are the old ones.
import { mapCard, notesWithLeftovers, type LeftoverLabels, type MappedFields } from '../../src/interchange/contactMapping';
import type { ColumnField } from '../../src/interchange/csvColumns';
import { readCsv } from '../../src/interchange/csvReader';
import { DUPLICATE_CHOICES, type DuplicateChoice } from '../../src/interchange/duplicateChoice';
import { DuplicateFinder, type Comparable } from '../../src/interchange/duplicates';
import { fileText } from '../../src/interchange/fileText';
import { formatOf, patchOf, photoOf, type ExistingContact, type PreviewRow, type RowOutcome } from '../../src/interchange/importPreview';
import { readVCards } from '../../src/interchange/vcardReader';

export interface PerChoiceOptions {
  existing: Iterable<ExistingContact>;
  onDuplicate: DuplicateChoice;
  keepLeftovers?: LeftoverLabels;
  columns?: Readonly<Record<string, ColumnField>>;
}

/** One choice's preview, read and matched from the bytes. */
export function perChoicePreview(fileName: string, bytes: Uint8Array, options: PerChoiceOptions): PreviewRow[] {
  const read = formatOf(fileName, bytes) === 'vcard' ? readVCards(bytes) : readCsv(fileText(bytes), options.columns);
  const rows: PreviewRow[] = read.problems.map((p) => ({ index: p.index, line: p.line, outcome: { action: 'skip', reason: p.kind, detail: p.detail } }));
  const existing = new DuplicateFinder<Comparable & { contact?: ExistingContact }>(
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
    const contacts = found ? [...found.contacts] : [];
    const inAccount = contacts.flatMap((c) => (c.contact ? [c.contact] : []));
    if (found && inAccount.length) row.duplicateOf = { reason: found.reason, contactIds: inAccount.map((c) => c.id) };
    row.outcome = outcomeOf(fields, found !== undefined, inAccount[0], options.onDuplicate);
    if (row.outcome.action === 'create') existing.add({ name: fields.name, email: fields.email });
    rows.push(row);
  }
  rows.sort((a, b) => a.index - b.index);
  return rows;
}

/** What the import command computed before showing the preview: a first look, then every choice with and without the leftovers. */
export function allChoicesPerChoice(fileName: string, bytes: Uint8Array, existing: readonly ExistingContact[], labels: LeftoverLabels) {
  perChoicePreview(fileName, bytes, { existing, onDuplicate: 'skip' });
  const set = (keep: boolean) =>
    Object.fromEntries(
      DUPLICATE_CHOICES.map((c) => [c, perChoicePreview(fileName, bytes, { existing, onDuplicate: c, ...(keep ? { keepLeftovers: labels } : {}) })]),
    ) as Record<DuplicateChoice, PreviewRow[]>;
  return { plain: set(false), keeping: set(true) };
}

function outcomeOf(fields: MappedFields, duplicate: boolean, match: ExistingContact | undefined, choice: DuplicateChoice): RowOutcome {
  if (!duplicate || choice === 'create') return { action: 'create' };
  if (!match) return { action: 'skip', reason: 'duplicateInFile' };
  if (choice === 'skip') return { action: 'skip', reason: 'duplicate' };
  const patch = patchOf(fields, match);
  return Object.keys(patch).length ? { action: 'update', contactId: match.id, patch } : { action: 'skip', reason: 'unchanged' };
}
