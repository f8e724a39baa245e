// How one account's part of the view is narrowed and ordered: its filter and its sort order. They are
// kept in the workspace's state, per account (`userId@baseUrl`): a window opened on one project (often
// one client) keeps its own view of the account across restarts, and two windows never fight over it.
// An order not chosen (or chosen as the setting says) follows the `paymoContacts.sortOrder` setting. While the filter's quick pick is
// open, what it would show is previewed without being kept. The user's sign-out forgets both.
import * as vscode from 'vscode';
import type { AccountAuth } from '../auth/accountAuth';
import { ownerKey } from '../auth/accountOwner';
import { SECTION } from '../auth/apiSettings';
import { isSortOrder, type SortOrder } from '../store/ordering';
import { NO_FILTER, readViewFilter, type ViewFilter } from '../store/viewFilter';

const PREFIX = 'paymoContacts.viewOptions:';

interface Stored {
  filter?: ViewFilter;
  sort?: SortOrder;
}

export class ViewOptions implements vscode.Disposable {
  private previewed: ViewFilter | undefined;
  /** Whose options these are: the user signed in last (kept through a lapsed sign-in until they sign out). */
  private owner: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** The filter or the order changed (or the setting an order follows). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly memento: vscode.Memento,
    auth: Pick<AccountAuth, 'owner' | 'onDidChange'>,
  ) {
    const signedIn = auth.owner;
    this.owner = signedIn && ownerKey(signedIn);
    this.disposables = [
      this.changed,
      auth.onDidChange((change) => {
        const owner = auth.owner;
        if (change.state === 'signedIn' && owner) this.owner = ownerKey(owner);
        if (change.state === 'signedOut' && (change.reason === 'signedOut' || change.reason === 'otherWindow')) void this.forget();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SECTION}.sortOrder`) && !this.stored().sort) this.changed.fire();
      }),
    ];
  }

  get filter(): ViewFilter {
    return this.previewed ?? this.stored().filter ?? NO_FILTER;
  }

  get sort(): SortOrder {
    return this.stored().sort ?? defaultSortOrder();
  }

  /** Shows `filter` until it is kept (`setFilter`) or the preview ends (undefined). */
  preview(filter: ViewFilter | undefined): void {
    this.previewed = filter;
    this.changed.fire();
  }

  async setFilter(filter: ViewFilter): Promise<void> {
    this.previewed = undefined;
    await this.update({ ...this.stored(), filter });
  }

  /** The order chosen for this account; the setting's own order means following the setting again. */
  async setSort(sort: SortOrder): Promise<void> {
    const { filter } = this.stored();
    await this.update({ ...(filter ? { filter } : {}), ...(sort === defaultSortOrder() ? {} : { sort }) });
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private stored(): Stored {
    const value = this.owner ? this.memento.get<unknown>(PREFIX + this.owner) : undefined;
    if (typeof value !== 'object' || value === null) return {};
    const { filter, sort } = value as Record<string, unknown>;
    return { ...(filter === undefined ? {} : { filter: readViewFilter(filter) }), ...(isSortOrder(sort) ? { sort } : {}) };
  }

  private async update(stored: Stored): Promise<void> {
    if (this.owner) await this.memento.update(PREFIX + this.owner, stored);
    this.changed.fire();
  }

  private async forget(): Promise<void> {
    const owner = this.owner;
    this.owner = undefined;
    this.previewed = undefined;
    if (owner) await this.memento.update(PREFIX + owner, undefined);
    this.changed.fire();
  }
}

/** The `paymoContacts.sortOrder` setting. */
export function defaultSortOrder(): SortOrder {
  const value = vscode.workspace.getConfiguration(SECTION).get<unknown>('sortOrder');
  return isSortOrder(value) ? value : 'name';
}
