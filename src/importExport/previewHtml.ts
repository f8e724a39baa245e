// The import preview's page: a strict Content-Security-Policy with a per-load nonce, its own bundle
// and stylesheet from dist/webview, and an empty <main> the script fills from the host's message.
// No inline script or style; no image, font or connection from anywhere but the extension.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { formWebviewOptions } from '../forms/formHtml';

export const previewWebviewOptions = formWebviewOptions;

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(18).toString('base64');
  const file = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name)).toString();
  const source = webview.cspSource;
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${source}; font-src ${source}; img-src ${source}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttribute(vscode.env.language)}"><head><meta charset="UTF-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
    `<title>${escapeAttribute(vscode.l10n.t('Import Contacts'))}</title>`,
    `<link rel="stylesheet" href="${escapeAttribute(file('importPreview.css'))}"></head>`,
    `<body><main id="app" aria-busy="true"></main><script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(file('importPreview.js'))}"></script></body></html>`,
  ].join('\n');
}

function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}
