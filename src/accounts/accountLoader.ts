// Brings one account's data into the view and says what its part of the view shows (its state and
// message; `viewStatus.ts` puts them on screen). A sign-in restored at start (or made in another
// window) waits until the view shows or a command needs the data: then the cached tree of the
// signed-in user shows at once (marked "cached") and a refresh runs in the background, so a window
// that never opens the view spends none of Paymo's rate limit. It follows sign-in and sign-out; a
// failed load becomes a message in the view (with Retry and Show Log), never a pop-up.
import * as vscode from 'vscode';
import type { AccountAuth, AuthChange } from '../auth/accountAuth';
import type { Log } from '../log';
import { PaymoError, type Client } from '../paymo';
import type { AccountStore } from '../store/accountStore';
import type { StoreCache } from '../store/storeCache';
import { countText, dateTimeText, takesSingular } from '../ui/displayFormat';
import { adviceText, describeError } from '../ui/errorPresenter';
import { staysSilent } from '../ui/silence';
import { baseUrlProblem } from '../auth/apiSettings';
import { ownerKey } from '../auth/accountOwner';
import { VIEW_ID } from '../tree/viewId';
import type { ImageCache } from '../tree/imageCache';
import { logSync } from '../tree/syncLog';
import type { ViewState } from '../tree/viewContextKeys';

export class AccountLoader implements vscode.Disposable {
  private _state: ViewState = 'loading';
  private loading: { controller: AbortController; done: Promise<void> } | undefined;
  /** Sign-in changes are handled one after another, in the order they happened. */
  private settling: Promise<void> = Promise.resolve();
  /** A restored sign-in whose data nobody has asked for yet. */
  private waiting = false;
  /** Whose data the store may hold (`ownerKey`): a sign-in of someone else starts from nothing. */
  private dataOwner: string | undefined;
  /** The last start: the saved sign-in is known once it has resolved. */
  private started: Promise<void> = Promise.resolve();
  private _message: string | undefined;
  private readonly stateChanged = new vscode.EventEmitter<ViewState>();
  /** The state or the message changed. */
  readonly onDidChangeState = this.stateChanged.event;
  private readonly loadEnded = new vscode.EventEmitter<boolean>();
  /** A load (not cancelled) has ended: true when it succeeded. */
  readonly onDidEndLoad = this.loadEnded.event;
  private readonly disposables: vscode.Disposable[] = [this.stateChanged, this.loadEnded];

