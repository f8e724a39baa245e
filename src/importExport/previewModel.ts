// The preview's rows in the user's language: what each card becomes, why a row is skipped, which
// account contact a duplicate matches, what happens to its photo. The page only shows these texts.
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as vscode from 'vscode';
import { DUPLICATE_CHOICES, type DuplicateChoice } from '../interchange/duplicateChoice';
import type { ImportPreview, MatchedRow, PreviewRow, RowOutcome } from '../interchange/importPreview';
import { loadInterchange } from '../interchange/load';
import type { PaymoId } from '../paymo';
import type { OutcomeView, PreviewModel, PreviewRowView } from '../webviewContract/importMessages';
import { inputProblemText } from '../ui/problemText';

/** Why a row is not imported, in words (the preview and the end report say the same). */
export function skipReason(row: Pick<PreviewRow, 'line' | 'index' | 'outcome'>): string {
  const { outcome } = row;
  if (outcome.action !== 'skip') return '';
  switch (outcome.reason) {
    case 'duplicate':
      return vscode.l10n.t('Already in Paymo');
    case 'duplicateInFile':
      return vscode.l10n.t('The same person is on an earlier row of the file');
    case 'unchanged':
      return vscode.l10n.t('Already in Paymo with these details');
    case 'noName':
      return vscode.l10n.t('The card has no name');
    case 'brokenLine':
      return vscode.l10n.t('Line {0} is broken: {1}', row.line, outcome.detail);
    case 'unreadable':
      return vscode.l10n.t('Row {0} cannot be read: {1}', row.index, outcome.detail);
  }
}

export function previewModel(fileName: string, clientName: string, rowCount: number, forAll: DuplicateChoice): PreviewModel {
  return {
    forAll,
    rowCount,
    labels: {
      title: vscode.l10n.t('Import {0} into {1}', fileName, clientName),
      summary: vscode.l10n.t('{0} to create, {1} to update, {2} skipped. Nothing is sent before you confirm.'),
      forAll: vscode.l10n.t('Contacts already in Paymo:'),
      choices: { skip: vscode.l10n.t('Skip'), update: vscode.l10n.t('Update'), create: vscode.l10n.t('Create anyway') },
      keepLeftovers: vscode.l10n.t('Keep what Paymo has no field for (other numbers, addresses, birthday…) in the notes'),
      byOrganization: vscode.l10n.t("Put each card in its organisation's client, creating the clients that do not exist"),
      columns: {
        row: vscode.l10n.t('Row'),
        name: vscode.l10n.t('Name'),
        email: vscode.l10n.t('Email'),
        action: vscode.l10n.t('Import as'),
        detail: vscode.l10n.t('Details'),
        duplicate: vscode.l10n.t('In Paymo'),
        photo: vscode.l10n.t('Photo'),
      },
      actions: { create: vscode.l10n.t('Create'), update: vscode.l10n.t('Update'), skip: vscode.l10n.t('Skip') },
      confirm: vscode.l10n.t('Import'),
      cancel: vscode.l10n.t('Cancel'),
    },
  };
}

/**
 * The rows in words, in slices of `ROWS_PER_SLICE`, each made in a turn of its own: a file of
 * 100,000 cards never holds the extension host for all of them at once.
 */
export async function rowViews(preview: ImportPreview, nameOf: (id: PaymoId) => string): Promise<PreviewRowView[][]> {
  const slices: PreviewRowView[][] = [];
  for (let i = 0; i < preview.rows.length; i += ROWS_PER_SLICE) {
    if (i > 0) await nextTurn();
    slices.push(preview.rows.slice(i, i + ROWS_PER_SLICE).map((row) => rowView(row, nameOf)));
  }
  return slices;
}

const ROWS_PER_SLICE = 500;

function rowView(row: MatchedRow, nameOf: (id: PaymoId) => string): PreviewRowView {
  const { duplicateOf, photo, photoProblem } = row;
  const { outcomeUnder } = loadInterchange();
  const names = duplicateOf?.contactIds.map(nameOf).join(', ') ?? '';
  const outcomes = (keep: boolean) =>
    Object.fromEntries(DUPLICATE_CHOICES.map((choice) => [choice, outcomeView(row, outcomeUnder(row, choice, keep))])) as PreviewRowView['outcomes'];
  return {
    index: row.index,
    line: row.line,
    name: row.fields?.name ?? '',
    email: row.fields?.email ?? '',
    duplicate: !duplicateOf ? '' : duplicateOf.reason === 'email' ? vscode.l10n.t('Same email as {0}', names) : vscode.l10n.t('Same name as {0}', names),
    photo: photo
      ? vscode.l10n.t('Imported')
      : photoProblem?.kind === 'linked'
        ? vscode.l10n.t('Not imported: only linked, not in the file')
        : photoProblem
          ? vscode.l10n.t('Not imported: {0}', photoProblem.problem ? inputProblemText(photoProblem.problem) : photoProblem.message)
          : '',
    outcomes: outcomes(false),
    ...(row.update?.patchKeepingLeftovers ? { outcomesKeepingLeftovers: outcomes(true) } : {}),
  };
}

function outcomeView(row: Pick<PreviewRow, 'line' | 'index' | 'incomplete'>, outcome: RowOutcome): OutcomeView {
  return {
    action: outcome.action,
    detail: [
      outcome.action === 'update' ? vscode.l10n.t('Changes: {0}', Object.keys(outcome.patch).join(', ')) : skipReason({ ...row, outcome }),
      row.incomplete ? vscode.l10n.t('The card has no END:VCARD; it is read up to line {0}', row.incomplete.lastLine) : '',
    ]
      .filter(Boolean)
      .join('; '),
  };
}
