// Entry of the import preview's webview bundle (dist/webview/importPreview.js): a table of what the
// import would do with each card, a duplicate choice for all rows and one per duplicate row, whether
// to keep what Paymo has no field for in the notes, and Confirm / Cancel. Nothing is sent before
// Confirm: the host does the sending. Every text is set as textContent, never as HTML.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '../webviewPage.css';
import './importPreview.css';
import { PreviewPage } from './previewPage';

new PreviewPage(document.getElementById('app')!).start();
