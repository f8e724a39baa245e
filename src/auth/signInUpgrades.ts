// Sign-ins saved by older versions are brought up to date once, without asking: a saved password is
// exchanged for a Paymo session (versions before Paymo sessions kept the password), and a sign-in
// saved before accounts were named by their company learns the company's name.
import type { Log } from '../log';
import { companyName } from '../paymo';
import type { SerialQueue } from '../serialQueue';
import type { ApiClients } from './apiClients';
import { openSession } from './serverSessions';
import type { StoredSignIn } from './storedSignIn';

export interface UpgradedSignIn {
  readonly clients: ApiClients;
  readonly queue: SerialQueue;
  readonly log: Log;
  signedIn(): boolean;
  stored(): StoredSignIn | undefined;
  /** Keeps the upgraded sign-in (here and in SecretStorage) and says its credentials changed. */
  keep(next: StoredSignIn): Promise<void>;
}

export class SignInUpgrades {
  /** `learnCompany` asks the server once per sign-in taken (a start, another window's). */
  private companyAsked = false;

  constructor(private readonly signIn: UpgradedSignIn) {}

  /** A saved sign-in was taken (at a start, from another window, after a settings change); `undefined`: none is in use. */
  taken(saved: StoredSignIn | undefined): void {
    this.companyAsked = false;
    if (saved?.credentials.kind === 'password') void this.signIn.queue.run(() => this.exchangePassword());
  }

  /**
   * Learns the company's name once, after a load (never at activation): the account's label then
   * says it.
   */
  async learnCompany(): Promise<void> {
    const { signIn } = this;
    if (this.companyAsked || !signIn.signedIn() || signIn.stored()?.company) return;
    this.companyAsked = true;
    // Changes already queued (a saved password becoming a Paymo session) come first: the request
    // then goes through the API client that stays. It is made outside the queue, so that a slow
    // answer never holds up a sign-out.
    await signIn.queue.run(() => Promise.resolve());
    const api = signIn.clients.current;
    if (!api || !signIn.signedIn()) return;
    const company = await companyName(api);
    if (!company) return;
    await signIn.queue.run(async () => {
      const saved = signIn.stored();
      if (signIn.clients.current !== api || !saved || saved.company) return;
      await signIn.keep({ ...saved, company });
    });
  }

  /** Replaces a saved password by a Paymo session; until that succeeds (offline), the password is used as before. */
  private async exchangePassword(): Promise<void> {
    const { signIn } = this;
    const saved = signIn.stored();
    if (!signIn.signedIn() || saved?.credentials.kind !== 'password') return;
    try {
      const credentials = await openSession((c) => signIn.clients.create(saved.baseUrl, c), saved.credentials, signIn.log);
      signIn.clients.takeOver(signIn.clients.create(saved.baseUrl, credentials));
      await signIn.keep({ ...saved, credentials });
      signIn.log.info('The saved password was exchanged for a Paymo session and is no longer stored.');
    } catch (error) {
      signIn.log.warn(`Could not exchange the saved password for a Paymo session yet: ${(error as Error).message}`);
    }
  }
}
