// What the view shows as a whole, from the accounts' loaders: with at most one account signed in, that
// account's state picks the welcome (`paymoContacts.state`) and its message shows above the tree, as
// with a single account; with several, the tree lists the accounts and each row says how its data stands.
// What the accounts' Paymo roles allow decides which writes are offered: per item (their context
// values, `contextValue.ts`) and, for the palette and the title bar, whether any account may write.
// A filter that hides everything says so above the tree, and the title offers Clear Filter while one is set.
import * as vscode from 'vscode';
import { mayChangeClients } from '../paymo';
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
  /** Which signed-in accounts may write, as last painted: the items' context values follow it. */
  private roles: string | undefined;
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

  /** Some signed-in account's Paymo role may add and change clients and contacts (`paymoContacts.canEdit`). */
  get canEdit(): boolean {
    return this.accounts.signedIn().some((account) => mayChangeClients(account.auth.user));
  }

  update(): void {
    const signedIn = this.accounts.signedIn();
    const shown = this.shown();
    const roles = signedIn.map((account) => `${account.slot}:${mayChangeClients(account.auth.user)}`).join();
    // A role learnt anew changes what the items offer: they are painted again.
    if (this.roles !== undefined && roles !== this.roles) this.tree.refresh();
    this.roles = roles;
    if (shown) this.tree.setLayout({ kind: 'one', account: shown, showing: shown.loader.state === 'ready' });
    else this.tree.setLayout({ kind: 'several', accounts: signedIn });
    this.updateMessage();
    this.publish(this.state, signedIn.length > 0, this.canEdit);
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

  private publish(state: ViewState, signedIn: boolean, canEdit: boolean): void {
    const key = `${state}/${signedIn}/${canEdit}`;
    if (key === this.published) return;
    this.published = key;
    publishViewContext(state, signedIn, canEdit);
  }
}
