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
  const result = await vscode.commands.executeCommand<{ user?: { name?: string } } | undefined>('paymoContacts.signIn', { baseUrl, apiKey });
  if (!result?.user) {
    throw new Error(`Signing in to ${baseUrl} failed: see the "Paymo" log in the run's logs`);
  }
  console.log(`Signed in to ${baseUrl} as ${result.user.name ?? 'the demo user'}`);
}
