// How many contacts a client has, as the view's client rows and the client picker say it.
import * as vscode from 'vscode';

export function contactCountText(count: number): string {
  if (count === 0) return vscode.l10n.t('no contacts');
  return count === 1 ? vscode.l10n.t('1 contact') : vscode.l10n.t('{0} contacts', count);
}
