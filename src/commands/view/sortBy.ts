// Sort By: the account's clients and contacts by name, or by their last change (newest first; a
// client by its own change or its newest contact's). Kept per account; until chosen, the
// `paymoContacts.sortOrder` setting decides.
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { isSortOrder, SORT_ORDERS, type SortOrder } from '../../store/ordering';
import { defaultSortOrder } from '../../tree/viewOptions';
import { argOption } from '../argOption';

interface OrderItem extends vscode.QuickPickItem {
  order: SortOrder;
}

/** `{ order: 'name' | 'lastChange' }` sorts without asking. */
export async function sortBy(services: Services, arg: unknown): Promise<SortOrder | undefined> {
  const options = services.account.viewOptions;
  const given = argOption(arg, 'order');
  const order = isSortOrder(given) ? given : await pickOrder(options.sort);
  if (order) await options.setSort(order);
  return order;
}

async function pickOrder(current: SortOrder): Promise<SortOrder | undefined> {
  const fallback = defaultSortOrder();
  const items = SORT_ORDERS.map((order): OrderItem => ({
    order,
    label: order === 'name' ? vscode.l10n.t('Name') : vscode.l10n.t('Last Change'),
    description: [order === current ? vscode.l10n.t('current') : undefined, order === fallback ? vscode.l10n.t('the setting’s default') : undefined]
      .filter(Boolean)
      .join(' · '),
    detail: order === 'name' ? vscode.l10n.t('Clients A to Z, each client’s main contact first') : vscode.l10n.t('Newest change first, clients and contacts'),
    iconPath: new vscode.ThemeIcon(order === 'name' ? 'case-sensitive' : 'history'),
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sort Clients & Contacts'), placeHolder: vscode.l10n.t('Sort by') });
  return picked?.order;
}
