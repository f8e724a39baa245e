// From the preview the user confirmed to the steps an import sends: each row's outcome under the
// duplicate choice made for it (for all rows, or per row), the contacts it creates in the chosen
// client, the updates, and what is skipped with why. Nothing here sends anything.
import type { ClientContact, PaymoId } from '../paymo';
import { nameKey } from './duplicates';
import type { ImportPlan, PlannedStep } from './importJournal';
import type { DuplicateChoice } from './duplicateChoice';
import { rowUnder, type ImportPreview, type PreviewRow } from './importPreview';

export interface PlanContext {
  owner: string;
  clientId: PaymoId;
  clientName: string;
  fileName: string;
  /** The account's contacts when the preview was made: a lost create's contact is none of these. */
  existing: Iterable<Pick<ClientContact, 'id' | 'name'>>;
  /** Rows that go to another client than `clientId` (by their organisation): row index → client id. */
  clientOfRow?: ReadonlyMap<number, PaymoId>;
  /** Why a row is skipped, in the user's language. */
  skipReason: (row: PreviewRow) => string;
}

/** What the user chose in the preview: for all rows, per row (row index → choice), and whether to keep the leftovers in the notes. */
export interface Choices {
  forAll: DuplicateChoice;
  perRow?: Readonly<Record<number, DuplicateChoice>>;
  keepLeftovers?: boolean;
}

/** Each row of the preview as the choice made for it says. */
export function chosenRows(preview: ImportPreview, { forAll, perRow = {}, keepLeftovers = false }: Choices): PreviewRow[] {
  return preview.rows.map((row) => rowUnder(row, perRow[row.index] ?? forAll, keepLeftovers));
}

export function planImport(rows: readonly PreviewRow[], context: PlanContext): ImportPlan {
  const sameName = new Map<string, PaymoId[]>();
  for (const c of context.existing) {
    const ids = sameName.get(nameKey(c.name));
    if (ids) ids.push(c.id);
    else sameName.set(nameKey(c.name), [c.id]);
  }
  const steps: PlannedStep[] = [];
  const skipped: ImportPlan['skipped'] = [];
  for (const row of rows) {
    const { outcome, fields } = row;
    if (outcome.action === 'create' && fields) {
      steps.push({
        action: 'create',
        row: row.index,
        fields: { ...fields, client_id: context.clientOfRow?.get(row.index) ?? context.clientId },
        ...(row.photo ? { photo: { base64: Buffer.from(row.photo.bytes).toString('base64'), mime: row.photo.mime } } : {}),
        knownBefore: sameName.get(nameKey(fields.name)) ?? [],
      });
    } else if (outcome.action === 'update' && fields) {
      steps.push({ action: 'update', row: row.index, contactId: outcome.contactId, patch: outcome.patch, name: fields.name });
    } else {
      skipped.push({ row: row.index, ...(fields ? { name: fields.name } : {}), reason: context.skipReason(row) });
    }
  }
  return { owner: context.owner, clientId: context.clientId, clientName: context.clientName, fileName: context.fileName, steps, skipped };
}
