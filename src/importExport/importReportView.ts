// The end of an import: one message with the counts (a warning when rows failed or the run stopped),
// and the full report, row by row with reasons, to open or save.
import * as vscode from 'vscode';
import type { ImportReport } from '../interchange/importReport';
import { loadInterchange } from '../interchange/load';
import { countText, takesSingular } from '../ui/displayFormat';
import { notificationText } from '../ui/textEscaping';
import { writeWholeFile } from './wholeFile';

export async function showReport(report: ImportReport): Promise<void> {
  const counts = vscode.l10n.t(
    '{0} created, {1} updated, {2} skipped, {3} failed.',
    countText(report.created.length),
    countText(report.updated.length),
    countText(report.skipped.length),
    countText(report.failed.length),
  );
  const open = vscode.l10n.t('Show Report');
  const save = vscode.l10n.t('Save Report…');
  const stopped = report.remaining > 0;
  const left = countText(report.remaining);
  const message = !stopped
    ? vscode.l10n.t('Import into {0} done: {1}', report.clientName, counts)
    : takesSingular(report.remaining)
      ? vscode.l10n.t('Import into {0} stopped with {1} contact left: {2} Run "Paymo: Resume Import" to finish it.', report.clientName, left, counts)
      : vscode.l10n.t('Import into {0} stopped with {1} contacts left: {2} Run "Paymo: Resume Import" to finish it.', report.clientName, left, counts);
  const show = stopped || report.failed.length ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const answer = await show(notificationText(message), open, save);
  if (answer === open) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: text(report) }));
  if (answer === save) await saveReport(report);
}

async function saveReport(report: ImportReport): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Save Import Report'),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'import-report.md') } : {}),
    filters: { [vscode.l10n.t('Markdown')]: ['md'] },
  });
  if (uri) await writeWholeFile(uri, Buffer.from(text(report), 'utf8'));
}

function text(report: ImportReport): string {
  return loadInterchange().reportText(report, {
    title: vscode.l10n.t('Import of {0} into {1}', report.fileName, report.clientName),
    created: vscode.l10n.t('Created'),
    updated: vscode.l10n.t('Updated'),
    skipped: vscode.l10n.t('Skipped'),
    failed: vscode.l10n.t('Failed'),
    remaining: vscode.l10n.t('Not imported yet'),
    row: vscode.l10n.t('Row'),
  });
}
