// The questions of the sign-in flow: which way to sign in, which server, and the secret itself.
// Each returns undefined when the user cancels.
import * as vscode from 'vscode';
import { parseBaseUrl, type Credentials } from '../../paymo';
import { describeError } from '../../ui/errorPresenter';

export type SignInMethod = 'apiKey' | 'password';

export async function pickMethod(options: { offerOtherServer: boolean }): Promise<SignInMethod | 'otherServer' | undefined> {
  type Item = vscode.QuickPickItem & { value: SignInMethod | 'otherServer' };
  const items: Item[] = [
    {
      value: 'apiKey',
      label: `$(key) ${vscode.l10n.t('Sign in with an API key')}`,
      description: vscode.l10n.t('recommended'),
      detail: vscode.l10n.t('Create one in Paymo under My Account → API Keys.'),
    },
    { value: 'password', label: `$(mail) ${vscode.l10n.t('Sign in with email and password')}` },
  ];
  if (options.offerOtherServer) {
    items.push({
      value: 'otherServer',
      label: `$(server) ${vscode.l10n.t('Use another Paymo-compatible server…')}`,
      detail: vscode.l10n.t('For example the local sandbox (npm run sandbox).'),
    });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Sign in to Paymo'),
    placeHolder: vscode.l10n.t('How do you want to sign in?'),
    ignoreFocusOut: true,
  });
  return picked?.value;
}

export function askBaseUrl(current: string): Thenable<string | undefined> {
  return vscode.window
    .showInputBox({
      title: vscode.l10n.t('Paymo-compatible server'),
      prompt: vscode.l10n.t('The API address, e.g. http://127.0.0.1:4010/api/ for the sandbox. http:// is accepted only for this machine.'),
      value: current,
      ignoreFocusOut: true,
      validateInput: (value) => {
        try {
          parseBaseUrl(value);
          return undefined;
        } catch (error) {
          return describeError(error);
        }
      },
    })
    .then((value) => value && parseBaseUrl(value).href);
}

export async function askCredentials(method: SignInMethod, server: string): Promise<Credentials | undefined> {
  const required = (message: string) => (value: string) => (value.trim() ? undefined : message);
  if (method === 'apiKey') {
    const apiKey = await vscode.window.showInputBox({
      title: vscode.l10n.t('Sign in to {0}', server),
      prompt: vscode.l10n.t("Paste your Paymo API key. It is kept in VS Code's secret storage."),
      password: true,
      ignoreFocusOut: true,
      validateInput: required(vscode.l10n.t('Enter the API key.')),
    });
    return apiKey ? { kind: 'apiKey', apiKey: apiKey.trim() } : undefined;
  }
  const email = await vscode.window.showInputBox({
    title: vscode.l10n.t('Sign in to {0}', server),
    prompt: vscode.l10n.t('Your Paymo email address'),
    placeHolder: 'name@example.com',
    ignoreFocusOut: true,
    validateInput: required(vscode.l10n.t('Enter your email address.')),
  });
  if (!email) return undefined;
  const password = await vscode.window.showInputBox({
    title: vscode.l10n.t('Sign in to {0}', server),
    // The password opens a Paymo session (src/auth/serverSessions.ts); the password itself is never stored.
    prompt: vscode.l10n.t("Your Paymo password. It is used once, to open a Paymo session: only the session is kept, in VS Code's secret storage."),
    password: true,
    ignoreFocusOut: true,
    validateInput: required(vscode.l10n.t('Enter your password.')),
  });
  return password ? { kind: 'password', email: email.trim(), password } : undefined;
}
