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
  return sandboxFromEnvironment('PAYMO_SANDBOX');
}

/** The runner's second sandbox: another Paymo account's server, with the demo data too (the same ids). */
export function secondSandbox(): SuiteSandbox {
  return sandboxFromEnvironment('PAYMO_SANDBOX2');
}

function sandboxFromEnvironment(prefix: string): SuiteSandbox {
  const apiUrl = process.env[`${prefix}_URL`];
  const apiKey = process.env[`${prefix}_KEY`];
  const origin = process.env[`${prefix}_ORIGIN`];
  if (!apiUrl || !apiKey || !origin) {
    throw new Error(`${prefix}_URL, ${prefix}_KEY and ${prefix}_ORIGIN must be set: run the suite with \`npm run test:extension\`.`);
  }
  return { apiUrl, apiKey, origin };
}

/** Signs in to the suite's sandbox through the extension's own sign-in command (the key lands in SecretStorage). */
export async function signInToSandbox(): Promise<void> {
  const { apiUrl, apiKey } = suiteSandbox();
  await vscode.commands.executeCommand('paymoContacts.signIn', { baseUrl: apiUrl, apiKey });
}
