// Changes made elsewhere, marked in the view until the user has seen them: the number on the view's
// badge, a decoration on each changed row (a contact's or client's own change, and on a client the
// number of its contacts that changed), and seen once the row is selected. The unseen changes of each
// account are its `UnseenChanges` (src/store); this is only how the view shows them.
import * as vscode from 'vscode';
import type { RecordChange } from '../store/recordChanges';
import { countText, takesSingular } from '../ui/displayFormat';
import type { TreeAccount, TreeAccounts } from './treeAccount';
import type { TreeNode } from './treeNode';
import { accountOfAuthority, itemOfUri, itemUri } from './itemUri';

export class ChangeMarks implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly decorationsChanged = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.decorationsChanged.event;
  private readonly countChanged = new vscode.EventEmitter<number>();
  /** How many changes are unseen in all (the badge's number) changed. */
  readonly onDidChangeCount = this.countChanged.event;
  private accounts: TreeAccounts | undefined;
  private readonly watched = new Map<TreeAccount, vscode.Disposable>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly view: vscode.TreeView<TreeNode>) {
    this.disposables = [
      this.decorationsChanged,
      this.countChanged,
      vscode.window.registerFileDecorationProvider(this),
      view.onDidChangeSelection((e) => e.selection.forEach((node) => seen(node))),
    ];
  }

  /** Follows the accounts as they come and go. */
  attach(accounts: TreeAccounts): void {
    this.accounts = accounts;
    const sync = () => {
      for (const account of accounts.all)
        if (!this.watched.has(account))
          this.watched.set(
            account,
            account.changes.onDidChange((changes) => this.onChanges(account, changes)),
          );
      for (const [account, subscription] of this.watched) {
        if (accounts.all.includes(account)) continue;
        subscription.dispose();
        this.watched.delete(account);
      }
      this.updateBadge();
    };
    sync();
    this.disposables.push(
      accounts.onDidChangeAccounts(sync),
      accounts.onDidChangeState(() => this.updateBadge()),
    );
  }

  /** Unseen changes over every signed-in account. */
  get count(): number {
    return this.accounts?.signedIn().reduce((sum, account) => sum + account.changes.count, 0) ?? 0;
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const item = itemOfUri(uri);
    const account = item && this.accounts && accountOfAuthority(this.accounts.all, item.authority);
    if (!item || !account) return undefined;
    const own = account.changes.of(item.collection, item.id);
    if (own) return ownDecoration(own);
    const inside = item.collection === 'clients' ? account.changes.inClient(item.id) : 0;
    if (!inside) return undefined;
    const tooltip = takesSingular(inside)
      ? vscode.l10n.t('{0} contact changed elsewhere', countText(inside))
      : vscode.l10n.t('{0} contacts changed elsewhere', countText(inside));
    return new vscode.FileDecoration(inside > 99 ? '9+' : String(inside), tooltip, new vscode.ThemeColor('gitDecoration.modifiedResourceForeground'));
  }

  dispose(): void {
    this.watched.forEach((s) => s.dispose());
    this.disposables.forEach((d) => d.dispose());
  }

  private onChanges(account: TreeAccount, changes: readonly RecordChange[]): void {
    const uris = new Map<string, vscode.Uri>();
    const add = (collection: RecordChange['collection'], id: number) => {
      const uri = itemUri(account.keyPrefix, collection, id);
      uris.set(uri.toString(), uri);
    };
    for (const change of changes) {
      add(change.collection, change.id);
      if (change.clientId !== undefined) add('clients', change.clientId);
      // A moved contact's old client counted it too.
      for (const field of change.fields) if (field.field === 'client_id' && typeof field.before === 'number') add('clients', field.before);
    }
    this.decorationsChanged.fire([...uris.values()]);
    this.updateBadge();
  }

  private updateBadge(): void {
    const count = this.count;
    if ((this.view.badge?.value ?? 0) === count) return;
    const tooltip = takesSingular(count)
      ? vscode.l10n.t('{0} change made elsewhere since you last looked', countText(count))
      : vscode.l10n.t('{0} changes made elsewhere since you last looked', countText(count));
    this.view.badge = count ? { value: count, tooltip } : undefined;
    this.countChanged.fire(count);
  }
}

/** A row selected (or revealed) is seen: its own change, not its contacts'. */
function seen(node: TreeNode): void {
  if (node.kind === 'contact') node.account.changes.seen('clientcontacts', node.contact.id);
  else if (node.kind === 'client') node.account.changes.seen('clients', node.client.id);
}

function ownDecoration(change: RecordChange): vscode.FileDecoration {
  switch (change.kind) {
    case 'created':
      return new vscode.FileDecoration('+', vscode.l10n.t('Created elsewhere'), new vscode.ThemeColor('gitDecoration.addedResourceForeground'));
    case 'moved':
      return new vscode.FileDecoration('→', vscode.l10n.t('Moved to this client elsewhere'), new vscode.ThemeColor('gitDecoration.renamedResourceForeground'));
    default:
      return new vscode.FileDecoration('●', vscode.l10n.t('Changed elsewhere'), new vscode.ThemeColor('gitDecoration.modifiedResourceForeground'));
  }
}

/** For screen readers, which do not read decorations: what the row's own mark says. */
export function changeNote(change: RecordChange | undefined): string | undefined {
  if (!change) return undefined;
  switch (change.kind) {
    case 'created':
      return vscode.l10n.t('created elsewhere');
    case 'moved':
      return vscode.l10n.t('moved to this client elsewhere');
    default:
      return vscode.l10n.t('changed elsewhere');
  }
}
