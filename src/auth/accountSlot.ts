// Where one account lives: its slot. The first slot is the account that single-account versions had,
// and it keeps everything under the names they used (its SecretStorage key, the `paymoContacts.baseUrl`
// setting as its server, tree ids and form keys without a prefix, the global storage folder itself),
// so that a user's sign-in, cache and drafts carry over an upgrade. It is always listed, even signed
// out: the welcome and Sign In speak of it. Accounts added beside it (`addAccount`) take the next
// numbers and keep their own server. Every other part asks its slot; none compares slot numbers.
// Plain TypeScript (no `vscode`): form keys come back from VS Code after a reload and are checked
// against the same rule that made them, in plain-Node code too.

/** The SecretStorage key of the first slot's sign-in, as single-account versions named it. */
const FIRST_SECRET_KEY = 'paymoContacts.session';
/** An added slot's tree ids and form keys start with `a<number>/`: this, as a regular expression's source. */
export const ADDED_KEY_PREFIX = 'a[1-9]\\d*/';
const ADDED_PREFIX = new RegExp(`^${ADDED_KEY_PREFIX}`);

export class AccountSlot {
  private static readonly made = new Map<number, AccountSlot>();
  /** The account of single-account versions: always listed, its server the `paymoContacts.baseUrl` setting. */
  static readonly first = AccountSlot.of(1);

  private constructor(readonly number: number) {}

  /** The same object for the same number, so that slots can be told apart by identity. */
  private static of(number: number): AccountSlot {
    let slot = AccountSlot.made.get(number);
    if (!slot) AccountSlot.made.set(number, (slot = new AccountSlot(number)));
    return slot;
  }

  /** The added slots as saved (`serializeAdded`); anything that is not one is left out. */
  static parseAdded(text: string | undefined): AccountSlot[] {
    try {
      const value: unknown = JSON.parse(text ?? '[]');
      return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v) && v > 1).map((v) => AccountSlot.of(v)) : [];
    } catch {
      return [];
    }
  }

  /** The added slots as every window reads them (JSON numbers). */
  static serializeAdded(slots: readonly AccountSlot[]): string {
    return JSON.stringify(slots.map((s) => s.number));
  }

  /** A slot none of `taken` has, for an account added beside them. */
  static next(taken: readonly AccountSlot[]): AccountSlot {
    return AccountSlot.of(Math.max(1, ...taken.map((s) => s.number)) + 1);
  }

  /** Slot order, for sorting: the order the accounts were first added in. */
  static compare(a: AccountSlot, b: AccountSlot): number {
    return a.number - b.number;
  }

  private get isFirst(): boolean {
    return this === AccountSlot.first;
  }

  /** Where its sign-in is kept in SecretStorage. */
  get secretKey(): string {
    return this.isFirst ? FIRST_SECRET_KEY : `${FIRST_SECRET_KEY}.${this.number}`;
  }

  /**
   * Whether the `paymoContacts.baseUrl` setting names its server: a sign-in there writes the setting,
   * and a setting changed to another server signs it out. An added account keeps the server it was added on.
   */
  get followsBaseUrlSetting(): boolean {
    return this.isFirst;
  }

  /** Put before its tree items' ids and its forms' keys, so that they differ from another account's records of the same id. */
  get keyPrefix(): string {
    return this.isFirst ? '' : `a${this.number}/`;
  }

  /** Whether a tree id or form key (`a2/contact:7`, `contact:7`) is this slot's. */
  ownsKey(key: string): boolean {
    return this.isFirst ? !ADDED_PREFIX.test(key) : key.startsWith(this.keyPrefix);
  }

  /** The folder of what it keeps on disk (cache, images), as path segments inside the extension's global storage. */
  get storageFolder(): string[] {
    return this.isFirst ? [] : ['accounts', String(this.number)];
  }

  /** Whether it stays in the list signed out (and the view's welcome then speaks of it); an added one goes. */
  get staysListed(): boolean {
    return this.isFirst;
  }

  /** The command that signs it in again after Paymo ended its sign-in: Sign In, or Add Account for an added one. */
  get signInCommand(): string {
    return this.isFirst ? 'paymoContacts.signIn' : 'paymoContacts.addAccount';
  }

  /** How the log names it. */
  toString(): string {
    return `account slot ${this.number}`;
  }
}
