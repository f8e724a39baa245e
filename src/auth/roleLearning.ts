// The signed-in user's Paymo role (`type` in `GET /api/me`: Admin, Employee or Guest), which decides
// what the extension offers (`mayChangeClients`). A sign-in learns it with the user and keeps it in
// the stored sign-in; it is asked again once per saved sign-in taken (a start, another window's: a
// sign-in stored by an older version, without it, learns it at its first load, as the company's name
// is learnt), when the user asks for a refresh, and after a 403 to a user thought allowed to write.
import * as vscode from 'vscode';
import type { UpgradedSignIn } from './signInUpgrades';
import type { StoredSignIn } from './storedSignIn';

/** What the role needs of the sign-in: what an upgrade needs, with its own `keep`. */
export type RoleOfSignIn = Omit<UpgradedSignIn, 'keep'> & {
  /** Makes `next` the sign-in at once and writes it to SecretStorage (resolves once written). */
  keep(next: StoredSignIn): Thenable<void>;
};

export class RoleLearning implements vscode.Disposable {
  /** Asked since the sign-in was made or taken. */
  private asked = false;
  private learning: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** The role was learnt anew and differs from what was known. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly signIn: RoleOfSignIn) {}

  /** A saved sign-in was taken (a start, another window's, a settings change): its role is asked at its next load. */
  taken(): void {
    this.asked = false;
  }

  /** A sign-in was just made: its `GET /api/me` said the role. */
  told(): void {
    this.asked = true;
  }

  /** Another window learnt a different role for this sign-in and kept it: it holds here too. */
  learntElsewhere(): void {
    this.asked = true;
    this.changed.fire();
  }

  /** Asks the role once since the sign-in was made or taken, or `again`. Never rejects: without an answer, what was known stays. */
  learn(again = false): Promise<void> {
    if (this.learning) return this.learning;
    if ((this.asked && !again) || !this.signIn.signedIn()) return Promise.resolve();
    this.asked = true;
    this.learning = this.ask().finally(() => (this.learning = undefined));
    return this.learning;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async ask(): Promise<void> {
    const { signIn } = this;
    // As the company's name is learnt (signInUpgrades.ts): after the changes queued, outside the queue.
    await signIn.queue.run(() => Promise.resolve());
    const api = signIn.clients.current;
    if (!api || !signIn.signedIn()) return;
    const user = await api.me().catch((error: Error) => signIn.log.warn(`Could not ask Paymo for the user's role: ${error.message}`));
    if (!user) return;
    await signIn.queue.run(async () => {
      const saved = signIn.stored();
      if (signIn.clients.current !== api || !saved || saved.user.id !== user.id || saved.user.type === user.type) return;
      signIn.log.info(`The Paymo user's role is now ${user.type ?? 'not said by the server'} (was ${saved.user.type ?? 'not known'}).`);
      const written = signIn.keep({ ...saved, user: { ...saved.user, type: user.type } });
      // Listeners read what is known now; the write (slower, through VS Code) keeps it for the next start.
      this.changed.fire();
      await written;
    });
  }
}
