// How old the data is ("updated 3 min ago", "cached, updated 2 days ago"): in the view's description
// for the one account shown (after its filter, while one is set), on each account's row when several
// are. Kept current while the view is visible.
import * as vscode from 'vscode';
import type { AccountStore } from '../store/accountStore';
import { ageText } from '../ui/displayFormat';
import { filterSummary } from './filterLabels';
import type { TreeAccount } from './treeAccount';

const TICK_MS = 30_000;

export class DataAge implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private readonly visibility: vscode.Disposable;

  constructor(
    private readonly view: vscode.TreeView<unknown>,
    /** The account the view's description is about; undefined when the account rows say it. */
    private readonly shown: () => TreeAccount | undefined,
    /** Each tick, for the account rows. */
    private readonly tick: () => void,
  ) {
    this.visibility = view.onDidChangeVisibility(() => this.update());
  }

  update(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const account = this.shown();
    this.view.description = account && accountDescription(account);
    this.tick();
    if (this.view.visible && (!account || account.store.origin !== 'none')) this.timer = setInterval(() => this.update(), TICK_MS);
  }

  dispose(): void {
    clearInterval(this.timer);
    this.visibility.dispose();
  }
}

/** "filtered: “anna” · updated 3 min ago": the account's filter while one is set, and the data's age. */
export function accountDescription(account: Pick<TreeAccount, 'store' | 'viewOptions'>, age = dataAgeText(account.store)): string | undefined {
  return [filterSummary(account.viewOptions.filter), age].filter(Boolean).join(' · ') || undefined;
}

/** "updated 3 min ago" (or "cached, …"); undefined before anything loaded. */
export function dataAgeText(store: AccountStore): string | undefined {
  const loadedAt = store.loadedAt ? Date.parse(store.loadedAt) : NaN;
  if (store.origin === 'none' || Number.isNaN(loadedAt)) return undefined;
  const age = relativeTime(loadedAt, Date.now());
  return store.origin === 'cache' ? vscode.l10n.t('cached, updated {0}', age) : vscode.l10n.t('updated {0}', age);
}

/** "just now", "3 min ago", "2 hr ago", "yesterday", in VS Code's display language. */
function relativeTime(then: number, now: number): string {
  return ageText(Math.max(0, (now - then) / 1000)) ?? vscode.l10n.t('just now');
}
