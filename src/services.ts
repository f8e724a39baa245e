// The objects every part of the extension shares, built once in `extension.ts` and handed to each
// `registerX(services)` so that no module reaches for globals. A command acts on one account: before
// it runs, `servicesFor` (src/accounts/accountTarget.ts) adds that account's parts.
import type * as vscode from 'vscode';
import type { Account } from './accounts/account';
import type { AccountList } from './accounts/accountList';
import type { PaymoAuthProvider } from './accounts/authProvider';
import type { PaymoSession } from './auth/session';
import type { Log } from './log';
import type { ContactStore } from './store/contactStore';
import type { ClientsTree } from './tree/clientsTree';
import type { TreeLoader } from './tree/treeLoader';

export interface ExtensionServices {
  context: vscode.ExtensionContext;
  /** The "Paymo" log channel; everything written to it is redacted. */
  log: Log;
  /** The Paymo accounts: the first one, and those added beside it (`addAccount`). */
  accountList: AccountList;
  /** The `paymo` authentication provider: the signed-in accounts in VS Code's Accounts menu. */
  accounts: PaymoAuthProvider;
  /** The Clients & Contacts view: `reveal`, `revealClient`, `view`. */
  tree: ClientsTree;
}

/** The shared objects and the account a command acts on, with that account's parts. */
export interface Services extends ExtensionServices {
  account: Account;
  session: PaymoSession;
  /** The account's clients and contacts as last loaded, updated in place after each write. */
  store: ContactStore;
  /** Loads the account's data from Paymo again (the Refresh command), and its part of the view's state. */
  loader: TreeLoader;
}

export function withAccount(services: ExtensionServices, account: Account): Services {
  const { accountList, accounts, context, log, tree } = services;
  // Named one by one: `services` may be another account's Services, whose parts must not come along.
  return { context, log, accountList, accounts, tree, account, session: account.session, store: account.store, loader: account.loader };
}
