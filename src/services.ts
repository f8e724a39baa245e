// The objects every part of the extension shares, built once in `extension.ts` and handed to each
// `registerX(services)` so that no module reaches for globals.
import type * as vscode from 'vscode';
import type { PaymoAuthProvider } from './auth/authProvider';
import type { PaymoSession } from './auth/session';
import type { Log } from './log';
import type { ContactStore } from './store/contactStore';
import type { ClientsTree } from './tree/clientsTree';
import type { TreeLoader } from './tree/treeLoader';

export interface Services {
  context: vscode.ExtensionContext;
  /** The "Paymo" log channel; everything written to it is redacted. */
  log: Log;
  session: PaymoSession;
  /** The `paymo` authentication provider: the signed-in account in VS Code's Accounts menu. */
  accounts: PaymoAuthProvider;
  /** Clients and contacts as last loaded, updated in place after each write. */
  store: ContactStore;
  /** The Clients & Contacts view: `reveal(contactId)`, `refresh(clientIds?)` (repaint), `view`. */
  tree: ClientsTree;
  /** Loads everything from Paymo again (the Refresh command), and the view's welcome state. */
  loader: TreeLoader;
}
