// What `activate()` returns in test mode only (`ExtensionMode.Test`): the live objects, so that
// extension-host tests drive commands and then assert on what a user would see (the store's data,
// the view's state, its items and messages). Other extensions get nothing: these objects hold a
// signed-in client and the secret storage.
import type * as vscode from 'vscode';
import { signInToDemo } from './commands/core/demoSignIn';
import type { PaymoAuthProvider } from './accounts/authProvider';
import type { AccountAuth } from './auth/accountAuth';
import type { OpenForms } from './forms';
import type { AccountList } from './accounts/accountList';
import type { ExtensionServices } from './services';
import { withAccount } from './accounts/withAccount';
import type { AccountStore } from './store/accountStore';
import { TestFormPanels } from './testFormPanels';
import type { ClientsTree } from './tree/clientsTree';
import type { AccountLoader } from './accounts/accountLoader';
import { onDidShowError, type ShownError } from './ui/errorPresenter';
import type { ViewStatus } from './tree/viewStatus';

export interface PaymoContactsApi {
  /** Every account: `first` (the one `session`, `store` and `loader` below belong to) and those added beside it. */
  accounts: AccountList;
  /** The view as a whole: its state (`paymoContacts.state`) over every account. */
  view: ViewStatus;
  auth: AccountAuth;
  /** The `paymo` authentication provider (VS Code's Accounts menu). */
  authProvider: PaymoAuthProvider;
  store: AccountStore;
  tree: ClientsTree;
  /** The first account's state, `refresh()`, `whenIdle()`, and `start()` to replay a start. */
  loader: AccountLoader;
  /** The open forms (contact and client): drive them as their pages would, read what they were sent. */
  panels: TestFormPanels;
  /** The extension's SecretStorage, to play "another window" changing the sign-in. */
  secrets: vscode.SecretStorage;
  /** Where the tree cache and downloaded images are kept. */
  globalStorageUri: vscode.Uri;
  /** Error messages shown to the user since activation, oldest first. */
  shownErrors: readonly ShownError[];
  /** Everything the extension persists outside SecretStorage, for the security suite's scan. */
  storage: PaymoStorageView;
  /** The `npm start` demo's sign-in, with the environment it would read. */
  demoSignIn(env: NodeJS.ProcessEnv): Promise<boolean>;
}

/** The extension's mementos and its log folder (the "Paymo" log channel writes its file there). */
export interface PaymoStorageView {
  globalState: vscode.Memento;
  workspaceState: vscode.Memento;
  logUri: vscode.Uri;
}

export function createTestApi(services: ExtensionServices, forms: OpenForms, view: ViewStatus): PaymoContactsApi {
  const shownErrors: ShownError[] = [];
  services.context.subscriptions.push(onDidShowError((e) => shownErrors.push(e)) as vscode.Disposable);
  const { accounts, authProvider, tree, context } = services;
  const { auth, store, loader } = accounts.first;
  const storage = { globalState: context.globalState, workspaceState: context.workspaceState, logUri: context.logUri };
  return {
    accounts,
    view,
    auth,
    authProvider,
    store,
    tree,
    loader,
    panels: new TestFormPanels(forms, context.subscriptions),
    shownErrors,
    globalStorageUri: context.globalStorageUri,
    storage,
    secrets: context.secrets,
    demoSignIn: (env) => signInToDemo(withAccount(services, accounts.first), env),
  };
}
