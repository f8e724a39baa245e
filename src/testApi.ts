// What `activate()` returns in test mode only (`ExtensionMode.Test`): the live objects, so that
// extension-host tests drive commands and then assert on what a user would see (the store's data,
// the view's state, its items and messages). Other extensions get nothing: these objects hold a
// signed-in client and the secret storage. This file is a bundle of its own (dist/testApi.js, left
// out of the .vsix) that activation requires only in test mode: it has its own copies of any module
// it imports, so it takes everything live from the extension (`TestApiParts`) and imports types only.
import * as vscode from 'vscode';
import type { PaymoAuthProvider } from './accounts/authProvider';
import type { AccountAuth } from './auth/accountAuth';
import type { OpenForms } from './forms';
import type { AccountList } from './accounts/accountList';
import type { ExtensionServices } from './services';
import type { AccountStore } from './store/accountStore';
import { TestFormPanels } from './testFormPanels';
import type { ClientsTree } from './tree/clientsTree';
import type { AccountLoader } from './accounts/accountLoader';
import type { ViewStatus } from './tree/viewStatus';

/** An error message shown to the user. */
export interface ShownError {
  message: string;
}

export interface PaymoContactsApi {
  /** Every account: `first` (the one `auth`, `store` and `loader` below belong to) and those added beside it. */
  accounts: AccountList;
  /** The view as a whole: its state (`paymoContacts.state`) over every account. */
  view: ViewStatus;
  auth: AccountAuth;
  /** The `paymo` authentication provider (VS Code's Accounts menu). */
  authProvider: PaymoAuthProvider;
  store: AccountStore;
  tree: ClientsTree;
  /** `accounts.first`'s loader: its state, `refresh()`, `whenIdle()`, and `start()` to replay a start. */
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

/** What activation hands over: its live objects and functions. */
export interface TestApiParts {
  services: ExtensionServices;
  forms: OpenForms;
  view: ViewStatus;
  demoSignIn(env: NodeJS.ProcessEnv): Promise<boolean>;
}

export function createTestApi({ services, forms, view, demoSignIn }: TestApiParts): PaymoContactsApi {
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
    panels: new TestFormPanels(forms),
    shownErrors: recordShownErrors(context.subscriptions),
    globalStorageUri: context.globalStorageUri,
    storage,
    secrets: context.secrets,
    demoSignIn,
  };
}

/**
 * Every error message the extension shows, as VS Code is asked to show it: the test API watches the
 * extension's own `vscode.window` (the extension host gives each extension one), so nothing in the
 * product reports to tests.
 */
function recordShownErrors(subscriptions: vscode.Disposable[]): ShownError[] {
  const shown: ShownError[] = [];
  const { window } = vscode;
  const original = window.showErrorMessage;
  const recording = (message: string, ...rest: unknown[]) => {
    shown.push({ message });
    return (original as (message: string, ...rest: unknown[]) => Thenable<unknown>).apply(window, [message, ...rest]);
  };
  (window as { showErrorMessage: unknown }).showErrorMessage = recording;
  subscriptions.push({ dispose: () => ((window as { showErrorMessage: unknown }).showErrorMessage = original) });
  if (window.showErrorMessage !== (recording as unknown)) throw new Error('The test API cannot watch vscode.window.showErrorMessage.');
  return shown;
}
