// The API client of one account's sign-in through its life: built from the saved credentials and the
// settings (proxy, timeout), rebuilt when those settings change, closed when the sign-in changes.
// Every request it makes is logged here, and a 401 or a 403 is reported once for all, whoever made it
// (tree, commands, forms).
import type { Log } from '../log';
import { PaymoApi, type Credentials, type PaymoLogEntry } from '../paymo';
import { readApiSettings } from './apiSettings';
import type { StoredSignIn } from './storedSignIn';

export class ApiClients {
  private _current: PaymoApi | undefined;
  /**
   * The password's API client after the password became a Paymo session: a load under way may still
   * read its next pages through it, so it is closed with the next change of sign-in, not at once.
   */
  private retired: PaymoApi | undefined;
  /** The settings the current API client was built with, to skip rebuilding it when they did not change. */
  private currentSettings: string | undefined;

  constructor(
    private readonly log: Log,
    private readonly userAgent: string,
    /** Paymo answered 401 to a request of `api`. */
    private readonly onUnauthorized: (api: PaymoApi) => void,
    /** Paymo answered 403 to a request of `api`: the user may not do it. */
    private readonly onForbidden: (api: PaymoApi) => void,
  ) {}

  /** The client of the current sign-in, if there is one. */
  get current(): PaymoApi | undefined {
    return this._current;
  }

  create(baseUrl: string, credentials: Credentials): PaymoApi {
    const paymo: PaymoApi = new PaymoApi({
      ...readApiSettings(),
      baseUrl,
      credentials,
      userAgent: this.userAgent,
      log: (entry) => this.onRequest(paymo, entry),
    });
    return paymo;
  }

  /** A client for a saved sign-in; `undefined` (logged) when its saved base URL or settings cannot make one. */
  tryCreate(saved: StoredSignIn): PaymoApi | undefined {
    try {
      return this.create(saved.baseUrl, saved.credentials);
    } catch (error) {
      this.log.warn(`Cannot use the saved Paymo sign-in: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Whether the settings a client is built from are still those the current one was built with. */
  settingsUnchanged(): boolean {
    return settingsKey() === this.currentSettings;
  }

  /** `next` becomes the current client; the others are closed. */
  async replace(next: PaymoApi | undefined): Promise<void> {
    const previous = [this._current, this.retired];
    this._current = next;
    this.retired = undefined;
    this.currentSettings = next && settingsKey();
    await Promise.all(previous.map((api) => (api && api !== next ? api.dispose().catch(() => undefined) : undefined)));
  }

  /** `next` takes over from the current client for the same sign-in (new credentials); the old one is closed with the next `replace`. */
  takeOver(next: PaymoApi): void {
    this.retired = this._current;
    this._current = next;
  }

  private onRequest(api: PaymoApi, entry: PaymoLogEntry): void {
    const outcome = entry.status ?? entry.error ?? 'no answer';
    const line = `${entry.method} ${entry.url} → ${outcome} (${entry.ms} ms${entry.attempt > 1 ? `, attempt ${entry.attempt}` : ''})`;
    if (entry.error || (entry.status ?? 0) >= 400) this.log.warn(line);
    else this.log.debug(line);
    if (entry.status === 401) this.onUnauthorized(api);
    if (entry.status === 403) this.onForbidden(api);
  }
}

/** The settings an API client is built from (the base URL comes from the stored sign-in), as one comparable value. */
function settingsKey(): string {
  const { baseUrl: _ignored, ...rest } = readApiSettings();
  return JSON.stringify(rest);
}