  constructor(
    private readonly auth: AccountAuth,
    private readonly store: AccountStore,
    private readonly view: vscode.TreeView<unknown>,
    private readonly cache: StoreCache,
    private readonly images: ImageCache,
    private readonly log: Log,
    /** Which clients the view lists (archived ones only with `showArchivedClients`). */
    private readonly lists: (client: Client) => boolean,
  ) {
    this.disposables.push(
      auth.onDidChange((e) => {
        this.settling = this.settling.then(() => this.onAuthChange(e)).catch((error: Error) => this.log.error(error));
      }),
      view.onDidChangeVisibility((e) => {
        if (e.visible) this.wake();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('paymoContacts.showArchivedClients') && this.hasData()) this.showData();
      }),
    );
  }

  get state(): ViewState {
    return this._state;
  }

  /** What the view says above this account's data (a failed refresh, records that could not be read, a sign-out's reason). */
  get message(): string | undefined {
    return this._message;
  }

  /** The start sequence (also what tests call to replay a start): restore the sign-in; its data follows when wanted. */
  start(): Promise<void> {
    this.setState('loading');
    this.started = this.auth.restore();
    return this.started;
  }

  /**
   * For a command that lists contacts while the view may never have shown: resolves once the store
   * has what it can have without waiting for Paymo (the cached tree), with a refresh on its way.
   */
  async ensureData(): Promise<void> {
    await this.started.catch(() => undefined);
    this.wake();
    await this.settling;
    // Without a cache there is nothing to show before the load: a pick waits for it.
    if (!this.hasData() && this.loading) await this.loading.done;
  }

  /**
   * Brings the data up to date from Paymo: only what changed since the last sync when the data says
   * when that was, everything otherwise or when `full` (Reload Everything, `fullRefresh`). Resolves when the
   * load has ended, whatever its outcome (a failure is shown in the view). A load already under way
   * is replaced: there is never more than one. `checkRole` (the user asked for this refresh) asks
   * Paymo for the user's role too, one small request; otherwise it is asked once per start.
   */
  refresh(options: { full?: boolean; checkRole?: boolean } = {}): Promise<void> {
    this.cancel();
    this.waiting = false;
    this.images.forgetFailures();
    if (this.auth.state !== 'signedIn') return Promise.resolve();
    const controller = new AbortController();
    if (!this.hasData()) this.setState('loading');
    const done = Promise.resolve(vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => this.load(controller.signal, options)))
      // Promise reactions run later, so this also clears a load that ended before `loading` was set.
      .finally(() => {
        if (this.loading?.controller === controller) this.loading = undefined;
      });
    this.loading = { controller, done };
    return done;
  }

  /** A load is under way. */
  get busy(): boolean {
    return this.loading !== undefined;
  }

  /** Resolves when the last sign-in or sign-out has been followed and no load is under way. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const settling = this.settling;
      await settling;
      const loading = this.loading;
      if (loading) {
        await loading.done;
        // However that load ended (even before `loading` was set), it is over: never wait on it again.
        if (this.loading === loading) this.loading = undefined;
      } else if (settling === this.settling) return;
    }
  }

  dispose(): void {
    this.cancel();
    this.disposables.forEach((d) => d.dispose());
  }

  private async load(signal: AbortSignal, { full = false, checkRole = false }: { full?: boolean; checkRole?: boolean }): Promise<void> {
    const started = Date.now();
    // The role is asked beside the data, not after it (it never rejects): the load ends once both are in.
    const role = this.auth.learnRole(checkRole);
    try {
      const report = await this.store.sync(this.auth.api(), { full, signal });
      logSync(this.log, report, { clients: this.store.clients().length, contacts: this.store.allContacts().length, ms: Date.now() - started });
      this.setMessage(report.skipped.length ? skippedText(report.skipped.length) : undefined);
      this.showData();
      await role;
      this.loadEnded.fire(true);
      void this.auth.learnCompany();
      await this.cache.save();
    } catch (error) {
      if (signal.aborted) return;
      // Paymo refused the list: the user's role may have changed to one that may not see it.
      // The role asked beside the list is waited for first: a role that answer already changed is not asked again.
      if (error instanceof PaymoError && error.kind === 'forbidden')
        await Promise.all([role.then(() => this.auth.learnRole(!checkRole)), this.forbidden(error)]);
      else this.showFailure(error);
      this.loadEnded.fire(false);
    }
  }

  private async onAuthChange(change: AuthChange): Promise<void> {
    switch (change.state) {
      case 'signingIn':
        if (!this.hasData()) this.setState('loading');
        return;
      case 'signedOut':
        return this.signedOut(change);
      case 'signedIn': {
        // What the view said about being signed out no longer holds.
        this.setMessage(undefined);
        const { owner: signedIn } = this.auth;
        const owner = signedIn && ownerKey(signedIn);
        if (owner !== this.dataOwner) {
          // Another account's or server's data must not serve this one, not even while it loads.
          this.cancel();
          this.store.clear();
          this.setState('loading');
          this.dataOwner = owner;
        }
        // This window's own sign-in loads at once. One found at start, made in another window or
        // changed by a setting waits while the view is hidden, so that idle windows send nothing.
        if (change.reason !== 'signedIn' && !this.view.visible) {
          this.cancel();
          this.waiting = true;
          return;
        }
        return this.showAndRefresh();
      }
    }
  }

  /** The cached tree at once unless there is data already, then the refresh (not awaited: the next sign-in change cancels it instead). */
  private async showAndRefresh(): Promise<void> {
    if (!this.hasData()) await this.showCached();
    void this.refresh();
  }

  /** Loads the data a waiting sign-in deferred, in turn with the sign-in changes. */
  private wake(): void {
    if (!this.waiting) return;
    this.waiting = false;
    this.log.info('The view or a command wants the data: loading it.');
    this.settling = this.settling
      .then(() => (this.auth.state === 'signedIn' ? this.showAndRefresh() : undefined))
      .catch((error: Error) => this.log.error(error));
  }

  private async signedOut(change: AuthChange): Promise<void> {
    this.cancel();
    this.waiting = false;
    this.dataOwner = undefined;
    this.cache.cancel();
    this.store.clear();
    // Only an account that stays listed signed out has a welcome to show the message in.
    this._message = this.auth.slot.staysListed ? signedOutMessage(change) : undefined;
    this.setState('signedOut');
    // The user (or Paymo) ended the sign-in: forget the data. A changed base URL only parks it, and a
    // failed attempt to sign in again changes nothing.
    if (change.reason === 'signedOut' || change.reason === 'expired' || change.reason === 'otherWindow') await this.deleteFiles();
  }

  /** What is kept on disk of the account's data: the cached tree and the downloaded images. */
  private async deleteFiles(): Promise<void> {
    await Promise.all([
      this.cache.delete(),
      this.images.clear().catch((error: Error) => this.log.warn(`Could not delete the downloaded images: ${error.message}`)),
    ]);
  }

  /** The cached tree of the signed-in user, shown as it is read. */
  private async showCached(): Promise<void> {
    const { owner } = this.auth;
    // Sign-in changes are handled one at a time and the refresh starts after this: nothing newer can be shown yet.
    if (owner)
      await this.cache.restore(
        owner,
        () => this.auth.state === 'signedIn',
        () => this.showData(),
      );
  }

  private showData(): void {
    this.setState(this.store.clients().some(this.lists) ? 'ready' : 'empty');
  }

  private showFailure(error: unknown): void {
    this.log.error(`Loading clients and contacts failed: ${describeError(error)}`);
    if (staysSilent(error, 'background')) return;
    if (this.hasData()) {
      const advice = adviceText(error);
      const loadedAt = dateTimeText(this.store.loadedAt ?? Date.now());
      this.setMessage(vscode.l10n.t('Could not refresh from Paymo: {0} Showing the data loaded {1}. {2}', describeError(error), loadedAt, advice).trim());
      this.showData();
      return;
    }
    const offline = error instanceof PaymoError && (error.kind === 'network' || error.kind === 'timeout');
    // VS Code hides a view's welcome while the view has a message: the offline and error welcomes
    // (Retry, Show Log) say it instead, and the log has what failed.
    this._message = undefined;
    this.setState(offline ? 'offline' : 'error');
  }

  /**
   * Paymo does not let this user see clients and contacts (a guest, in the sandbox): what was loaded
   * before is no longer theirs to see, here or in the cache, and the view says why.
   */
  private async forbidden(error: unknown): Promise<void> {
    this.log.error(`Loading clients and contacts failed: ${describeError(error)} What was loaded before is forgotten.`);
    this.store.clear();
    this._message = undefined;
    this.setState('forbidden');
    await this.deleteFiles();
  }

  private hasData(): boolean {
    return this.store.origin !== 'none';
  }

  private cancel(): void {
    this.loading?.controller.abort();
    this.loading = undefined;
  }

  private setState(state: ViewState): void {
    this._state = state;
    this.stateChanged.fire(state);
  }

  private setMessage(message: string | undefined): void {
    this._message = message;
    this.stateChanged.fire(this._state);
  }
}

/** What the signed-out view says above its welcome: why Paymo signed it out, or what is wrong with the server setting. */
function signedOutMessage(change: AuthChange): string | undefined {
  if (change.reason === 'expired') return vscode.l10n.t('Paymo no longer accepted the saved credentials. Sign in again.');
  const problem = baseUrlProblem();
  return problem && vscode.l10n.t('The setting "paymoContacts.baseUrl" is not valid: {0} {1}', describeError(problem), adviceText(problem));
}

function skippedText(count: number): string {
  return takesSingular(count)
    ? vscode.l10n.t('{0} record from Paymo could not be read and is not shown. Show Log for details.', countText(count))
    : vscode.l10n.t('{0} records from Paymo could not be read and are not shown. Show Log for details.', countText(count));
}
