// Runs an import's journal with a cancellable progress notification (count and time left), puts each
// contact in the tree as Paymo answers it, and ends with the report. A run that stopped (cancelled,
// signed out, offline) keeps its journal, and says that it can be resumed.
import * as vscode from 'vscode';
import type { ImportJournal } from '../interchange/importJournal';
import type { ImportReport } from '../interchange/importReport';
import { loadInterchange } from '../interchange/load';
import type { Services } from '../services';
import { notificationText } from '../ui/textEscaping';
import { countText, durationText, takesSingular } from '../ui/displayFormat';
import { showError } from '../ui/errorPresenter';
import { showReport } from './importReportView';
import { walkthroughStepDone } from '../ui/walkthrough';

export async function importWithProgress(services: Services, journal: ImportJournal): Promise<ImportReport> {
  const { plan } = journal;
  const count = countText(plan.steps.length);
  const title = notificationText(
    takesSingular(plan.steps.length)
      ? vscode.l10n.t('Importing {0} contact into {1}…', count, plan.clientName)
      : vscode.l10n.t('Importing {0} contacts into {1}…', count, plan.clientName),
  );
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const cancelled = token.onCancellationRequested(() => abort.abort());
    let reported = 0;
    try {
      return await loadInterchange().runImport(services.auth.api(), journal, {
        signal: abort.signal,
        onContact: (contact) => services.store.upsertContact(contact),
        onProgress: ({ done, total, etaSeconds }) => {
          const message =
            etaSeconds === undefined
              ? vscode.l10n.t('{0} of {1}', countText(done), countText(total))
              : vscode.l10n.t('{0} of {1}, about {2} left', countText(done), countText(total), durationText(etaSeconds, 'short'));
          progress.report({ increment: total ? ((done - reported) / total) * 100 : 0, message });
          reported = done;
        },
      });
    } finally {
      cancelled.dispose();
    }
  });
  if (report.remaining === 0) {
    // The journal deleted itself with the last answer; one with nothing to send never got one.
    journal.remove();
    walkthroughStepDone('importedContacts');
  }
  services.log.info(
    `Import of ${plan.fileName} into client ${plan.clientId}: ${report.created.length} created, ${report.updated.length} updated, ${report.skipped.length} skipped, ${report.failed.length} failed, ${report.remaining} left.`,
  );
  if (report.stopped && 'error' in report.stopped) showError(report.stopped.error, { action: vscode.l10n.t('Import contacts') });
  void showReport(report);
  return report;
}
