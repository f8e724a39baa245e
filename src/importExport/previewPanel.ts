// The import preview as a webview panel: shows what the import would do and resolves with the
// user's decision (Confirm, with the duplicate choices), or undefined when cancelled or closed.
// The page says `ready` before the host posts the model and then the rows, slice by slice.
import * as vscode from 'vscode';
import type { PreviewDecision, PreviewHostMessage, PreviewModel, PreviewRowView } from '../webviewContract/importMessages';
import { parsePreviewMessage } from './previewMessages';
import { webviewOptions, webviewPageHtml } from '../ui/webviewPage';

export const PREVIEW_VIEW_TYPE = 'paymoContacts.importPreview';

export function showImportPreview(extensionUri: vscode.Uri, model: PreviewModel, rows: readonly PreviewRowView[][]): Promise<PreviewDecision | undefined> {
  const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, model.labels.title, vscode.ViewColumn.Active, webviewOptions(extensionUri));
  panel.webview.html = webviewPageHtml(panel.webview, extensionUri, { bundle: 'importPreview', title: vscode.l10n.t('Import Contacts') });
  return new Promise((resolve) => {
    const settle = (decision: PreviewDecision | undefined) => {
      subscriptions.forEach((s) => s.dispose());
      resolve(decision);
      panel.dispose();
    };
    const subscriptions = [
      panel.onDidDispose(() => settle(undefined)),
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parsePreviewMessage(raw);
        if (message?.type === 'ready') void post(panel.webview, model, rows);
        else if (message?.type === 'cancel') settle(undefined);
        else if (message?.type === 'confirm')
          settle({ forAll: message.forAll, perRow: message.perRow, keepLeftovers: message.keepLeftovers, byOrganization: message.byOrganization });
      }),
    ];
  });
}

async function post(webview: vscode.Webview, model: PreviewModel, rows: readonly PreviewRowView[][]): Promise<void> {
  const send = (message: PreviewHostMessage) => webview.postMessage(message);
  // Each slice waits for the one before: the host serialises one slice per turn.
  if (!(await send({ type: 'preview', model }))) return;
  for (const slice of rows) if (!(await send({ type: 'rows', rows: slice }))) return;
}
