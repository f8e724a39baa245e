// A client's contact: the tree's second level. Its `id` is stable across refreshes, so that selection
// survives; `contact` and `parent` are replaced in place when the data changes.
import * as vscode from 'vscode';
import type { TreeAccount } from './treeAccount';
import { mayChangeClients, type ClientContact } from '../paymo';
import type { ClientNode } from './clientNode';
import { contactContextValue } from './contextValue';
import { dateTimeText } from '../ui/displayFormat';
import { field, untrustedMarkdown } from './markdown';

export class ContactNode {
  readonly kind = 'contact';

  constructor(
    public contact: ClientContact,
    public parent: ClientNode,
  ) {}

  get account(): TreeAccount {
    return this.parent.account;
  }

  get id(): string {
    return `${this.account.keyPrefix}contact:${this.contact.id}`;
  }

  toTreeItem(avatar: vscode.Uri | undefined): vscode.TreeItem {
    const { contact } = this;
    const item = new vscode.TreeItem(contact.name, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.contextValue = contactContextValue(contact, mayChangeClients(this.account.auth.user));
    item.iconPath = avatar ?? new vscode.ThemeIcon(contact.is_main ? 'star-full' : 'account');
    const marks = [contact.is_main ? vscode.l10n.t('★ main') : undefined, contact.access ? vscode.l10n.t('portal') : undefined];
    const detail = contact.position || contact.email;
    item.description = [...marks, detail].filter(Boolean).join(' · ') || undefined;
    item.tooltip = contactTooltip(contact, this.parent.client.name);
    item.command = { command: 'paymoContacts.openContact', title: vscode.l10n.t('Open Contact Details'), arguments: [this] };
    item.accessibilityInformation = {
      label: [
        contact.name,
        contact.is_main ? vscode.l10n.t('main contact') : undefined,
        contact.access ? vscode.l10n.t('has client portal access') : undefined,
        detail,
      ]
        .filter(Boolean)
        .join(', '),
    };
    return item;
  }
}

export function contactTooltip(contact: ClientContact, clientName: string): vscode.MarkdownString {
  return untrustedMarkdown(contact.name, [
    ...field(vscode.l10n.t('Client'), clientName),
    ...field(vscode.l10n.t('Main contact'), contact.is_main ? vscode.l10n.t('Yes') : vscode.l10n.t('No')),
    ...field(vscode.l10n.t('Client portal'), contact.access ? vscode.l10n.t('Has access') : vscode.l10n.t('No access')),
    ...field(vscode.l10n.t('Position'), contact.position),
    ...field(vscode.l10n.t('Email'), contact.email),
    ...field(vscode.l10n.t('Phone'), contact.phone),
    ...field(vscode.l10n.t('Mobile'), contact.mobile),
    ...field(vscode.l10n.t('Fax'), contact.fax),
    ...field(vscode.l10n.t('Skype'), contact.skype),
    ...field(vscode.l10n.t('Notes'), contact.notes),
    ...field(vscode.l10n.t('Profile image'), contact.image ? vscode.l10n.t('Yes') : vscode.l10n.t('None')),
    ...field(vscode.l10n.t('Created'), dateTimeText(contact.created_on)),
    ...field(vscode.l10n.t('Updated'), dateTimeText(contact.updated_on)),
    ...field(vscode.l10n.t('Paymo ID'), contact.id),
  ]);
}
