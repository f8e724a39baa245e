// A client's contact: the tree's second level. Its `id` is stable across refreshes, so that selection
// survives; `contact` and `parent` are replaced in place when the data changes.
import * as vscode from 'vscode';
import type { TreeAccount } from './treeAccount';
import { mayChangeClients, type ClientContact } from '../paymo';
import type { RecordChange } from '../store/recordChanges';
import type { ClientNode } from './clientNode';
import { changeNote } from './changeMarks';
import { changeLines } from './changeText';
import { contactContextValue } from './contextValue';
import { fieldLabel } from '../ui/fieldLabel';
import { dateTimeText } from '../ui/displayFormat';
import { itemUri } from './itemUri';
import { actionLink, field, tooltipMarkdown, untrustedMarkdown } from './markdown';

/** The fields a contact's copy links copy (`paymoContacts.copyField`). */
export const COPYABLE_CONTACT_FIELDS = ['name', 'email', 'phone', 'mobile', 'fax', 'skype', 'position', 'notes', 'id'] as const;
export type CopyableContactField = (typeof COPYABLE_CONTACT_FIELDS)[number];

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

  /** `change`: what changed elsewhere and is not seen yet. */
  toTreeItem(avatar: vscode.Uri | undefined, change: RecordChange | undefined): vscode.TreeItem {
    const { contact } = this;
    const item = new vscode.TreeItem(contact.name, vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.resourceUri = itemUri(this.account.keyPrefix, 'clientcontacts', contact.id);
    item.contextValue = contactContextValue(contact, mayChangeClients(this.account.auth.user));
    item.iconPath = avatar ?? new vscode.ThemeIcon(contact.is_main ? 'star-full' : 'account');
    const marks = [contact.is_main ? vscode.l10n.t('★ main') : undefined, contact.access ? vscode.l10n.t('portal') : undefined];
    const detail = contact.position || contact.email;
    item.description = [...marks, detail].filter(Boolean).join(' · ') || undefined;
    item.tooltip = this.tooltip(change);
    item.command = { command: 'paymoContacts.openContact', title: vscode.l10n.t('Open Contact Details'), arguments: [this] };
    item.accessibilityInformation = {
      label: [
        contact.name,
        contact.is_main ? vscode.l10n.t('main contact') : undefined,
        contact.access ? vscode.l10n.t('has client portal access') : undefined,
        detail,
        changeNote(change),
      ]
        .filter(Boolean)
        .join(', '),
    };
    return item;
  }

  /** Every field, each value with a link that copies it; what changed elsewhere below them. */
  private tooltip(change: RecordChange | undefined): vscode.MarkdownString {
    const { contact, account } = this;
    const target = { contactId: contact.id, ...(account.id ? { accountId: account.id } : {}) };
    const copy = (field: CopyableContactField) => actionLink(vscode.l10n.t('Copy'), 'paymoContacts.copyField', { ...target, field });
    const links = (field: CopyableContactField) =>
      field === 'email' ? [copy(field), actionLink(vscode.l10n.t('Send Email'), 'paymoContacts.sendEmail', target)] : [copy(field)];
    const changed = change ? changeLines(change, account) : [];
    return tooltipMarkdown(contact.name, contactDetails(contact, this.parent.client.name, links), changed.length ? [changed.join('  \n')] : []);
  }
}

/** A contact's text fields, in the order its details list them. */
const CONTACT_DETAIL_FIELDS = ['position', 'email', 'phone', 'mobile', 'fax', 'skype', 'notes'] as const;

/**
 * Every field Paymo has of a contact, one line each. `links` adds actions after a field's value (the
 * tooltip's copy links); the read-only details document has none.
 */
export function contactDetails(contact: ClientContact, clientName: string, links: (field: CopyableContactField) => string[] = () => []): string[] {
  return [
    ...field(fieldLabel('client_id'), clientName),
    ...field(fieldLabel('is_main'), contact.is_main ? vscode.l10n.t('Yes') : vscode.l10n.t('No')),
    ...field(fieldLabel('access'), contact.access ? vscode.l10n.t('Has access') : vscode.l10n.t('No access')),
    ...CONTACT_DETAIL_FIELDS.flatMap((f) => field(fieldLabel(f), contact[f], ...links(f))),
    ...field(fieldLabel('image'), contact.image ? vscode.l10n.t('Yes') : vscode.l10n.t('None')),
    ...field(vscode.l10n.t('Created'), dateTimeText(contact.created_on)),
    ...field(vscode.l10n.t('Updated'), dateTimeText(contact.updated_on)),
    ...field(vscode.l10n.t('Paymo ID'), contact.id, ...links('id')),
  ];
}

/** The read-only details (the contact document): every field, no links. */
export function contactDetailsMarkdown(contact: ClientContact, clientName: string): vscode.MarkdownString {
  return untrustedMarkdown(contact.name, contactDetails(contact, clientName));
}
