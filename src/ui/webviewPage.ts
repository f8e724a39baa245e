// Every webview page of the extension (the forms, the import preview) is built here, the same way: a
// strict Content-Security-Policy with a per-load nonce, the page's own script and stylesheet from
// dist/webview (the only local resources it may load), and an empty <main> the script fills from the
// host's messages. No inline script or style: the stylesheets take VS Code's theme colours through
// its `--vscode-*` variables (media/webviewPage.css, shared by every page), and vscode-elements
// styles itself through constructable stylesheets. Nothing a user typed is ever part of the page.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export interface WebviewPage {
  /** The page's bundle in dist/webview: `<bundle>.js` and `<bundle>.css` (esbuild.js). */
  bundle: string;
  /** The document's title (the panel's tab has its own). */
  title: string;
  /** Where images may come from besides the extension (`https:`, `data:`, an origin); none by default. */
  imageSources?: readonly string[];
}

function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

/** Scripts on, command links off, and local files only from dist/webview. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [webviewRoot(extensionUri)] };
}

export function webviewPageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const nonce = randomBytes(18).toString('base64');
  const file = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot(extensionUri), name)).toString();
  const source = webview.cspSource;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${source}`,
    `img-src ${[source, ...(page.imageSources ?? [])].join(' ')}`,
    `font-src ${source}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeAttribute(page.title)}</title>
<link rel="stylesheet" href="${escapeAttribute(file(`${page.bundle}.css`))}">
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(file(`${page.bundle}.js`))}"></script>
</body>
</html>`;
}

/** Text for an attribute value or element content. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
