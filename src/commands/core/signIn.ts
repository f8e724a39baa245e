// Sign in: with prompts (palette, welcome view), or directly with `{ baseUrl?, apiKey? | email?, password? }`
// (tests, `npm start`). The credentials are checked with `GET /api/me` before anything is stored; a
// rejected key or password is said plainly, with the offer to try again.
import * as vscode from 'vscode';
import { baseUrlProblem, DEFAULT_BASE_URL, readApiSettings, writeBaseUrl } from '../../auth/apiSettings';
import { PaymoError, parseBaseUrl, PaymoInvalidInputError, type Credentials, type PaymoUser } from '../../paymo';
import type { Services } from '../../services';
import { askBaseUrl, askCredentials, pickMethod, type SignInMethod } from './signInPrompts';
import { notificationText } from '../../ui/textEscaping';
import { walkthroughStepDone } from '../../ui/walkthrough';

export interface SignInArgs {
  baseUrl?: string;
  apiKey?: string;
  email?: string;
  password?: string;
}

/** What the command returns to callers such as tests: who signed in where (never the secret). */
export interface SignInResult {
  baseUrl: string;
  user: PaymoUser;
}

export async function signIn(services: Services, args?: SignInArgs): Promise<SignInResult | undefined> {
  if (args && (args.apiKey !== undefined || args.email !== undefined || args.password !== undefined)) {
    const baseUrl = parseBaseUrl(args.baseUrl ?? readApiSettings().baseUrl).href;
    const credentials = credentialsFrom(args);
    try {
      return await check(services, baseUrl, credentials);
    } catch (error) {
      // Without prompts there is nothing to go back to: the plain explanation becomes the error shown.
      throw isRejected(error) ? new Error(rejectedMessage(credentials, baseUrl)) : error;
    }
  }
  return interactive(services, { otherServer: false, baseUrl: args?.baseUrl });
}

/** The welcome view's "Use Another Server…": asks for the server first. */
export function signInToServer(services: Services): Promise<SignInResult | undefined> {
  return interactive(services, { otherServer: true });
}

async function interactive(services: Services, start: { otherServer: boolean; baseUrl?: string }): Promise<SignInResult | undefined> {
  let baseUrl = start.baseUrl ? parseBaseUrl(start.baseUrl).href : readApiSettings().baseUrl;
  // An unusable `paymoContacts.baseUrl` is asked for again first: the prompt says what is wrong with it.
  const askServer = start.otherServer || (!start.baseUrl && baseUrlProblem() !== undefined);
  let method: SignInMethod | 'otherServer' | undefined = askServer ? 'otherServer' : await pickMethod({ offerOtherServer: true });
  if (method === 'otherServer') {
    const chosen = await askBaseUrl(baseUrl);
    if (!chosen) return undefined;
    baseUrl = chosen;
    method = await pickMethod({ offerOtherServer: false });
  }
  if (!method || method === 'otherServer') return undefined;
  for (;;) {
    const credentials = await askCredentials(method, new URL(baseUrl).host);
    if (!credentials) return undefined;
    try {
      return await check(services, baseUrl, credentials);
    } catch (error) {
      if (!isRejected(error)) throw error;
      const again = vscode.l10n.t('Try Again');
      const choice = await vscode.window.showErrorMessage(notificationText(rejectedMessage(credentials, baseUrl)), again);
      if (choice !== again) return undefined;
    }
  }
}

async function check(services: Services, baseUrl: string, credentials: Credentials): Promise<SignInResult> {
  const user = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Signing in to Paymo…') }, () =>
    services.auth.signIn(baseUrl, credentials),
  );
  // Where the setting names the account's server, it now names this one; an added account keeps its own.
  if (services.auth.slot.followsBaseUrlSetting && parseBaseUrl(readApiSettings().baseUrl).href !== baseUrl) await writeBaseUrl(baseUrl);
  void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('Signed in to Paymo as {0}.', user.name)));
  walkthroughStepDone('signedIn');
  return { baseUrl, user };
}

function isRejected(error: unknown): boolean {
  return error instanceof PaymoError && error.kind === 'auth';
}

function rejectedMessage(credentials: Credentials, baseUrl: string): string {
  // Paymo itself needs no introduction; another server is named, so that a wrong address shows.
  const server = baseUrl === DEFAULT_BASE_URL ? 'Paymo' : `Paymo (${new URL(baseUrl).host})`;
  return credentials.kind === 'apiKey'
    ? vscode.l10n.t('{0} did not accept this API key (401). Check that you copied the whole key and that it was not deleted in Paymo.', server)
    : vscode.l10n.t('{0} did not accept this email and password (401). Check them, or sign in with an API key instead.', server);
}

function credentialsFrom(args: SignInArgs): Credentials {
  if (args.apiKey !== undefined) return { kind: 'apiKey', apiKey: args.apiKey };
  if (args.email === undefined || args.password === undefined) {
    throw new PaymoInvalidInputError({ kind: 'described', text: vscode.l10n.t('Sign-in needs an apiKey, or an email and a password.') });
  }
  return { kind: 'password', email: args.email, password: args.password };
}
