// The view's filter, order and changes as the tests set and read them: through the commands, and as
// VS Code reads the view (its rows, their items, the view's description and badge).
import * as vscode from 'vscode';
import type { PaymoContactsApi } from '../../../src/testApi';
import type { ViewFilter } from '../../../src/store/viewFilter';
import { clientNodes, contactNodes } from './paymoApi';

export function setFilter(filter: Partial<ViewFilter>): Thenable<ViewFilter | undefined> {
  return vscode.commands.executeCommand<ViewFilter | undefined>('paymoContacts.filter', filter);
}

export async function clearFilter(): Promise<void> {
  await vscode.commands.executeCommand('paymoContacts.clearFilter');
}

/** The view's rows: each client's label with its contacts' labels. */
export function shownRows(api: PaymoContactsApi): { client: string; contacts: string[] }[] {
  return clientNodes(api).map((node) => ({
    client: String(api.tree.getTreeItem(node).label),
    contacts: contactNodes(api, node).map((c) => String(api.tree.getTreeItem(c).label)),
  }));
}

/** Every contact the view shows, as the store holds it. */
export function shownContacts(api: PaymoContactsApi) {
  return clientNodes(api).flatMap((node) => contactNodes(api, node).map((c) => c.contact));
}
