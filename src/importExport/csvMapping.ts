// The mapping step of a CSV import: for each column no field was recognised for, the user says what
// it holds (or that it is to be left out). Tests and keybindings pass `{ columns: { header: field } }`.
import * as vscode from 'vscode';
import { COLUMN_FIELDS, type ColumnField } from '../interchange/csvColumns';
import { fieldLabel } from '../ui/fieldLabel';
import { notificationText } from '../ui/textEscaping';

export type ColumnMapping = Record<string, ColumnField>;

/** `columns` of a command argument, when it is a mapping. */
export function columnsOf(value: unknown): ColumnMapping | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value).filter((e): e is [string, ColumnField] => COLUMN_FIELDS.includes(e[1] as ColumnField));
  return Object.fromEntries(entries);
}

/** Asks for each column in turn; null when the user cancelled (Escape). Columns left out are not mapped. */
export async function askColumns(headers: readonly string[]): Promise<ColumnMapping | null> {
  // Entries, not assignments: a column headed "__proto__" is a key like any other.
  const mapping: [string, ColumnField][] = [];
  for (const [i, header] of headers.entries()) {
    const items: (vscode.QuickPickItem & { field?: ColumnField })[] = [
      { label: vscode.l10n.t('Leave out') },
      ...COLUMN_FIELDS.map((field) => ({ label: fieldLabel(field), field })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: notificationText(vscode.l10n.t('What does the column "{0}" hold? ({1} of {2})', header, i + 1, headers.length)),
      placeHolder: vscode.l10n.t('Choose the Paymo field, or leave the column out'),
    });
    if (!picked) return null;
    if (picked.field) mapping.push([header, picked.field]);
  }
  return Object.fromEntries(mapping);
}
