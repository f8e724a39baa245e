// Start here: this builds the extension's objects and registers everything. Activation is cheap (no
// network, no synchronous disk work); the saved sign-in and the cached tree are read right after.
//
//   src/paymo     the Paymo API client (plain Node)        src/store   loaded clients + contacts, disk cache
//   src/auth      sign-in, SecretStorage, Accounts menu    src/tree    the Clients & Contacts view
//   src/commands  contact commands (core/: sign-in, …;       src/forms   the contact form webviews
//                 clients/: the client commands)
//   src/ui        the command wrapper and error messages    src/log.ts  the redacting "Paymo" log
//   src/importer  importContacts: preview webview, journal run, resume (engine: src/interchange)
import * as vscode from 'vscode';
import { AUTH_PROVIDER_ID, PaymoAuthProvider } from './auth/authProvider';
import { PaymoSession } from './auth/session';
import { readApiSettings } from './auth/apiSettings';
import { registerContactCommands } from './commands';
import { registerClientCommands } from './commands/clients';
import { registerCoreCommands } from './commands/core';
import { signInToDemo } from './commands/core/demoSignIn';
import { registerForms } from './forms';
import { offerResume, registerImport } from './importer';
import { createLog } from './log';
import { ImageDownloader } from './paymo';
import type { Services } from './services';
import { ContactStore } from './store/contactStore';
import { StoreCache } from './store/storeCache';
import { TreeCache } from './store/treeCache';
import { createTestApi, type PaymoContactsApi } from './testApi';
import { ClientsTree } from './tree/clientsTree';
import { AutoRefresh } from './tree/autoRefresh';
import { ImageCache } from './tree/imageCache';
import { TreeLoader } from './tree/treeLoader';

export function activate(context: vscode.ExtensionContext): PaymoContactsApi | undefined {
  const log = createLog();
  const version = String(context.extension.packageJSON.version ?? '0');
  const storage = context.globalStorageUri;
  const session = new PaymoSession(context.secrets, log, `paymo-contacts-vscode/${version}`);
  const store = new ContactStore();
  const images = new ImageCache(storage, log, new ImageDownloader(() => readApiSettings().proxy));
  const tree = new ClientsTree(store, images);
  const cache = new StoreCache(
    store,
    new TreeCache(storage.fsPath, (message) => log.info(message)),
    () => session.owner,
    (message) => log.warn(message),
  );
  const loader = new TreeLoader(session, store, tree, cache, images, log);
  const accounts = new PaymoAuthProvider(session);
  context.subscriptions.push(
    log,
    session,
    accounts,
    vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, 'Paymo', accounts),
    images,
    tree,
    cache,
    loader,
    new AutoRefresh(loader, store, tree.view),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('http.proxy') || e.affectsConfiguration('http.proxyStrictSSL')) images.resetConnection();
    }),
  );

  const services: Services = { context, log, session, accounts, store, tree, loader };
  registerCoreCommands(services);
  registerContactCommands(services);
  registerClientCommands(services);
  const panels = registerForms(services);
  registerImport(services);

  void loader
    .start()
    .then(() => signInToDemo(services))
    .then(() => offerResume(services))
    .catch((error: Error) => log.error(`Start failed: ${error.message}`));
  return context.extensionMode === vscode.ExtensionMode.Test ? createTestApi(services, panels) : undefined;
}

export function deactivate(): void {}
