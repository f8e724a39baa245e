// The words for the filter's toggles: in the filter's quick pick, and in the view's description
// while the filter is set ("filtered: “anna”, portal access").
import * as vscode from 'vscode';
import { FILTER_TOGGLES, isFiltering, type FilterToggle, type ViewFilter } from '../store/viewFilter';

/** What a toggle keeps, as the filter's quick pick offers it. */
export function toggleLabel(toggle: FilterToggle): string {
  switch (toggle) {
    case 'portalAccess':
      return vscode.l10n.t('Contacts with portal access');
    case 'mainContacts':
      return vscode.l10n.t('Main contacts only');
    case 'noEmailOrPhone':
      return vscode.l10n.t('Contacts without an email or phone');
    case 'noContacts':
      return vscode.l10n.t('Clients with no contacts');
    case 'archived':
      return vscode.l10n.t('Archived clients');
  }
}

function shortLabel(toggle: FilterToggle): string {
  switch (toggle) {
    case 'portalAccess':
      return vscode.l10n.t('portal access');
    case 'mainContacts':
      return vscode.l10n.t('main contacts');
    case 'noEmailOrPhone':
      return vscode.l10n.t('no email or phone');
    case 'noContacts':
      return vscode.l10n.t('no contacts');
    case 'archived':
      return vscode.l10n.t('archived');
  }
}

/** "filtered: “anna”, portal access"; undefined when nothing is set. */
export function filterSummary(filter: ViewFilter): string | undefined {
  if (!isFiltering(filter)) return undefined;
  const text = filter.text.trim();
  const parts = [...(text ? [`“${text}”`] : []), ...FILTER_TOGGLES.filter((t) => filter[t]).map(shortLabel)];
  return vscode.l10n.t('filtered: {0}', parts.join(', '));
}
