// A Paymo account: the tree's first level when several are signed in ("user — company (host)"), with its
// clients below it. Its description says how its data stands (loading, offline, how old).
import * as vscode from 'vscode';
import { mayChangeClients } from '../paymo';
import type { TreeAccount } from './treeAccount';
import { accountContextValue } from './contextValue';
import { field, untrustedMarkdown } from './markdown';

export class AccountNode {
  readonly kind = 'account';

  constructor(readonly account: TreeAccount) {}

  get id(): string {
    return `account:${this.account.slot.number}`;
  }

  /** `described`: its filter while one is set, and how old the data is ("updated 3 min ago") once it has loaded. */
  toTreeItem(described: string | undefined): vscode.TreeItem {
    const { account } = this;
    const item = new vscode.TreeItem(account.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.id;
    item.contextValue = accountContextValue(mayChangeClients(account.auth.user));
    item.iconPath = new vscode.ThemeIcon('account');
    const { state, message } = account.loader;
    item.description = stateText(state) ?? (message ? vscode.l10n.t('could not refresh') : described);
    item.tooltip = untrustedMarkdown(account.label, [
      ...field(vscode.l10n.t('Server'), account.auth.baseUrl),
      ...field(vscode.l10n.t('Email'), account.auth.user?.email),
      ...field(vscode.l10n.t('Status'), message ?? item.description),
    ]);
    item.accessibilityInformation = { label: vscode.l10n.t('Paymo account {0}', account.label) };
    return item;
  }
}

function stateText(state: TreeAccount['loader']['state']): string | undefined {
  switch (state) {
    case 'loading':
      return vscode.l10n.t('loading…');
    case 'offline':
      return vscode.l10n.t('offline: Refresh to try again');
    case 'error':
      return vscode.l10n.t('could not load: Show Log for details');
    case 'forbidden':
      return vscode.l10n.t('your Paymo role may not see clients');
    case 'empty':
      return vscode.l10n.t('no clients');
    default:
      return undefined;
  }
}
