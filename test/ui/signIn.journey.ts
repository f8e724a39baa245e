import * as assert from 'node:assert/strict';
import { uiSession } from './support/session';
import { Workbench } from './support/workbench';

describe('Signing in', () => {
  it('shows the signed-out welcome, refuses a wrong key plainly, then signs in with the sandbox key', async () => {
    const { sandbox } = uiSession();
    const wb = await Workbench.open('sign-in');
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });

    await wb.runCommand('Paymo: Sign Out');
    const welcome = wb.paymoView.locator('.welcome-view-content');
    await welcome.getByText(/Sign in to see your Paymo clients/).waitFor();
    assert.equal(await wb.treeRows().count(), 0);
    await wb.screenshotInBothThemes('signed-out-welcome');

    await welcome.getByRole('button', { name: 'Use Another Server…' }).click();
    const input = await wb.promptTitled('Paymo-compatible server');
    assert.equal(await input.inputValue(), sandbox.apiUrl, 'the current server is offered');
    await input.press('Enter');
    await wb.quickInputItem(/Sign in with an API key/).click();

    await input.fill('not-the-right-key');
    assert.equal(await input.getAttribute('type'), 'password', 'the key is not shown while typed');
    await input.press('Enter');
    // The palette (which opens the notification centre) would cancel the prompt if it were still open.
    await wb.quickInput.waitFor({ state: 'hidden' });
    const notice = wb.page.locator('.notifications-center .notification-list-item').filter({ hasText: 'did not accept this API key (401)' });
    await wb.notifications();
    await notice.waitFor({ timeout: 15_000 });
    await wb.screenshot('wrong-key');
    await notice.getByRole('button', { name: 'Try Again' }).click();

    await wb.promptTitled(/^Sign in to /);
    await input.fill(sandbox.apiKey);
    await wb.screenshot('api-key-prompt');
    await input.press('Enter');
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
    assert.ok((await wb.notifications()).some((m) => m.includes('Signed in to Paymo as')));
    await wb.screenshot('signed-in');
  });
});
