import * as vscode from 'vscode';

/** The sandbox the runner started for this suite, handed over through the extension host's environment. */
export interface SuiteSandbox {
  /** `http://127.0.0.1:PORT/api/` */
  apiUrl: string;
  apiKey: string;
  /** `http://127.0.0.1:PORT`, for the `/__sandbox/` control endpoints. */
  origin: string;
}

export function suiteSandbox(): SuiteSandbox {
  const apiUrl = process.env.PAYMO_SANDBOX_URL;
  const apiKey = process.env.PAYMO_SANDBOX_KEY;
  const origin = process.env.PAYMO_SANDBOX_ORIGIN;
  if (!apiUrl || !apiKey || !origin) {
    throw new Error('PAYMO_SANDBOX_URL, PAYMO_SANDBOX_KEY and PAYMO_SANDBOX_ORIGIN must be set: run the suite with `npm run test:extension`.');
  }
  return { apiUrl, apiKey, origin };
}

/** Signs in to the suite's sandbox through the extension's own sign-in command (the key lands in SecretStorage). */
export async function signInToSandbox(): Promise<void> {
  const { apiUrl, apiKey } = suiteSandbox();
  await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: apiUrl, apiKey });
}
