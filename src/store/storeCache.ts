// The store's copy on disk (`TreeCache`), kept in step with it: written a moment after edits and after
// each load, read back at a start, deleted at sign-out. Plain Node beside the store; the view's loader
// (`src/accounts/accountLoader.ts`) only says when.
import type { AccountStore } from './accountStore';
import type { Disposable } from './events';
import type { CacheOwner, TreeCache } from './treeCache';

/** Writes after edits are gathered for this long before the cache file is rewritten. */
const WRITE_DELAY_MS = 500;

export class StoreCache implements Disposable {
  private timer: NodeJS.Timeout | undefined;
  private readonly subscription: Disposable;

  constructor(
    private readonly store: AccountStore,
    private readonly cache: TreeCache,
    /** Whose data the store holds now; nothing is written without one. */
    private readonly owner: () => CacheOwner | undefined,
    private readonly warn: (message: string) => void,
  ) {
    this.subscription = store.onDidChange((e) => {
      if (e.kind === 'clients') this.schedule();
    });
  }

  /** Writes the store now, when it holds its owner's data as loaded from the server. */
  async save(): Promise<void> {
    const owner = this.owner();
    if (!owner || this.store.origin !== 'server') return;
    await this.cache.write(owner, this.store.toCache()).catch((error: Error) => this.warn(`Could not save the tree cache: ${error.message}`));
  }

  /**
   * Puts the owner's cached tree into the store: the first level from its own small file at once, then
   * the whole tree (which has the last word). `wanted` is asked before each, `shown` told after each.
   */
  async restore(owner: CacheOwner, wanted: () => boolean, shown: () => void): Promise<void> {
    const clients = await this.cache.readClients(owner).catch(() => undefined);
    if (clients && wanted()) {
      this.store.fromCache({ ...clients, contacts: [] });
      shown();
    }
    const snapshot = await this.cache.read(owner).catch(() => undefined);
    if (!snapshot || !wanted()) return;
    this.store.fromCache(snapshot);
    shown();
  }

  /** Drops a write that is waiting (the data it would write is being forgotten). */
  cancel(): void {
    clearTimeout(this.timer);
  }

  /** Deletes the files (sign-out: no client data stays on disk). */
  async delete(): Promise<void> {
    this.cancel();
    await this.cache.delete().catch((error: Error) => this.warn(`Could not delete the tree cache: ${error.message}`));
  }

  dispose(): void {
    this.cancel();
    this.subscription.dispose();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), WRITE_DELAY_MS);
  }
}
