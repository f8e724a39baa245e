// A form's page (every kind): a strict Content-Security-Policy with a per-load nonce, the bundled
// script and stylesheet from dist/webview, and an empty <main> the script fills. No inline script
// or style: vscode-elements styles itself through constructable stylesheets.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { isLoopbackHost } from '../paymo';

function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function formWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [webviewRoot(extensionUri)] };
}

/**
 * Images (contact pictures, client logos) come from the API's server: https anywhere, plain http only from the loopback
 * server the extension is configured for (the sandbox).
 */
function imageSources(webview: vscode.Webview, apiBaseUrl: string | undefined): string {
  const sources = [webview.cspSource, 'https:', 'data:'];
  try {
    const url = new URL(apiBaseUrl ?? '');
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) sources.push(url.origin);
  } catch {
    // No usable base URL: no http images.
  }
  return sources.join(' ');
}

export function formHtml(webview: vscode.Webview, extensionUri: vscode.Uri, apiBaseUrl: string | undefined): string {
  const nonce = randomBytes(18).toString('base64');
  const root = webviewRoot(extensionUri);
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'form.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'form.css'));
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource}`,
    `img-src ${imageSources(webview, apiBaseUrl)}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${attr(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${attr(vscode.l10n.t('Paymo contact'))}</title>
<link rel="stylesheet" href="${attr(style.toString())}">
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${attr(nonce)}" src="${attr(script.toString())}"></script>
</body>
</html>`;
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
