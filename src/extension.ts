// Start here: this builds the extension's objects and registers everything. Activation is cheap (no
// network, no synchronous disk work); the saved sign-in and the cached tree are read right after.
// Each folder's job (docs/ARCHITECTURE.md has the table and the layer rules):
//
//   src/paymo          the Paymo API client (plain Node)
//   src/store          an account's clients and contacts in memory, their sync, the disk cache (plain Node)
//   src/interchange    vCard and CSV files read and written, the import engine (plain Node, loaded on first use)
//   src/webviewContract  the forms' and the preview's contract between host and webview
//   src/auth           one account's sign-in: its slot (accountSlot.ts), API client, SecretStorage, upgrades
//   src/ui             the command wrapper, error messages, text escaping, the webview page builder
//   src/tree           the Clients & Contacts view
//   src/accounts       the accounts (one or several), their loaders, which one a command acts on,
//                      the command tables' registration
//   src/commands       the commands: core/ (sign-in, accounts, refresh, log), clients/, view/ (filter,
//                      sort, changes), the contact commands
//   src/forms          the contact and client form webviews and their commands
//   src/importExport   import and export: commands, preview webview, progress, resume
//   src/commandList.ts every command table, registered in one place
//   src/log.ts         the redacting "Paymo" log; src/services.ts the shared objects' types
//   src/testApi.ts     what tests get (a bundle of its own, only in test mode)
import * as vscode from 'vscode';
import { AUTH_PROVIDER_ID, PaymoAuthProvider } from './accounts/authProvider';
import { AccountAuth } from './auth/accountAuth';
import type { AccountSlot } from './auth/accountSlot';
import { Account } from './accounts/account';
import { AccountList } from './accounts/accountList';
import { readApiSettings } from './auth/apiSettings';
import { registerCommands } from './commandList';
import { registerContactDocuments } from './commands';
import { isDemo, signInToDemo } from './commands/core/demoSignIn';
import { createForms } from './forms';
import { forgetJournalsOnSignOut, offerResume } from './importExport';
import { createLog } from './log';
import { ImageDownloader } from './paymo';
import type { ExtensionServices } from './services';
import { withAccount } from './accounts/withAccount';
import { AccountStore } from './store/accountStore';
import { StoreCache } from './store/storeCache';
import { TreeCache } from './store/treeCache';
import { UnseenChanges } from './store/unseenChanges';
import type { PaymoContactsApi } from './testApi';
import { ClientsTree } from './tree/clientsTree';
import { AutoRefresh } from './accounts/autoRefresh';
import { ImageCache } from './tree/imageCache';
import { AccountLoader } from './accounts/accountLoader';
import { ViewOptions } from './tree/viewOptions';
import { ViewStatus } from './tree/viewStatus';
import { openWalkthrough } from './ui/walkthrough';

export function activate(context: vscode.ExtensionContext): PaymoContactsApi | undefined {
  const log = createLog();
  const version = String(context.extension.packageJSON.version ?? '0');
  const tree = new ClientsTree();
  // One downloader for every account: its connection follows the proxy settings.
  const downloader = new ImageDownloader(() => readApiSettings().proxy);
  const makeAccount = (slot: AccountSlot): Account => {
    const storage = vscode.Uri.joinPath(context.globalStorageUri, ...slot.storageFolder);
    const auth = new AccountAuth(context.secrets, log, `paymo-contacts-vscode/${version}`, slot);
    const store = new AccountStore();
    const images = new ImageCache(storage, log, downloader);
    const cache = new StoreCache(
      store,
      new TreeCache(storage.fsPath, (message) => log.info(message)),
      () => auth.owner,
      (message) => log.warn(message),
    );
    const loader = new AccountLoader(auth, store, tree.view, cache, images, log, (client) => tree.lists(client));
    // Called only once the list exists: a label is read after activation has built it.
    const peers = () => accounts.signedIn();
    const viewOptions = new ViewOptions(context.workspaceState, auth);
    const changes = new UnseenChanges(store);
    return new Account({ auth, store, cache, images, loader, viewOptions, changes, others: [new AutoRefresh(loader, store, tree.view)], peers });
  };
  const accounts = new AccountList(context.secrets, log, makeAccount);
  tree.attach(accounts);
  const status = new ViewStatus(accounts, tree);
  const authProvider = new PaymoAuthProvider(accounts);
  context.subscriptions.push(
    log,
    status,
    accounts,
    authProvider,
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'Paymo', authProvider, { supportsMultipleAccounts: true }),
    tree,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('http.proxy') && !e.affectsConfiguration('http.proxyStrictSSL')) return;
      // A changed proxy applies to the next download, and to those that failed before.
      downloader.resetConnection();
      accounts.all.forEach((a) => a.images.forgetFailures());
    }),
    { dispose: () => downloader.resetConnection() },
  );

  const services: ExtensionServices = { context, log, accounts, authProvider, tree };
  const forms = createForms(services);
  registerCommands(services, forms);
  registerContactDocuments(services);
  forgetJournalsOnSignOut(services);

  const first = withAccount(services, accounts.first);
  void accounts
    .restore()
    // The demo's walkthrough opens before its sign-in: a step whose key is already set when the
    // walkthrough is registered would never be checked (src/ui/walkthrough.ts).
    .then(() => (isDemo() ? openWalkthrough(context.extension.id) : undefined))
    .then(() => signInToDemo(first))
    .then(() => offerResume(services))
    .catch((error: Error) => log.error(`Start failed: ${error.message}`));
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  // The test API is a bundle of its own (dist/testApi.js), never in the published extension.
  const { createTestApi } = require('./testApi') as typeof import('./testApi');
  return createTestApi({ services, forms: forms.open, view: status, demoSignIn: (env) => signInToDemo(first, env) });
}

export function deactivate(): void {}
