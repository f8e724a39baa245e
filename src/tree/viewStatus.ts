// What the view shows as a whole, from the accounts' loaders: with at most one account signed in, that
// account's state picks the welcome (`paymoContacts.state`) and its message shows above the tree, as
// with a single account; with several, the tree lists the accounts and each row says how its data stands.
// A filter that hides everything says so above the tree, and the title offers Clear Filter while one is set.
import * as vscode from 'vscode';
import type { TreeAccount } from './treeAccount';
import type { TreeAccounts } from './treeAccount';
import type { ClientsTree } from './clientsTree';
import { isFiltering } from '../store/viewFilter';
import { DataAge } from './dataAge';
import { publishChangesContext, publishFilterContext, publishViewContext, type ViewState } from './viewContextKeys';

export class ViewStatus implements vscode.Disposable {
  private readonly age: DataAge;
  private readonly disposables: vscode.Disposable[];
  /** What was last published, so that the context keys are set only when they change. */
  private published: string | undefined;
  private publishedFilter: boolean | undefined;

  constructor(
    private readonly accounts: TreeAccounts,
    private readonly tree: ClientsTree,
  ) {
    this.age = new DataAge(
      tree.view,
      () => this.shown(),
      () => tree.refreshAccounts(),
    );
    this.disposables = [
      this.age,
      accounts.onDidChangeState(() => this.update()),
      tree.onDidChangeOptions(() => this.update()),
      // The tree has taken a change of the data: what the filter leaves may be nothing now, or something again.
      tree.onDidChangeTreeData(() => this.updateMessage()),
      tree.marks.onDidChangeCount((count) => publishChangesContext(count > 0)),
    ];
    publishChangesContext(false);
    this.update();
  }

  /** The view's state: the shown account's, or `ready` when the accounts are listed. */
  get state(): ViewState {
    const shown = this.shown();
    return shown ? shown.loader.state : 'ready';
  }

  update(): void {
    const signedIn = this.accounts.signedIn();
    const shown = this.shown();
    if (shown) this.tree.setLayout({ kind: 'one', account: shown, showing: shown.loader.state === 'ready' });
    else this.tree.setLayout({ kind: 'several', accounts: signedIn });
    this.updateMessage();
    this.publish(this.state, signedIn.length > 0);
    const filtered = signedIn.some((a) => isFiltering(a.viewOptions.filter));
    if (filtered !== this.publishedFilter) publishFilterContext((this.publishedFilter = filtered));
    this.age.update();
  }

  /** Above the tree: the shown account's message, or that its filter hides everything. */
  private updateMessage(): void {
    const shown = this.shown();
    const hidesAll = shown?.loader.state === 'ready' && isFiltering(shown.viewOptions.filter) && this.tree.shown(shown).clients.length === 0;
    const message = shown?.loader.message ?? (hidesAll ? vscode.l10n.t('No clients or contacts match the filter.') : undefined);
    if (message !== this.tree.view.message) this.tree.view.message = message;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  /** The one account the view is about: the only one signed in, or the one the welcome speaks of. Undefined with several. */
  private shown(): TreeAccount | undefined {
    const accounts = this.accounts.signedInOrFirst();
    return accounts.length > 1 ? undefined : accounts[0];
  }

  private publish(state: ViewState, signedIn: boolean): void {
    const key = `${state}/${signedIn}`;
    if (key === this.published) return;
    this.published = key;
    publishViewContext(state, signedIn);
  }
}
