// Who is signed in to which Paymo server in one account slot, and the API client that speaks for them.
// Credentials live only in SecretStorage (one entry per slot). The slot says whether the
// `paymoContacts.baseUrl` setting names the server (`accountSlot.ts`). The session follows its secret across windows and signs out once when
// Paymo stops accepting the credentials.
import * as vscode from 'vscode';
import type { Log } from '../log';
import { SerialQueue } from '../serialQueue';
import { companyName, PaymoApi, parseBaseUrl, type Credentials, type PaymoLogEntry, type PaymoUser } from '../paymo';
import { affectsApi, baseUrlProblem, readApiSettings } from './apiSettings';
import type { AccountOwner } from './accountOwner';
import { connect, endSession, openSession, type Connection } from './serverSessions';
import { SignedOutError } from './signedOutError';
import type { AccountSlot } from './accountSlot';
import { deleteStoredSignIn, readStoredSignIn, sameSignIn, secretsOf, writeStoredSignIn, type StoredSignIn } from './storedSignIn';

export type AuthState = 'signedOut' | 'signingIn' | 'signedIn';

/** Why the state changed: the tree keeps or forgets its data accordingly. */
export type AuthChangeReason = 'restored' | 'signedIn' | 'signInFailed' | 'signedOut' | 'expired' | 'otherWindow' | 'settings';

export interface AuthChange {
  state: AuthState;
  reason: AuthChangeReason;
  /** Whose sign-in the change is about: the user now signed in, or the one whose sign-in just ended. */
  owner: AccountOwner | undefined;
}

/** Paymo stopped accepting a sign-in (401): the sign-in that ended (never shown: it holds the credentials). */
export interface AuthExpiry {
  ended: StoredSignIn;
}

