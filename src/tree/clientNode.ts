// A client: the tree's first level (the second, under its account, when several are signed in). The node object lives as long as the client is shown (its data is
// replaced in place), so that VS Code keeps selection and expansion across refreshes.
import * as vscode from 'vscode';
import type { TreeAccount } from './treeAccount';
import { mayChangeClients, WRITABLE_CLIENT_FIELDS, type Client } from '../paymo';
import type { RecordChange } from '../store/recordChanges';
import { changeNote } from './changeMarks';
import { changeLines } from './changeText';
import { contactCountText } from './contactCount';
import { fieldLabel } from '../ui/fieldLabel';
import { clientContextValue } from './contextValue';
import { countText, dateTimeText, takesSingular } from '../ui/displayFormat';
import { itemUri } from './itemUri';
import { actionLink, field, tooltipMarkdown } from './markdown';

/** The fields a client's copy links copy (`paymoContacts.copyField`). */
export const COPYABLE_CLIENT_FIELDS = [...WRITABLE_CLIENT_FIELDS, 'id'] as const;
export type CopyableClientField = (typeof COPYABLE_CLIENT_FIELDS)[number];

/** A client's fields that its tooltip lists with a copy link, in this order. */
const CLIENT_DETAIL_FIELDS = ['email', 'phone', 'fax', 'website', 'address', 'city', 'state', 'postal_code', 'country', 'fiscal_information'] as const;

/** How many of a client's contacts the view shows: `shown` of `total` while a filter hides some. */
export interface ContactCount {
  shown: number;
  total: number;
}

export class ClientNode {
  readonly kind = 'client';

  constructor(
    readonly account: TreeAccount,
    public client: Client,
  ) {}

  get id(): string {
    return `${this.account.keyPrefix}client:${this.client.id}`;
  }

  /** `change`: what changed elsewhere of the client itself and is not seen yet. */
  toTreeItem(icon: vscode.Uri | undefined, count: ContactCount, change: RecordChange | undefined): vscode.TreeItem {
    const { client } = this;
    const item = new vscode.TreeItem(client.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = this.id;
    item.resourceUri = itemUri(this.account.keyPrefix, 'clients', client.id);
    item.contextValue = clientContextValue(client, mayChangeClients(this.account.auth.user));
    item.iconPath = icon ?? new vscode.ThemeIcon(client.active ? 'organization' : 'archive');
    const counted = count.shown < count.total ? partCountText(count) : contactCountText(count.total);
    item.description = [client.active ? undefined : vscode.l10n.t('archived'), counted].filter(Boolean).join(' · ');
    item.tooltip = this.tooltip(count.total, change);
    item.accessibilityInformation = {
      label: [client.active ? client.name : vscode.l10n.t('{0}, archived client', client.name), counted, changeNote(change)].filter(Boolean).join(', '),
    };
    return item;
  }

  /** Every field, each value with a link that copies it; what changed elsewhere below them. */
  private tooltip(contactCount: number, change: RecordChange | undefined): vscode.MarkdownString {
    const { client, account } = this;
    const target = { clientId: client.id, ...(account.id ? { accountId: account.id } : {}) };
    const copy = (field: CopyableClientField) => actionLink(vscode.l10n.t('Copy'), 'paymoContacts.copyField', { ...target, field });
    const changed = change ? changeLines(change, account) : [];
    return tooltipMarkdown(
      client.name,
      [
        ...field(fieldLabel('active', 'clients'), client.active ? vscode.l10n.t('Active') : vscode.l10n.t('Archived')),
        ...field(vscode.l10n.t('Contacts'), contactCount),
        ...CLIENT_DETAIL_FIELDS.flatMap((f) => field(fieldLabel(f, 'clients'), client[f], copy(f))),
        ...field(fieldLabel('image', 'clients'), client.image ? vscode.l10n.t('Yes') : vscode.l10n.t('None')),
        ...field(vscode.l10n.t('Created'), dateTimeText(client.created_on)),
        ...field(vscode.l10n.t('Updated'), dateTimeText(client.updated_on)),
        ...field(vscode.l10n.t('Paymo ID'), client.id, copy('id')),
      ],
      changed.length ? [changed.join('  \n')] : [],
    );
  }
}

/** "3 of 14 contacts": the form is the total's. */
function partCountText({ shown, total }: ContactCount): string {
  return takesSingular(total)
    ? vscode.l10n.t('{0} of {1} contact', countText(shown), countText(total))
    : vscode.l10n.t('{0} of {1} contacts', countText(shown), countText(total));
}
