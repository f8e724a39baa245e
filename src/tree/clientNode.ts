// A client: the tree's first level (the second, under its account, when several are signed in). The node object lives as long as the client is shown (its data is
// replaced in place), so that VS Code keeps selection and expansion across refreshes.
import * as vscode from 'vscode';
import type { TreeAccount } from './treeAccount';
import { mayChangeClients, type Client } from '../paymo';
import { contactCountText } from './contactCount';
import { clientContextValue } from './contextValue';
import { dateTimeText } from '../ui/displayFormat';
import { field, untrustedMarkdown } from './markdown';

export class ClientNode {
  readonly kind = 'client';

  constructor(
    readonly account: TreeAccount,
    public client: Client,
  ) {}

  get id(): string {
    return `${this.account.keyPrefix}client:${this.client.id}`;
  }

  toTreeItem(icon: vscode.Uri | undefined, contactCount: number): vscode.TreeItem {
    const { client } = this;
    const item = new vscode.TreeItem(client.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.contextValue = clientContextValue(client, mayChangeClients(this.account.auth.user));
    item.iconPath = icon ?? new vscode.ThemeIcon(client.active ? 'organization' : 'archive');
    item.description = [client.active ? undefined : vscode.l10n.t('archived'), contactCountText(contactCount)].filter(Boolean).join(' · ');
    item.tooltip = clientTooltip(client, contactCount);
    item.accessibilityInformation = {
      label: client.active ? client.name : vscode.l10n.t('{0}, archived client', client.name),
    };
    return item;
  }
}

function clientTooltip(client: Client, contactCount: number): vscode.MarkdownString {
  const address = [client.address, client.city, client.state, client.postal_code, client.country].filter(Boolean).join(', ');
  return untrustedMarkdown(client.name, [
    ...field(vscode.l10n.t('Status'), client.active ? vscode.l10n.t('Active') : vscode.l10n.t('Archived')),
    ...field(vscode.l10n.t('Contacts'), contactCount),
    ...field(vscode.l10n.t('Email'), client.email),
    ...field(vscode.l10n.t('Phone'), client.phone),
    ...field(vscode.l10n.t('Fax'), client.fax),
    ...field(vscode.l10n.t('Website'), client.website),
    ...field(vscode.l10n.t('Address'), address),
    ...field(vscode.l10n.t('Fiscal information'), client.fiscal_information),
    ...field(vscode.l10n.t('Created'), dateTimeText(client.created_on)),
    ...field(vscode.l10n.t('Updated'), dateTimeText(client.updated_on)),
    ...field(vscode.l10n.t('Paymo ID'), client.id),
  ]);
}
