import type { Sandbox } from '../../sandbox/server';

type SandboxPlace = Pick<Sandbox, 'apiUrl' | 'apiKey' | 'origin'>;

/**
 * How a suite in the extension host learns where the run's sandbox is (read by
 * test/extension/support/sandbox.ts), and the second one that plays another Paymo account's server.
 */
export function sandboxEnvironment(sandbox: SandboxPlace, second?: SandboxPlace): Record<string, string> {
  return {
    PAYMO_SANDBOX_URL: sandbox.apiUrl,
    PAYMO_SANDBOX_KEY: sandbox.apiKey,
    PAYMO_SANDBOX_ORIGIN: sandbox.origin,
    ...(second ? { PAYMO_SANDBOX2_URL: second.apiUrl, PAYMO_SANDBOX2_KEY: second.apiKey, PAYMO_SANDBOX2_ORIGIN: second.origin } : {}),
    // `PAYMO_TEST_GREP=<text> npm run test:extension` runs only the tests whose title holds the text.
    ...(process.env.PAYMO_TEST_GREP ? { PAYMO_TEST_GREP: process.env.PAYMO_TEST_GREP } : {}),
  };
}

/** User settings that point the extension at the sandbox (the key itself goes to SecretStorage). */
export function sandboxSettings(sandbox: Pick<Sandbox, 'apiUrl'>): Record<string, unknown> {
  return { 'paymoContacts.baseUrl': sandbox.apiUrl };
}
