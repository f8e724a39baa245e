// The view's filter, order and changes as the tests set and read them: through the commands, and as
// VS Code reads the view (its rows, their items, the view's description and badge).
import type { PaymoContactsApi } from '../../../src/testApi';
import type { ViewFilter } from '../../../src/store/viewFilter';
import { clientNodes, command, contactNodes } from './paymoApi';

/** Sets the filter of the account the argument names (`accountId`, `account`), or of the only one signed in. */
export function setFilter(filter: Partial<ViewFilter> & { accountId?: string | undefined; account?: unknown }): Thenable<ViewFilter | undefined> {
  return command<ViewFilter>('filter', filter);
}

export async function clearFilter(): Promise<void> {
  await command('clearFilter');
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
