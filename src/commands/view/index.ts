// The view's own commands: filter, clear the filter, sort, list what changed elsewhere, and the copy
// links of the tooltips. Each acts on the account of its target (an account's row, `{ accountId }`),
// or asks which when several are signed in; Clear Filter and Show Changes cover every account.
import * as vscode from 'vscode';
import type { CommandTable } from '../../accounts/commandTable';
import type { ExtensionServices } from '../../services';
import { clearFilter } from './clearFilter';
import { copyField } from './copyField';
import { filterView } from './filterView';
import { showChanges } from './showChanges';
import { sortBy } from './sortBy';

export function viewCommands(services: ExtensionServices): CommandTable {
  return {
    'paymoContacts.filter': { action: vscode.l10n.t('Filter the view'), forAccount: filterView },
    'paymoContacts.clearFilter': { action: vscode.l10n.t('Clear the filter'), run: (arg) => clearFilter(services, arg) },
    'paymoContacts.sortBy': { action: vscode.l10n.t('Sort the view'), forAccount: sortBy },
    'paymoContacts.showChanges': { action: vscode.l10n.t('Show changes'), run: (arg) => showChanges(services, arg) },
    'paymoContacts.copyField': { action: vscode.l10n.t('Copy'), forAccount: copyField },
  };
}
