// `npm start` opens code-server, whose SecretStorage lives in the user's browser, out of reach of any
// script. So the demo hands the sandbox's key to the extension host in PAYMO_CONTACTS_DEMO_KEY, and
// the extension signs in with it through the ordinary sign-in path (the key goes to SecretStorage,
// never to settings). Only for a loopback server, and only when nobody is signed in.
import { readApiSettings } from '../../auth/apiSettings';
import { isLoopbackHost, parseBaseUrl } from '../../paymo';
import type { Services } from '../../services';
import { signIn } from './signIn';

const DEMO_KEY_VARIABLE = 'PAYMO_CONTACTS_DEMO_KEY';

/** True in `npm start`'s window: it also opens the walkthrough (a fresh install from the Marketplace gets it from VS Code). */
export function isDemo(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env[DEMO_KEY_VARIABLE]);
}

export async function signInToDemo(services: Services, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const apiKey = env[DEMO_KEY_VARIABLE];
  if (!apiKey || services.auth.state !== 'signedOut') return false;
  const baseUrl = parseBaseUrl(readApiSettings().baseUrl);
  if (!isLoopbackHost(baseUrl.hostname)) return false;
  return (await signIn(services, { baseUrl: baseUrl.href, apiKey })) !== undefined;
}
