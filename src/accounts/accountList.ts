// The Paymo accounts of this window: the first (the one its slot keeps listed even when signed out,
// `AccountSlot.first`) and those added beside it with `addAccount`. Which slots exist is kept in
// SecretStorage next to their sign-ins, so that every window has the same accounts; an account whose
// slot does not stay listed is dropped once signed out (by the user, by Paymo or in another window)
// and its data forgotten.
import * as vscode from 'vscode';
import type { Log } from '../log';
import { SerialQueue } from '../serialQueue';
import type { AuthChange } from '../auth/accountAuth';
import { ownerKey } from '../auth/accountOwner';
import { AccountSlot } from '../auth/accountSlot';
import type { Account } from './account';
import { askToSignInAgain } from './expiryPrompt';

/** The SecretStorage key listing the added slots (`AccountSlot.serializeAdded`). */
export const ACCOUNT_SLOTS_KEY = 'paymoContacts.accounts';

/** An account the user signed out, and who was signed in there (`ownerKey`: `userId@baseUrl`). */
export interface UserSignOut {
  account: Account;
  owner: string;
}

export class AccountList implements vscode.Disposable {
  readonly first: Account;
  private added: Account[] = [];
  /** Slots made for an `addAccount` that has not signed in yet. */
  private pending: Account[] = [];
  private readonly membership = new vscode.EventEmitter<void>();
  /** An account was added or dropped. */
  readonly onDidChangeAccounts = this.membership.event;
  private readonly anyState = new vscode.EventEmitter<void>();
  /** An account was added or dropped, or one's sign-in, role, view state or message changed. */
  readonly onDidChangeState = this.anyState.event;
  private readonly data = new vscode.EventEmitter<void>();
  /** An account's clients or contacts changed (or an account came or went). */
  readonly onDidChangeData = this.data.event;
  private readonly userSignedOut = new vscode.EventEmitter<UserSignOut>();
  /**
   * The user signed an account out (here or in another window): what this machine keeps of theirs
   * (drafts, import journals) goes too. Not fired when Paymo ended the sign-in (401): that user signs
   * in again to go on with their work.
   */
  readonly onDidSignOutUser = this.userSignedOut.event;
  private readonly subscriptions = new Map<Account, vscode.Disposable[]>();
  private readonly disposables: vscode.Disposable[] = [this.membership, this.anyState, this.data, this.userSignedOut];
  /** Changes of the slot list run one at a time (our own writes come back as change events too). */
  private readonly queue: SerialQueue;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly log: Log,
    private readonly make: (slot: AccountSlot) => Account,
  ) {
    this.queue = new SerialQueue((error) => log.error(`Changing the account list failed: ${error.message}`));
    this.first = this.make(AccountSlot.first);
    this.watch(this.first);
    this.disposables.push(
      secrets.onDidChange((e) => {
        if (e.key === ACCOUNT_SLOTS_KEY) void this.queue.run(() => this.follow());
      }),
    );
  }

  /** Every account, the first one first (signed in or not). */
  get all(): readonly Account[] {
    return [this.first, ...this.added];
  }

  /** The accounts that are signed in, in slot order. */
  signedIn(): Account[] {
    return this.all.filter((a) => a.auth.state === 'signedIn');
  }

  /**
   * The signed-in accounts; with none, the first, whose signed-out state the welcome and a command
   * without an account then speak of.
   */
  signedInOrFirst(): Account[] {
    const signedIn = this.signedIn();
    return signedIn.length ? signedIn : [this.first];
  }

  /** A listed account waiting signed out, which Add Account signs in to rather than adding one beside it. */
  vacant(): Account | undefined {
    return this.all.find((a) => a.slot.staysListed && a.auth.state !== 'signedIn');
  }

  /** The account a form's key (`a2/contact:7`) belongs to; the first when that account is gone. */
  ofKey(key: string): Account {
    return this.all.find((a) => a.slot.ownsKey(key)) ?? this.first;
  }

  /** The signed-in account with this id (`userId@baseUrl`). */
  byId(id: string): Account | undefined {
    return this.all.find((a) => a.auth.state === 'signedIn' && a.id === id);
  }

  /** Every account's saved sign-in restored (no network request): the start; their data follows when wanted. */
  async restore(): Promise<void> {
    await Promise.all([this.first.loader.start(), this.queue.run(() => this.follow())]);
  }

  /** A new slot for `addAccount` to sign in with; it is kept (`keep`) once signed in, or thrown away (`discard`). */
  create(): Account {
    const account = this.make(AccountSlot.next([...this.all, ...this.pending].map((a) => a.slot)));
    this.pending.push(account);
    return account;
  }

  /** The new slot signed in: it joins the list (here and, through SecretStorage, in every window). */
  keep(account: Account): Promise<void> {
    return this.queue.run(async () => {
      this.pending = this.pending.filter((a) => a !== account);
      if (this.added.includes(account)) return;
      this.added.push(account);
      this.watch(account);
      await this.save();
      this.membership.fire();
      this.anyState.fire();
    });
  }

  /** A new slot whose sign-in did not happen. */
  discard(account: Account): void {
    this.pending = this.pending.filter((a) => a !== account);
    account.dispose();
  }

  dispose(): void {
    for (const account of [...this.all, ...this.pending]) account.dispose();
    for (const list of this.subscriptions.values()) list.forEach((d) => d.dispose());
    this.disposables.forEach((d) => d.dispose());
  }

  private watch(account: Account): void {
    this.subscriptions.set(account, [
      account.loader.onDidChangeState(() => this.anyState.fire()),
      account.store.onDidChange(() => this.data.fire()),
      account.auth.onDidChange((change) => this.onAuthChange(account, change)),
      // The label may have changed (the company's name learnt).
      account.auth.onDidChangeCredentials(() => this.anyState.fire()),
      // What the account may change (its role learnt anew): the view offers its writes accordingly.
      account.auth.onDidChangeRole(() => this.anyState.fire()),
      account.auth.onDidExpire((expiry) => askToSignInAgain(account.slot, expiry)),
    ]);
  }

  private onAuthChange(account: Account, change: AuthChange): void {
    this.anyState.fire();
    if (change.state === 'signedOut' && change.owner && (change.reason === 'signedOut' || change.reason === 'otherWindow'))
      this.userSignedOut.fire({ account, owner: ownerKey(change.owner) });
    // A failed sign-in changes nothing; a signed-out account that does not stay listed goes once its data is forgotten.
    if (account.slot.staysListed || change.state !== 'signedOut' || change.reason === 'signInFailed') return;
    void account.loader.whenIdle().then(() => this.queue.run(() => this.drop(account)));
  }

  private async drop(account: Account): Promise<void> {
    if (!this.added.includes(account) || account.auth.state !== 'signedOut') return;
    this.added = this.added.filter((a) => a !== account);
    this.subscriptions.get(account)?.forEach((d) => d.dispose());
    this.subscriptions.delete(account);
    account.dispose();
    await this.save();
    this.log.info(`The account of ${String(account.slot)} was signed out and is no longer listed.`);
    this.membership.fire();
    this.anyState.fire();
  }

  /** Takes the saved slot list: slots added in another window are restored, slots gone there are dropped. */
  private async follow(): Promise<void> {
    const saved = AccountSlot.parseAdded(await this.secrets.get(ACCOUNT_SLOTS_KEY));
    const listed = new Set(this.added.map((a) => a.slot));
    const pending = new Map(this.pending.map((a) => [a.slot, a]));
    let changed = false;
    for (const slot of saved) {
      if (listed.has(slot)) continue;
      const account = pending.get(slot) ?? this.make(slot);
      this.pending = this.pending.filter((a) => a !== account);
      this.added.push(account);
      this.watch(account);
      await account.loader.start();
      changed = true;
    }
    // A slot gone from the list was signed out there: its own secret's deletion signs it out here,
    // and `onAuthChange` drops it once its data is forgotten.
    if (changed) {
      this.added.sort((a, b) => AccountSlot.compare(a.slot, b.slot));
      this.membership.fire();
      this.anyState.fire();
    }
  }

  private async save(): Promise<void> {
    const slots = this.added.map((a) => a.slot);
    if (slots.length) await this.secrets.store(ACCOUNT_SLOTS_KEY, AccountSlot.serializeAdded(slots));
    else await this.secrets.delete(ACCOUNT_SLOTS_KEY);
  }
}
