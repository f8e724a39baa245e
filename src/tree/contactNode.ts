// A client's contact: the tree's second level. Its `id` is stable across refreshes, so that selection
// survives; `contact` and `parent` are replaced in place when the data changes.
import * as vscode from 'vscode';
import type { ClientContact } from '../paymo';
import type { ClientNode } from './clientNode';
import { contactContextValue } from './contextValue';
import { field, formatDate, untrustedMarkdown } from './markdown';

export class ContactNode {
  readonly kind = 'contact';

  constructor(public contact: ClientContact, public parent: ClientNode) {}

  get id(): string {
    return `contact:${this.contact.id}`;
  }

  toTreeItem(avatar: vscode.Uri | undefined): vscode.TreeItem {
    const { contact } = this;
    const t = vscode.l10n.t;
    const item = new vscode.TreeItem(contact.name, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.contextValue = contactContextValue(contact);
    item.iconPath = avatar ?? new vscode.ThemeIcon(contact.is_main ? 'star-full' : 'account');
    const marks = [contact.is_main ? t('★ main') : undefined, contact.access ? t('portal') : undefined];
    item.description = [...marks, contact.position || contact.email].filter(Boolean).join(' · ') || undefined;
    item.tooltip = contactTooltip(contact, this.parent.client.name);
    item.command = { command: 'paymoContacts.openContact', title: t('Open Contact Details'), arguments: [this] };
    item.accessibilityInformation = {
      label: [contact.name, contact.is_main ? t('main contact') : undefined, contact.access ? t('has client portal access') : undefined,
        contact.position].filter(Boolean).join(', '),
    };
    return item;
  }
}

export function contactTooltip(contact: ClientContact, clientName: string): vscode.MarkdownString {
  const t = vscode.l10n.t;
  return untrustedMarkdown(contact.name, [    ...field(t('Client'), clientName),
    ...field(t('Main contact'), contact.is_main ? t('Yes') : t('No')),
    ...field(t('Client portal'), contact.access ? t('Has access') : t('No access')),
    ...field(t('Position'), contact.position),
    ...field(t('Email'), contact.email),
    ...field(t('Phone'), contact.phone),
    ...field(t('Mobile'), contact.mobile),
    ...field(t('Fax'), contact.fax),
    ...field(t('Skype'), contact.skype),
    ...field(t('Notes'), contact.notes),
    ...field(t('Profile image'), contact.image ? t('Yes') : t('None')),
    ...field(t('Created'), formatDate(contact.created_on)),
    ...field(t('Updated'), formatDate(contact.updated_on)),
    ...field(t('Paymo ID'), contact.id),
  ]);
}
