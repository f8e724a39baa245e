// Who is signed in to which Paymo server in one account slot: the sign-in's state, its changes (sign
// in, sign out, Paymo ending it with a 401) and its events. Credentials live only in SecretStorage,
// under the slot's key. The other jobs of a sign-in have files of their own: its API client
// (`apiClients.ts`), changes from other windows and the settings (`outsideChanges.ts`), the
// upgrades of sign-ins older versions saved (`signInUpgrades.ts`), and the user's role (`roleLearning.ts`).
import * as vscode from 'vscode';
import type { Log } from '../log';
import { mayChangeClients, parseBaseUrl, type Credentials, type PaymoApi, type PaymoUser } from '../paymo';
import { SerialQueue } from '../serialQueue';
import type { AccountOwner } from './accountOwner';
import type { AccountSlot } from './accountSlot';
import { ApiClients } from './apiClients';
import { followOutsideChanges, serverStillNamed } from './outsideChanges';
import { RoleLearning } from './roleLearning';
import { connect, endSession, type Connection } from './serverSessions';
import { SignedOutError } from './signedOutError';
import { SignInUpgrades } from './signInUpgrades';
import { deleteStoredSignIn, onlyLearntFactsDiffer, readStoredSignIn, sameSignIn, secretsOf, writeStoredSignIn, type StoredSignIn } from './storedSignIn';

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
  private readonly clients: ApiClients;
  private readonly upgrades: SignInUpgrades;
  private readonly role: RoleLearning;
  private readonly changed = new vscode.EventEmitter<AuthChange>();
  private readonly credentialsChanged = new vscode.EventEmitter<void>();
  private readonly expired = new vscode.EventEmitter<AuthExpiry>();
  readonly onDidChange = this.changed.event;
  /** The stored credentials changed while the sign-in stayed the same (a saved password became a Paymo session). */
  readonly onDidChangeCredentials = this.credentialsChanged.event;
  /** Paymo answered 401: the sign-in has ended (reason `expired`); src/accounts asks the user to sign in again. */
  readonly onDidExpire = this.expired.event;
  /** The user's type (`user.type`: what they may change) was learnt anew and differs. */
  readonly onDidChangeRole: vscode.Event<void>;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.credentialsChanged, this.expired];
  /** Changes of the stored sign-in run one at a time (SecretStorage reports our own writes too). */
  private readonly queue: SerialQueue;
  /** Who was signed in when the state last changed: a sign-out's change names them. */
  private signedInOwner: AccountOwner | undefined;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly log: Log,
    userAgent: string,
    /** Where the account lives: its SecretStorage key, whether the `baseUrl` setting names its server. */
    readonly slot: AccountSlot,
  ) {
    this.queue = new SerialQueue((error) => log.error(`Sign-in change failed: ${error.message}`));
    // Every request passes the API client's log, whoever made it, so a 401 is caught once for all.
    this.clients = new ApiClients(
      log,
      userAgent,
      (api) => {
        if (api === this.clients.current && this._state === 'signedIn') void this.expire();
      },
      // Paymo refused a user thought allowed to change things: the role may have changed, and what is offered follows.
      (api) => {
        if (api === this.clients.current && this._state === 'signedIn' && mayChangeClients(this.user)) void this.role.learn(true);
      },
    );
    this.upgrades = new SignInUpgrades({
      clients: this.clients,
      queue: this.queue,
      log,
      signedIn: () => this._state === 'signedIn',
      stored: () => this.stored,
      keep: async (next) => {
        this.stored = next;
        await writeStoredSignIn(this.secrets, this.slot.secretKey, next);
        this.credentialsChanged.fire();
      },
    });
    this.role = new RoleLearning({
      clients: this.clients,
      queue: this.queue,
      log,
      signedIn: () => this._state === 'signedIn',
      stored: () => this.stored,
      keep: (next) => {
        this.stored = next;
        return writeStoredSignIn(this.secrets, this.slot.secretKey, next);
      },
    });
    this.onDidChangeRole = this.role.onDidChange;
    this.disposables.push(
      this.role,
      ...followOutsideChanges(secrets, slot, this.queue, log, {
        stored: () => this.stored,
        adoptFromOtherWindow: (latest) =>
          this.stored && latest && onlyLearntFactsDiffer(this.stored, latest) ? this.takeLearntFacts(latest) : this.adopt(latest, 'otherWindow'),
        settingsChanged: () => this.applySettings(),
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

  /** The server the sign-in belongs to (normalised), when signed in. */
  get baseUrl(): string | undefined {
    return this._state === 'signedIn' ? this.stored?.baseUrl : undefined;
  }

  /** Whose data the sign-in shows (the cache's and the drafts' owner), when signed in. */
  get owner(): AccountOwner | undefined {
    const { user, baseUrl } = this;
    return user && baseUrl ? { userId: user.id, baseUrl } : undefined;
  }

  /**
   * The API client of the signed-in user; throws `SignedOutError` otherwise. Take it right before the
   * requests, not before a prompt: a sign-out or a settings change meanwhile closes it.
   */
  api(): PaymoApi {
    const api = this.clients.current;
    if (this._state !== 'signedIn' || !api) throw new SignedOutError();
    return api;
  }

  /** Picks up the saved sign-in, without any network request (activation stays cheap). */
  restore(): Promise<void> {
    return this.queue.run(async () => this.adopt(await readStoredSignIn(this.secrets, this.slot.secretKey), 'restored'));
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
      connection = await connect((c) => this.clients.create(normalised, c), credentials, this.log, signal);
    } catch (error) {
      if (wasSignedOut) this.setState('signedOut', 'signInFailed');
      throw error;
    }
    const { api, kept, user, company } = connection;
    const next: StoredSignIn = {
      version: 1,
      baseUrl: normalised,
      credentials: kept,
      user: { id: user.id, name: user.name, email: user.email, ...(user.type ? { type: user.type } : {}) },
      ...(company ? { company } : {}),
    };
    await this.queue.run(async () => {
      const previous = this.stored;
      await this.clients.replace(api);
      this.stored = next;
      this.role.told();
      await writeStoredSignIn(this.secrets, this.slot.secretKey, next);
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
      await this.clients.replace(undefined);
      await deleteStoredSignIn(this.secrets, this.slot.secretKey);
      this.setState('signedOut', reason);
      if (previous && reason === 'signedOut') await this.endServerSession(previous);
    });
  }

  /** The stored credentials, for the authentication provider that hands them to other extensions. */
  credentials(): Credentials | undefined {
    return this._state === 'signedIn' ? this.stored?.credentials : undefined;
  }

  /** A sign-in stored before accounts were named by their company learns the company's name (`signInUpgrades.ts`). */
  learnCompany(): Promise<void> {
    return this.upgrades.learnCompany();
  }

  /** Asks Paymo for the user's role once per sign-in taken, or `again` (`roleLearning.ts`); never rejects. */
  learnRole(again = false): Promise<void> {
    return this.role.learn(again);
  }

  dispose(): void {
    void this.clients.replace(undefined);
    this.disposables.forEach((d) => d.dispose());
  }

  private async adopt(saved: StoredSignIn | undefined, reason: AuthChangeReason): Promise<void> {
    this.stored = saved;
    if (saved) secretsOf(saved.credentials).forEach((s) => this.log.addSecret(s));
    const api = saved && serverStillNamed(this.slot, saved, this.log) ? this.clients.tryCreate(saved) : undefined;
    this.upgrades.taken(api ? saved : undefined);
    this.role.taken();
    await this.clients.replace(api);
    this.setState(api ? 'signedIn' : 'signedOut', reason);
  }

  /**
   * Another window learnt the role or the company's name of this same sign-in: taken as they are,
   * without a new API client or a reload of the data, and not asked again here.
   */
  private takeLearntFacts(latest: StoredSignIn): Promise<void> {
    const before = this.stored!;
    this.stored = latest;
    if (before.user.type !== latest.user.type) this.role.learntElsewhere();
    if (before.company !== latest.company) this.credentialsChanged.fire();
    return Promise.resolve();
  }

  /** Ends the Paymo session of a sign-in that is no longer used, with an API client of its own. */
  private async endServerSession(saved: StoredSignIn): Promise<void> {
    if (saved.credentials.kind !== 'session') return;
    const api = this.clients.tryCreate(saved);
    if (!api) return;
    await endSession(api, saved.credentials, this.log);
    await api.dispose().catch(() => undefined);
  }

  private applySettings(): void {
    if (this._state === 'signingIn') return;
    void this.queue.run(async () => {
      // Signing in to another server writes the base URL after the fact: nothing changed for the API client then.
      if (this._state === 'signedIn' && serverStillNamed(this.slot, this.stored!, this.log) && this.clients.settingsUnchanged()) return;
      await this.adopt(this.stored, 'settings');
    });
  }

  private async expire(): Promise<void> {
    this.log.warn('Paymo rejected the saved credentials (401); signing out.');
    const ended = this.stored;
    await this.signOut('expired');
    if (ended) this.expired.fire({ ended });
  }

  private setState(state: AuthState, reason: AuthChangeReason): void {
    const before = this.signedInOwner;
    this._state = state;
    this.signedInOwner = this.owner;
    this.changed.fire({ state, reason, owner: this.signedInOwner ?? before });
  }
}
