// What the view needs of an account and of the account list (src/accounts builds them from these
// parts; the view sits below that layer, so it names only what it reads).
import type * as vscode from 'vscode';
import type { PaymoSession } from '../auth/session';
import type { ContactStore } from '../store/contactStore';
import type { ImageCache } from './imageCache';
import type { TreeLoader } from './treeLoader';

export interface TreeAccount {
  readonly slot: number;
  /** Put before the tree items' ids: nothing for the first account, `a2/`… for added ones. */
  readonly keyPrefix: string;
  /** "user — company (host)" (`accountLabel`). */
  readonly label: string;
  readonly session: Pick<PaymoSession, 'state' | 'baseUrl' | 'user'>;
  readonly store: ContactStore;
  readonly images: ImageCache;
  readonly loader: TreeLoader;
}

export interface TreeAccounts {
  readonly first: TreeAccount;
  readonly all: readonly TreeAccount[];
  signedIn(): TreeAccount[];
  readonly onDidChangeAccounts: vscode.Event<void>;
  readonly onDidChangeState: vscode.Event<void>;
}
