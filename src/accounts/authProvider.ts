// Paymo in VS Code's Accounts menu: each signed-in Paymo account is a session of the authentication
// provider `paymo` (declared in package.json), listed and signed out there like any other account.
// Other extensions may ask for it with `vscode.authentication.getSession('paymo', [])`; VS Code asks
// the user before it hands them the session. Its access token is what Paymo accepts: an API key
// (HTTP Basic `KEY:X`) or a Paymo session id (header `X-Session`), as the sign-in stored it.
import * as vscode from 'vscode';
import type { AccountList } from './accountList';

export const AUTH_PROVIDER_ID = 'paymo';

export class PaymoAuthProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  /** What was last announced, to tell VS Code what was added, removed or changed. */
  private announced: vscode.AuthenticationSession[] = [];
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly accounts: AccountList) {
    // Accounts coming and going, sign-ins, and changed credentials or labels all arrive here.
    this.disposables.push(accounts.onDidChangeState(() => this.announce()));
  }

  getSessions(): Promise<vscode.AuthenticationSession[]> {
    return Promise.resolve(this.current());
  }

  /**
   * Another extension (or the Accounts menu) asks to sign in: the extension's own sign-in runs, or,
   * with an account signed in already, Add Account. Resolves with the account it signed in.
   */
  async createSession(): Promise<vscode.AuthenticationSession> {
    const before = new Set(this.current().map((s) => s.id));
    const command = before.size ? 'paymoContacts.addAccount' : 'paymoContacts.signIn';
    await vscode.commands.executeCommand(command);
    const added = this.current().find((s) => !before.has(s.id));
    if (!added) throw new Error(vscode.l10n.t('Signing in to Paymo was cancelled.'));
    return added;
  }

  /** Sign out from the Accounts menu: the same as the Sign Out command, for that account only. */
  async removeSession(sessionId: string): Promise<void> {
    const account = this.accounts.byId(sessionId);
    if (account) await account.auth.signOut();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private current(): vscode.AuthenticationSession[] {
    return this.accounts.signedIn().flatMap((account) => {
      const { id } = account;
      const credentials = account.auth.credentials();
      if (!id || !credentials) return [];
      const accessToken = credentials.kind === 'apiKey' ? credentials.apiKey : credentials.kind === 'session' ? credentials.sessionId : undefined;
      // A password is never handed out; a saved one is exchanged for a Paymo session soon after the start.
      if (accessToken === undefined) return [];
      return [{ id, accessToken, account: { id, label: account.label }, scopes: [] }];
    });
  }

  private announce(): void {
    const before = new Map(this.announced.map((s) => [s.id, s]));
    const now = this.current();
    const after = new Map(now.map((s) => [s.id, s]));
    this.announced = now;
    const added = now.filter((s) => !before.has(s.id));
    const removed = [...before.values()].filter((s) => !after.has(s.id));
    const changed = now.filter((s) => {
      const old = before.get(s.id);
      return old && (old.accessToken !== s.accessToken || old.account.label !== s.account.label);
    });
    if (added.length || removed.length || changed.length) this.changed.fire({ added, removed, changed });
  }
}
