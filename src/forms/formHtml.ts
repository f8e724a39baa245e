// A form's page (every kind), built like every webview page (`src/ui/webviewPage.ts`), with the one
// thing of its own: images (contact pictures, client logos) come from the API's server.
import * as vscode from 'vscode';
import { isLoopbackHost } from '../paymo';
import { webviewPageHtml } from '../ui/webviewPage';

/** https anywhere, plain http only from the loopback server the extension is configured for (the sandbox). */
function imageSources(apiBaseUrl: string | undefined): string[] {
  const sources = ['https:', 'data:'];
  try {
    const url = new URL(apiBaseUrl ?? '');
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) sources.push(url.origin);
  } catch {
    // No usable base URL: no http images.
  }
  return sources;
}

export function formHtml(webview: vscode.Webview, extensionUri: vscode.Uri, apiBaseUrl: string | undefined): string {
  return webviewPageHtml(webview, extensionUri, { bundle: 'form', title: vscode.l10n.t('Paymo contact'), imageSources: imageSources(apiBaseUrl) });
}
