// Each account's form drafts (`DraftStore`), owned by the user last signed in there: a draft is still
// theirs while a lapsed sign-in (401) is renewed, and goes when the user signs that account out (here
// or in another window). Other accounts' drafts are never touched.
import type * as vscode from 'vscode';
import type { Account } from '../accounts/account';
import type { AccountList } from '../accounts/accountList';
import { ownerKey } from '../auth/accountOwner';
import { DraftStore } from './draftStore';

interface Entry {
  drafts: DraftStore;
  owner: string | undefined;
  subscription: vscode.Disposable;
}

export class AccountDrafts implements vscode.Disposable {
  private readonly entries = new Map<Account, Entry>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly memento: vscode.Memento,
    accounts: AccountList,
  ) {
    const sync = () => {
      accounts.all.forEach((a) => this.of(a));
      for (const [account, entry] of this.entries)
        if (!accounts.all.includes(account)) {
          entry.subscription.dispose();
          this.entries.delete(account);
        }
    };
    sync();
    this.subscriptions = [
      accounts.onDidChangeAccounts(sync),
      // Signed out by the user: their unsaved data goes too.
      accounts.onDidSignOutUser(({ account, owner }) => {
        const entry = this.entries.get(account);
        if (entry?.owner === owner) entry.owner = undefined;
        void DraftStore.clear(this.memento, owner);
      }),
    ];
  }

  of(account: Account): DraftStore {
    const known = this.entries.get(account);
    if (known) return known.drafts;
    const { owner } = account.auth;
    const entry: Entry = {
      drafts: new DraftStore(this.memento, () => entry.owner),
      owner: owner && ownerKey(owner),
      subscription: account.auth.onDidChange((change) => {
        if (change.state === 'signedIn' && change.owner) entry.owner = ownerKey(change.owner);
      }),
    };
    this.entries.set(account, entry);
    return entry.drafts;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.entries.forEach((e) => e.subscription.dispose());
  }
}
