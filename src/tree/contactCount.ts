// How many contacts a client has, as the view's client rows and the client picker say it.
import * as vscode from 'vscode';
import { countText, takesSingular } from '../ui/displayFormat';

export function contactCountText(count: number): string {
  if (count === 0) return vscode.l10n.t('no contacts');
  return takesSingular(count) ? vscode.l10n.t('{0} contact', countText(count)) : vscode.l10n.t('{0} contacts', countText(count));
}
