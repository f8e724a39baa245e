import * as vscode from 'vscode';

/**
 * A one-test "suite" run through the smoke-test payload before the UI journeys and `npm start`:
 * it signs in through the extension's own sign-in command, so that the key lands in SecretStorage
 * the way a user's would. It is hosted by the empty test/harness/signInHost extension, so the
 * command is handled by the installed (packaged) extension.
 */
export async function run(): Promise<void> {
  const baseUrl = process.env.PAYMO_SANDBOX_URL;
  const apiKey = process.env.PAYMO_SANDBOX_KEY;
  if (!baseUrl || !apiKey) {
    throw new Error('PAYMO_SANDBOX_URL and PAYMO_SANDBOX_KEY must be set');
  }
  const result = await vscode.commands.executeCommand<{ baseUrl?: string; user?: { id?: number; name?: string } } | undefined>('paymoContacts.signIn', {
    baseUrl,
    apiKey,
  });
  if (!result?.user) {
    throw new Error(`Signing in to ${baseUrl} failed: see the "Paymo" log in the run's logs`);
  }
  await signOutOthers(`${result.user.id}@${result.baseUrl}`);
  console.log(`Signed in to ${baseUrl} as ${result.user.name ?? 'the demo user'}`);
}

/**
 * Signs out every other Paymo account (one a journey added and, after a failure, left behind), so
 * that the sign-in is again the single one the journeys start from. The accounts are those VS Code's
 * Accounts menu lists; their ids are what `paymoContacts.signOut` takes as `{ accountId }`.
 */
async function signOutOthers(keep: string): Promise<void> {
  // `getAccounts` is newer than the VS Code typings the extension builds against (1.90).
  const authentication = vscode.authentication as typeof vscode.authentication & {
    getAccounts(providerId: string): Thenable<readonly vscode.AuthenticationSessionAccountInformation[]>;
  };
  if (typeof authentication.getAccounts !== 'function') return;
  for (const account of await authentication.getAccounts('paymo')) {
    if (account.id === keep) continue;
    await vscode.commands.executeCommand('paymoContacts.signOut', { accountId: account.id });
    console.log(`Signed out of ${account.label}, left signed in by a journey`);
  }
}
