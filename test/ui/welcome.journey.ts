import * as assert from 'node:assert/strict';
import { clearFaults, injectFault, resetSandbox } from '../support/sandboxControl';
import { until } from '../support/until';
import { uiSession } from './support/session';
import { Workbench } from './support/workbench';

// Every welcome the Clients & Contacts view can show instead of its tree (package.json's
// viewsWelcome: signed out, loading, offline, error, no clients), each on screen, and each one's
// button leading on. Each sign-in is the interactive one a user makes: the welcome's button, the
// way to sign in chosen in the quick pick, the API key typed into the prompt.

const FIRST_CLIENT = 'Acme Corporation';

describe('Welcome states of the view', () => {
  after(async () => {
    // Wherever the journey stopped: no faults left, and the demo data back for whatever runs after.
    const { sandbox } = uiSession();
    await clearFaults(sandbox);
    await resetSandbox(sandbox, 'demo');
  });

  it('shows signed out, loading, offline, error and no clients on screen, and each welcome leads back to the tree', async () => {
    const { sandbox } = uiSession();
    const wb = await Workbench.open('welcome-states');
    await wb.openPaymoView();
    await wb.treeRow(FIRST_CLIENT).waitFor({ timeout: 30_000 });
    const welcome = wb.paymoView.locator('.welcome-view-content');
    const signedOut = welcome.getByText(/Sign in to see your Paymo clients/);

    await wb.runCommand('Paymo: Sign Out');
    await signedOut.waitFor();
    assert.equal(await wb.treeRows().count(), 0, 'no data while signed out');
    await wb.screenshot('signed-out');

    // Loading: the first load after signing in waits for a slow server.
    await injectFault(sandbox, { action: 'delay', delayMs: 5_000, method: 'GET', path: '/api/clients' });
    await signInFromWelcome(wb, sandbox.apiKey);
    await welcome.getByText(/Loading your clients and contacts/).waitFor({ timeout: 15_000 });
    await wb.screenshot('loading');
    await wb.treeRow(FIRST_CLIENT).waitFor({ timeout: 30_000 });

    // Offline: the server cannot be reached (every attempt's connection dropped).
    await wb.runCommand('Paymo: Sign Out');
    await signedOut.waitFor();
    await injectFault(sandbox, { action: 'drop', count: 50, path: '/api/clients' });
    await signInFromWelcome(wb, sandbox.apiKey);
    await welcome.getByText(/Paymo could not be reached/).waitFor({ timeout: 30_000 });
    await wb.screenshot('offline');
    await clearFaults(sandbox);
    await welcome.getByRole('button', { name: 'Retry' }).click();
    await wb.treeRow(FIRST_CLIENT).waitFor({ timeout: 30_000 });

    // Error: the server answers with a failure; its own words are in the log the welcome opens.
    await wb.runCommand('Paymo: Sign Out');
    await signedOut.waitFor();
    await injectFault(sandbox, { action: 'status', status: 500, count: 50, path: '/api/clients', message: 'Database maintenance in progress' });
    await signInFromWelcome(wb, sandbox.apiKey);
    await welcome.getByText(/could not be loaded/).waitFor({ timeout: 30_000 });
    await wb.screenshot('error');
    await welcome.getByRole('button', { name: 'Show Log' }).click();
    const log = wb.page.locator('.part.panel .monaco-editor .view-lines');
    await until(async () => /Database\s+maintenance\s+in\s+progress/.test(await log.innerText().catch(() => '')), "the server's message in the Paymo log");
    await wb.screenshot('error-show-log');
    await clearFaults(sandbox);
    await welcome.getByRole('button', { name: 'Retry' }).click();
    await wb.treeRow(FIRST_CLIENT).waitFor({ timeout: 30_000 });

    // No clients: an account without any, then clients made elsewhere and the welcome's Refresh.
    await resetSandbox(sandbox, 'empty');
    await wb.runCommand('Paymo: Reload Everything');
    await welcome.getByText(/has no clients yet/).waitFor({ timeout: 30_000 });
    assert.ok(await welcome.getByRole('button', { name: 'Create Client…' }).isVisible());
    await wb.screenshot('no-clients');
    await resetSandbox(sandbox, 'demo');
    await welcome.getByRole('button', { name: 'Refresh' }).click();
    await wb.treeRow(FIRST_CLIENT).waitFor({ timeout: 30_000 });
    await wb.screenshot('back-to-the-tree');
  });
});

/** The interactive sign-in: the welcome's button, "API key" in the quick pick, the key typed into the prompt. */
async function signInFromWelcome(wb: Workbench, apiKey: string): Promise<void> {
  await wb.paymoView.locator('.welcome-view-content').getByRole('button', { name: 'Sign In to Paymo' }).click();
  await wb.quickInputItem(/Sign in with an API key/).click();
  // The way to sign in is asked under the same title: the key's prompt is the one that hides what is typed.
  const input = wb.quickInput.locator('input');
  await until(async () => (await input.getAttribute('type')) === 'password', 'the API key prompt, which does not show the key');
  await wb.quickInput.getByText(/Paste your Paymo API key/).waitFor();
  await input.pressSequentially(apiKey);
  await input.press('Enter');
  await wb.quickInput.waitFor({ state: 'hidden' });
}
