// One signed-in (or signing-in) Paymo account and everything that is its own: the sign-in with its API
// client, the loaded clients and contacts, their cache file, the downloaded images, the loader that
// brings them, its part of the view (filter, order, changes not seen yet), and its automatic refresh.
// Nothing of one account ever serves another: each has its own objects, and its own folder for what
// it keeps on disk.
import type * as vscode from 'vscode';
import { accountLabel, type AccountIdentity } from '../auth/accountLabel';
import type { AccountAuth } from '../auth/accountAuth';
import type { AccountSlot } from '../auth/accountSlot';
import { ownerKey } from '../auth/accountOwner';
import type { AccountStore } from '../store/accountStore';
import type { StoreCache } from '../store/storeCache';
import type { UnseenChanges } from '../store/unseenChanges';
import type { ImageCache } from '../tree/imageCache';
import type { ViewOptions } from '../tree/viewOptions';
import type { AccountLoader } from './accountLoader';

export interface AccountParts {
  auth: AccountAuth;
  store: AccountStore;
  cache: StoreCache;
  images: ImageCache;
  loader: AccountLoader;
  viewOptions: ViewOptions;
  changes: UnseenChanges;
  /** Disposed with the account, after the parts above (automatic refresh, …). */
  others: vscode.Disposable[];
  /** The accounts listed beside this one (itself included or not), whose labels its own must differ from. */
  peers: () => readonly Account[];
}

export class Account implements vscode.Disposable {
  readonly auth: AccountAuth;
  readonly store: AccountStore;
  readonly cache: StoreCache;
  readonly images: ImageCache;
  readonly loader: AccountLoader;
  /** Its part of the view: the filter and the order, kept per account. */
  readonly viewOptions: ViewOptions;
  /** Changes made elsewhere that the view has not shown yet. */
  readonly changes: UnseenChanges;
  private readonly others: vscode.Disposable[];
  private readonly peers: () => readonly Account[];

  constructor(parts: AccountParts) {
    ({
      auth: this.auth,
      store: this.store,
      cache: this.cache,
      images: this.images,
      loader: this.loader,
      viewOptions: this.viewOptions,
      changes: this.changes,
      others: this.others,
      peers: this.peers,
    } = parts);
  }

  /** Where the account lives (its keys, folders, and whether the `paymoContacts.baseUrl` setting names its server). */
  get slot(): AccountSlot {
    return this.auth.slot;
  }

  /**
   * `userId@baseUrl` while signed in: what commands take as `{ accountId }`, and the id of its session
   * in VS Code's Accounts menu.
   */
  get id(): string | undefined {
    const { owner } = this.auth;
    return owner && ownerKey(owner);
  }

  /**
   * "user — company (host)" (`accountLabel`), as VS Code's Accounts menu and the tree name it; "host —
   * user — company" when another account has the same user and company on another server.
   */
  get label(): string {
    const identity = this.identity();
    if (!identity) return '';
    const others = this.peers().flatMap((peer) => (peer === this ? [] : (peer.identity() ?? [])));
    return accountLabel(identity, others);
  }

  private identity(): AccountIdentity | undefined {
    const { baseUrl, user, company } = this.auth;
    return baseUrl && user ? { userName: user.name, baseUrl, company } : undefined;
  }

  /** What makes this account's tree items and form keys unique beside another account's records of the same id. */
  get keyPrefix(): string {
    return this.slot.keyPrefix;
  }

  dispose(): void {
    for (const part of [this.loader, this.cache, this.images, this.changes, this.viewOptions, this.auth, ...this.others]) part.dispose();
  }
}
