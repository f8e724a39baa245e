// Copies text and confirms it in the status bar, where it does not interrupt.
import * as vscode from 'vscode';
import { escapeIcons } from '../ui/textEscaping';

const CONFIRMATION_MS = 3000;

export async function copyToClipboard(text: string): Promise<string> {
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Copied {0}', escapeIcons(text))}`, CONFIRMATION_MS);
  return text;
}
