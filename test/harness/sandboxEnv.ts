import type { Sandbox } from '../../sandbox/server';

/** How a suite in the extension host learns where the run's sandbox is (read by test/extension/support/sandbox.ts). */
export function sandboxEnvironment(sandbox: Pick<Sandbox, 'apiUrl' | 'apiKey' | 'origin'>): Record<string, string> {
  return {
    PAYMO_SANDBOX_URL: sandbox.apiUrl,
    PAYMO_SANDBOX_KEY: sandbox.apiKey,
    PAYMO_SANDBOX_ORIGIN: sandbox.origin,
    // `PAYMO_TEST_GREP=<text> npm run test:extension` runs only the tests whose title holds the text.
    ...(process.env.PAYMO_TEST_GREP ? { PAYMO_TEST_GREP: process.env.PAYMO_TEST_GREP } : {}),
  };
}

/** User settings that point the extension at the sandbox (the key itself goes to SecretStorage). */
export function sandboxSettings(sandbox: Pick<Sandbox, 'apiUrl'>): Record<string, unknown> {
  return { 'paymoContacts.baseUrl': sandbox.apiUrl };
}
