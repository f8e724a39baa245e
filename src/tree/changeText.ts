// A change made elsewhere in words: what kind it is, and each field's old and new value ("Position:
// Intern → Associate"). For the tooltip of a changed row (Markdown, every value escaped) and the Show
// Changes list (plain text).
import * as vscode from 'vscode';
import type { PaymoCollection, PaymoId } from '../paymo';
import type { ChangeKind, FieldChange, FieldValue, RecordChange } from '../store/recordChanges';
import { fieldLabel } from '../ui/fieldLabel';
import { escapeMarkdown } from '../ui/textEscaping';
import type { TreeAccount } from './treeAccount';

/** A long value (notes, fiscal information) in a one-line list is cut here. */
const SHORT_VALUE = 60;

export function changeKindText(collection: PaymoCollection, kind: ChangeKind): string {
  const contact = collection === 'clientcontacts';
  switch (kind) {
    case 'created':
      return contact ? vscode.l10n.t('New contact') : vscode.l10n.t('New client');
    case 'edited':
      return contact ? vscode.l10n.t('Contact edited') : vscode.l10n.t('Client edited');
    case 'moved':
      return vscode.l10n.t('Contact moved');
    case 'deleted':
      return contact ? vscode.l10n.t('Contact deleted') : vscode.l10n.t('Client deleted');
  }
}

/** "Position: Intern → Associate", one per changed field, as plain text. */
export function fieldChangeTexts(change: RecordChange, account: Pick<TreeAccount, 'store'>, short = false): string[] {
  return change.fields.map((f) => {
    const label = fieldLabel(f.field, change.collection);
    // A picture's address says nothing to a reader: only whether one came, went or was replaced.
    if (f.field === 'image') {
      if (f.before === null) return vscode.l10n.t('{0}: added', label);
      return f.after === null ? vscode.l10n.t('{0}: removed', label) : vscode.l10n.t('{0}: replaced', label);
    }
    const [before, after] = [valueText(f, f.before, account), valueText(f, f.after, account)];
    const cut = (text: string) => (short && text.length > SHORT_VALUE ? `${text.slice(0, SHORT_VALUE - 1)}…` : text);
    return vscode.l10n.t('{0}: {1} → {2}', label, cut(before), cut(after));
  });
}

/** The tooltip's section on a changed row: what happened elsewhere, and each field's old and new value. */
export function changeLines(change: RecordChange, account: Pick<TreeAccount, 'store'>): string[] {
  return [`**${escapeMarkdown(vscode.l10n.t('Changed elsewhere since you last looked: {0}', changeKindText(change.collection, change.kind)))}**`].concat(
    fieldChangeTexts(change, account).map(escapeMarkdown),
  );
}

function valueText(change: FieldChange, value: FieldValue, account: Pick<TreeAccount, 'store'>): string {
  if (value === null) return vscode.l10n.t('(none)');
  switch (change.field) {
    case 'client_id':
      return clientName(account, value as PaymoId);
    case 'is_main':
      return value ? vscode.l10n.t('Yes') : vscode.l10n.t('No');
    case 'access':
      return value ? vscode.l10n.t('Has access') : vscode.l10n.t('No access');
    case 'active':
      return value ? vscode.l10n.t('Active') : vscode.l10n.t('Archived');
    default:
      return String(value).replace(/\s*\r?\n\s*/g, ' ');
  }
}

function clientName(account: Pick<TreeAccount, 'store'>, id: PaymoId): string {
  return account.store.client(id)?.name ?? vscode.l10n.t('client {0}', id);
}
