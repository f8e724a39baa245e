// Paymo in VS Code's Accounts menu: the signed-in Paymo account is a session of the authentication
// provider `paymo` (declared in package.json), listed and signed out there like any other account.
// Other extensions may ask for it with `vscode.authentication.getSession('paymo', [])`; VS Code asks
// the user before it hands them the session. Its access token is what Paymo accepts: an API key
// (HTTP Basic `KEY:X`) or a Paymo session id (header `X-Session`), as the sign-in stored it.
import * as vscode from 'vscode';
import { accountLabel } from './accountLabel';
import type { PaymoSession } from './session';
import { ownerKey } from './sessionOwner';

export const AUTH_PROVIDER_ID = 'paymo';

export class PaymoAuthProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  /** What was last announced, to tell VS Code what was added, removed or changed. */
  private announced: vscode.AuthenticationSession | undefined;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly session: PaymoSession) {
    this.disposables.push(
      session.onDidChange(() => this.announce()),
      session.onDidChangeCredentials(() => this.announce()),
    );
  }

  getSessions(): Promise<vscode.AuthenticationSession[]> {
    const current = this.current();
    return Promise.resolve(current ? [current] : []);
  }

  /** Another extension (or the Accounts menu) asks to sign in: the extension's own sign-in runs. */
  async createSession(): Promise<vscode.AuthenticationSession> {
    await vscode.commands.executeCommand('paymoContacts.signIn');
    const current = this.current();
    if (!current) throw new Error(vscode.l10n.t('Signing in to Paymo was cancelled.'));
    return current;
  }

  /** Sign out from the Accounts menu: the same as the Sign Out command. */
  async removeSession(sessionId: string): Promise<void> {
    if (this.current()?.id === sessionId) await this.session.signOut();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private current(): vscode.AuthenticationSession | undefined {
    const { owner, user } = this.session;
    const credentials = this.session.credentials();
    if (!owner || !user || !credentials) return undefined;
    const id = ownerKey(owner);
    const accessToken = credentials.kind === 'apiKey' ? credentials.apiKey : credentials.kind === 'session' ? credentials.sessionId : undefined;
    // A password is never handed out; a saved one is exchanged for a Paymo session soon after the start.
    if (accessToken === undefined) return undefined;
    return { id, accessToken, account: { id, label: accountLabel(user.name, owner) }, scopes: [] };
  }

  private announce(): void {
    const before = this.announced;
    const now = this.current();
    this.announced = now;
    if (before?.id === now?.id && before?.accessToken === now?.accessToken) return;
    if (before && now && before.id === now.id) this.changed.fire({ added: [], removed: [], changed: [now] });
    else this.changed.fire({ added: now ? [now] : [], removed: before ? [before] : [], changed: [] });
  }
}
