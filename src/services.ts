// The objects every part of the extension shares, built once in `extension.ts` and handed to each
// `registerX(services)` so that no module reaches for globals. A command acts on one account: before
// it runs, `servicesFor` (src/accounts/accountTarget.ts) adds that account's parts (`withAccount`).
// Types only: every layer imports this file, so it imports no value (lint fails otherwise).
import type * as vscode from 'vscode';
import type { Account } from './accounts/account';
import type { AccountList } from './accounts/accountList';
import type { PaymoAuthProvider } from './accounts/authProvider';
import type { AccountAuth } from './auth/accountAuth';
import type { Log } from './log';
import type { AccountStore } from './store/accountStore';
import type { ClientsTree } from './tree/clientsTree';
import type { AccountLoader } from './accounts/accountLoader';

export interface ExtensionServices {
  context: vscode.ExtensionContext;
  /** The "Paymo" log channel; everything written to it is redacted. */
  log: Log;
  /** The Paymo accounts: the first one, and those added beside it (`addAccount`). */
  accounts: AccountList;
  /** The `paymo` authentication provider: the signed-in accounts in VS Code's Accounts menu. */
  authProvider: PaymoAuthProvider;
  /** The Clients & Contacts view: `reveal`, `revealClient`, `view`. */
  tree: ClientsTree;
}

/** The shared objects and the account a command acts on, with that account's parts. */
export interface Services extends ExtensionServices {
  account: Account;
  auth: AccountAuth;
  /** The account's clients and contacts as last loaded, updated in place after each write. */
  store: AccountStore;
  /** Loads the account's data from Paymo again (the Refresh command), and its part of the view's state. */
  loader: AccountLoader;
}
