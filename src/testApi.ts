// What `activate()` returns in test mode only (`ExtensionMode.Test`): the live objects, so that
// extension-host tests drive commands and then assert on what a user would see (the store's data,
// the view's state, its items and messages). Other extensions get nothing: these objects hold a
// signed-in client and the secret storage.
import type * as vscode from 'vscode';
import { signInToDemo } from './commands/core/demoSignIn';
import type { PaymoAuthProvider } from './accounts/authProvider';
import type { PaymoSession } from './auth/session';
import type { FormPanels } from './forms';
import type { AccountList } from './accounts/accountList';
import { withAccount, type ExtensionServices } from './services';
import type { ContactStore } from './store/contactStore';
import { TestFormPanels } from './testFormPanels';
import type { ClientsTree } from './tree/clientsTree';
import type { TreeLoader } from './tree/treeLoader';
import { onDidShowError, type ShownError } from './ui/errorPresenter';
import type { ViewStatus } from './tree/viewStatus';

export interface PaymoContactsApi {
  /** Every account: `first` (the one `session`, `store` and `loader` below belong to) and those added beside it. */
  accountList: AccountList;
  /** The view as a whole: its state (`paymoContacts.state`) over every account. */
  view: ViewStatus;
  session: PaymoSession;
  /** The `paymo` authentication provider (VS Code's Accounts menu). */
  accounts: PaymoAuthProvider;
  store: ContactStore;
  tree: ClientsTree;
  /** The first account's state, `refresh()`, `whenIdle()`, and `start()` to replay a start. */
  loader: TreeLoader;
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

export function createTestApi(services: ExtensionServices, panels: FormPanels, view: ViewStatus): PaymoContactsApi {
  const shownErrors: ShownError[] = [];
  services.context.subscriptions.push(onDidShowError((e) => shownErrors.push(e)) as vscode.Disposable);
  const { accountList, accounts, tree, context } = services;
  const { session, store, loader } = accountList.first;
  const storage = { globalState: context.globalState, workspaceState: context.workspaceState, logUri: context.logUri };
  return {
    accountList,
    view,
    session,
    accounts,
    store,
    tree,
    loader,
    panels: new TestFormPanels(panels, context.subscriptions),
    shownErrors,
    globalStorageUri: context.globalStorageUri,
    storage,
    secrets: context.secrets,
    demoSignIn: (env) => signInToDemo(withAccount(services, accountList.first), env),
  };
}