export class AccountAuth implements vscode.Disposable {
  private _state: AuthState = 'signedOut';
  private stored: StoredSignIn | undefined;
  private current: PaymoApi | undefined;
  /** The settings the current API client was built with, to skip rebuilding it when they did not change. */
  private currentSettings: string | undefined;
  /**
   * The password's API client after the password became a Paymo session: a load under way may still
   * read its next pages through it, so it is closed with the next change of sign-in, not at once.
   */
  private retired: PaymoApi | undefined;
  private readonly changed = new vscode.EventEmitter<AuthChange>();
  private readonly credentialsChanged = new vscode.EventEmitter<void>();
  private readonly expired = new vscode.EventEmitter<AuthExpiry>();
  /** Paymo answered 401: the session has signed out (reason `expired`); src/accounts asks the user to sign in again. */
  readonly onDidExpire = this.expired.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.credentialsChanged, this.expired];
  /** Changes of the stored sign-in run one at a time (SecretStorage reports our own writes too). */
  private readonly queue: SerialQueue;
  readonly onDidChange = this.changed.event;
  /** The stored credentials changed while the sign-in stayed the same (a saved password became a Paymo session). */
  readonly onDidChangeCredentials = this.credentialsChanged.event;

  /** This slot's SecretStorage key. */
  private readonly key: string;
  /** Who was signed in when the state last changed: a sign-out's change names them. */
  private signedInOwner: AccountOwner | undefined;
  /** `learnCompany` asks the server once per start. */
  private companyAsked = false;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly log: Log,
    private readonly userAgent: string,
    /** Where the account lives: its SecretStorage key, whether the `baseUrl` setting names its server. */
    readonly slot: AccountSlot,
  ) {
    this.key = slot.secretKey;
    this.queue = new SerialQueue((error) => log.error(`Sign-in change failed: ${error.message}`));
    this.disposables.push(
      secrets.onDidChange((e) => {
        if (e.key === this.key) void this.queue.run(() => this.followSecret());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsApi(e)) this.applySettings();
      }),
    );
  }

  get state(): AuthState {
    return this._state;
  }

  /** The signed-in Paymo user, as `GET /api/me` returned them at sign-in. */
  get user(): PaymoUser | undefined {
    return this._state === 'signedIn' ? this.stored?.user : undefined;
  }

  /** The name of the user's company, when signed in and the server said it at sign-in. */
  get company(): string | undefined {
    return this._state === 'signedIn' ? this.stored?.company : undefined;
  }

  /** The server the session belongs to (normalised), when signed in. */
  get baseUrl(): string | undefined {
    return this._state === 'signedIn' ? this.stored?.baseUrl : undefined;
  }

  /** Whose data the session shows (the cache's and the drafts' owner), when signed in. */
  get owner(): AccountOwner | undefined {
    const { user, baseUrl } = this;
    return user && baseUrl ? { userId: user.id, baseUrl } : undefined;
  }

  /**
   * The API client of the signed-in user; throws `SignedOutError` otherwise. Take it right before the
   * requests, not before a prompt: a sign-out or a settings change meanwhile closes it.
   */
  api(): PaymoApi {
    if (this._state !== 'signedIn' || !this.current) throw new SignedOutError();
    return this.current;
  }

  /** Picks up the saved sign-in, without any network request (activation stays cheap). */
  restore(): Promise<void> {
    return this.queue.run(async () => this.adopt(await readStoredSignIn(this.secrets, this.key), 'restored'));
  }

  /**
   * Checks the credentials with `GET /api/me` before anything is stored; on success stores them with
   * their server and makes them current. An email and password are stored as a Paymo session only
   * (`serverSessions.ts`). A 401 comes back as `PaymoAuthError` and changes nothing.
   */
  async signIn(baseUrl: string, credentials: Credentials, signal?: AbortSignal): Promise<PaymoUser> {
    const normalised = parseBaseUrl(baseUrl).href;
    secretsOf(credentials).forEach((s) => this.log.addSecret(s));
    const wasSignedOut = this._state === 'signedOut';
    if (wasSignedOut) this.setState('signingIn', 'signedIn');
    let connection: Connection;
    try {
      connection = await connect((c) => this.createApi(normalised, c), credentials, this.log, signal);
    } catch (error) {
      if (wasSignedOut) this.setState('signedOut', 'signInFailed');
      throw error;
    }
    const { api, kept, user, company } = connection;
    const next: StoredSignIn = {
      version: 1,
      baseUrl: normalised,
      credentials: kept,
      user: { id: user.id, name: user.name, email: user.email },
      ...(company ? { company } : {}),
    };
    await this.queue.run(async () => {
      const previous = this.stored;
      await this.replaceApi(api);
      this.stored = next;
      await writeStoredSignIn(this.secrets, this.key, next);
      this.log.info(`Signed in to ${normalised} as user ${user.id}${kept.kind === 'session' ? ' (Paymo session)' : ''}.`);
      this.setState('signedIn', 'signedIn');
      if (previous && !sameSignIn(previous, next)) await this.endServerSession(previous);
    });
    return user;
  }

  /**
   * Forgets the credentials (here and, through SecretStorage, in every other window). The user's own
   * sign-out also ends a Paymo session on the server; an expired one has ended already.
   */
  signOut(reason: 'signedOut' | 'expired' = 'signedOut'): Promise<void> {
    return this.queue.run(async () => {
      const previous = this.stored;
      this.stored = undefined;
      await this.replaceApi(undefined);
      await deleteStoredSignIn(this.secrets, this.key);
      this.setState('signedOut', reason);
      if (previous && reason === 'signedOut') await this.endServerSession(previous);
    });
  }

  /** The stored credentials, for the authentication provider that hands them to other extensions. */
  credentials(): Credentials | undefined {
    return this._state === 'signedIn' ? this.stored?.credentials : undefined;
  }

  dispose(): void {
    void this.replaceApi(undefined);
    this.disposables.forEach((d) => d.dispose());
  }

  private async followSecret(): Promise<void> {
    const latest = await readStoredSignIn(this.secrets, this.key);
    if (sameSignIn(latest, this.stored)) return;
    this.log.info('The Paymo sign-in changed in another window.');
    await this.adopt(latest, 'otherWindow');
  }

  private async adopt(saved: StoredSignIn | undefined, reason: AuthChangeReason): Promise<void> {
    this.stored = saved;
    this.companyAsked = false;
    if (saved) secretsOf(saved.credentials).forEach((s) => this.log.addSecret(s));
    const api = saved && this.usable(saved) ? this.tryCreateApi(saved) : undefined;
    await this.replaceApi(api);
    this.setState(api ? 'signedIn' : 'signedOut', reason);
    // Versions before Paymo sessions saved the password: it is exchanged once, without asking.
    if (api && saved?.credentials.kind === 'password') void this.queue.run(() => this.forgetPassword());
  }

  /**
   * A sign-in stored before accounts were named by their company learns the company's name, once per
   * start, after a load (never at activation): the account's label then says it.
   */
  async learnCompany(): Promise<void> {
    if (this.companyAsked || this._state !== 'signedIn' || !this.stored || this.stored.company) return;
    this.companyAsked = true;
    // Changes already queued (a saved password becoming a Paymo session) come first: the request
    // then goes through the API client that stays. It is made outside the queue, so that a slow
    // answer never holds up a sign-out.
    await this.queue.run(() => Promise.resolve());
    const api = this.current;
    if (!api || this._state !== 'signedIn') return;
    const company = await companyName(api);
    if (!company) return;
    await this.queue.run(async () => {
      const saved = this.stored;
      if (this.current !== api || !saved || saved.company) return;
      this.stored = { ...saved, company };
      await writeStoredSignIn(this.secrets, this.key, this.stored);
      this.credentialsChanged.fire();
    });
  }

  /** Replaces a saved password by a Paymo session; until that succeeds (offline), the password is used as before. */
  private async forgetPassword(): Promise<void> {
    const saved = this.stored;
    if (this._state !== 'signedIn' || saved?.credentials.kind !== 'password') return;
    try {
      const credentials = await openSession((c) => this.createApi(saved.baseUrl, c), saved.credentials, this.log);
      const next: StoredSignIn = { ...saved, credentials };
      this.retired = this.current;
      this.current = this.createApi(saved.baseUrl, credentials);
      this.stored = next;
      await writeStoredSignIn(this.secrets, this.key, next);
      this.log.info('The saved password was exchanged for a Paymo session and is no longer stored.');
      this.credentialsChanged.fire();
    } catch (error) {
      this.log.warn(`Could not exchange the saved password for a Paymo session yet: ${(error as Error).message}`);
    }
  }

  /** Ends the Paymo session of a sign-in that is no longer used, with an API client of its own. */
  private async endServerSession(saved: StoredSignIn): Promise<void> {
    if (saved.credentials.kind !== 'session') return;
    const api = this.tryCreateApi(saved);
    if (!api) return;
    await endSession(api, saved.credentials, this.log);
    await api.dispose().catch(() => undefined);
  }

  /** The stored sign-in belongs to one server; where the `baseUrl` setting names it, a different setting means signed out there. */
  private usable(saved: StoredSignIn): boolean {
    if (!this.slot.followsBaseUrlSetting) return true;
    const problem = baseUrlProblem();
    if (problem) {
      // The view says so too (AccountLoader), with what a valid address looks like.
      this.log.warn(`The setting paymoContacts.baseUrl is not usable: ${problem.message}`);
      return false;
    }
    return parseBaseUrl(readApiSettings().baseUrl).href === saved.baseUrl;
  }

  private applySettings(): void {
    if (this._state === 'signingIn') return;
    void this.queue.run(async () => {
      // Signing in to another server writes the base URL after the fact: nothing changed for the API client then.
      if (this._state === 'signedIn' && this.usable(this.stored!) && settingsKey() === this.currentSettings) return;
      await this.adopt(this.stored, 'settings');
    });
  }

  private tryCreateApi(saved: StoredSignIn): PaymoApi | undefined {
    try {
      return this.createApi(saved.baseUrl, saved.credentials);
    } catch (error) {
      this.log.warn(`Cannot use the saved Paymo sign-in: ${(error as Error).message}`);
      return undefined;
    }
  }

  private createApi(baseUrl: string, credentials: Credentials): PaymoApi {
    const paymo: PaymoApi = new PaymoApi({
      ...readApiSettings(),
      baseUrl,
      credentials,
      userAgent: this.userAgent,
      log: (entry) => this.onRequest(paymo, entry),
    });
    return paymo;
  }

  private onRequest(api: PaymoApi, entry: PaymoLogEntry): void {
    const outcome = entry.status ?? entry.error ?? 'no answer';
    const line = `${entry.method} ${entry.url} → ${outcome} (${entry.ms} ms${entry.attempt > 1 ? `, attempt ${entry.attempt}` : ''})`;
    if (entry.error || (entry.status ?? 0) >= 400) this.log.warn(line);
    else this.log.debug(line);
    // Every request passes here, whoever made it (tree, commands, forms), so a 401 is caught once for all.
    if (entry.status === 401 && api === this.current && this._state === 'signedIn') void this.expire();
  }

  private async expire(): Promise<void> {
    this.log.warn('Paymo rejected the saved credentials (401); signing out.');
    const ended = this.stored;
    await this.signOut('expired');
    if (ended) this.expired.fire({ ended });
  }

  private async replaceApi(next: PaymoApi | undefined): Promise<void> {
    const previous = [this.current, this.retired];
    this.current = next;
    this.retired = undefined;
    this.currentSettings = next && settingsKey();
    await Promise.all(previous.map((api) => (api && api !== next ? api.dispose().catch(() => undefined) : undefined)));
  }

  private setState(state: AuthState, reason: AuthChangeReason): void {
    const before = this.signedInOwner;
    this._state = state;
    this.signedInOwner = this.owner;
    this.changed.fire({ state, reason, owner: this.signedInOwner ?? before });
  }
}

/** The settings an API client is built from (the base URL comes from the stored sign-in), as one comparable value. */
function settingsKey(): string {
  const { baseUrl: _ignored, ...rest } = readApiSettings();
  return JSON.stringify(rest);
}
