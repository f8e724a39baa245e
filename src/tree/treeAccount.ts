// What the view needs of an account and of the account list (src/accounts builds them from these
// parts; the view sits below that layer, so it names only what it reads).
import type * as vscode from 'vscode';
import type { AccountAuth } from '../auth/accountAuth';
import type { AccountSlot } from '../auth/accountSlot';
import type { AccountStore } from '../store/accountStore';
import type { UnseenChanges } from '../store/unseenChanges';
import type { ImageCache } from './imageCache';
import type { ViewOptions } from './viewOptions';
import type { ViewState } from './viewContextKeys';

export interface TreeAccount {
  readonly slot: AccountSlot;
  /** `userId@baseUrl` while signed in: what commands take as `{ accountId }`. */
  readonly id: string | undefined;
  /** Put before the tree items' ids (`AccountSlot.keyPrefix`). */
  readonly keyPrefix: string;
  /** "user — company (host)" (`accountLabel`). */
  readonly label: string;
  readonly auth: Pick<AccountAuth, 'state' | 'baseUrl' | 'user'>;
  readonly store: AccountStore;
  readonly images: ImageCache;
  /** Its part of the view: filter and sort order. */
  readonly viewOptions: ViewOptions;
  /** Changes made elsewhere that the view has not shown yet. */
  readonly changes: UnseenChanges;
  /** How the account's data stands (its loader's), for the welcome and the account's row. */
  readonly loader: { readonly state: ViewState; readonly message: string | undefined };
}

export interface TreeAccounts {
  readonly all: readonly TreeAccount[];
  signedIn(): TreeAccount[];
  /** The signed-in accounts, or the one whose signed-out state the welcome speaks of. */
  signedInOrFirst(): TreeAccount[];
  readonly onDidChangeAccounts: vscode.Event<void>;
  readonly onDidChangeState: vscode.Event<void>;
}
