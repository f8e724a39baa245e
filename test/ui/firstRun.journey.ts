import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { repoRoot } from '../harness/paths';
import { addUser } from '../support/sandboxControl';
import { until } from '../support/until';
import { createContactInForm, importFileInto } from './support/contactFlows';
import { sandboxData, withPaymo } from './support/sandboxData';
import { restoreSignIn, uiSession } from './support/session';
import { Workbench } from './support/workbench';

// What a new user meets: the walkthrough, whose steps are checked once their action succeeded (and not
// when its prompt was cancelled), the Search Contacts shortcut, and the extension's own page in the
// Extensions view, whose README shows its pictures.

const WALKTHROUGH = 'Get Started with Paymo Contacts';
const SEARCH_KEY = 'Control+Alt+Shift+KeyP';
const REPOSITORY = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url.replace(
  /\.git$/,
  '',
);
const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

/** Opens (or shows again) the walkthrough from the palette, as Welcome: Open Walkthrough… does. */
async function openWalkthrough(wb: Workbench): Promise<void> {
  await wb.runCommand('Welcome: Open Walkthrough...');
  const input = wb.quickInput.locator('input');
  await input.fill(WALKTHROUGH);
  await wb.quickInputItem(WALKTHROUGH).click();
  await wb.page.locator('.gettingStartedContainer').getByText(WALKTHROUGH).first().waitFor({ timeout: 30_000 });
}

/** The check box of the walkthrough's step `id`. */
function step(wb: Workbench, id: string): Locator {
  return wb.page.locator(`.gettingStartedContainer [data-done-step-id$="#${id}"]`).first();
}

async function isDone(wb: Workbench, id: string): Promise<boolean> {
  return (await step(wb, id).getAttribute('aria-checked')) === 'true';
}

async function waitDone(wb: Workbench, id: string): Promise<void> {
  await openWalkthrough(wb);
  await until(() => isDone(wb, id), `the walkthrough step "${id}" to be checked`);
}

describe('First run', () => {
  after(async () => {
    await restoreSignIn();
  });

  it('the walkthrough checks each step when its action succeeds: sign in, find a contact (by its shortcut), create one, import a file, add an account', async function () {
    this.timeout(420_000);
    const { sandbox, runDir } = uiSession();
    const wb = await Workbench.open('walkthrough');
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
    // As a new user sees it: what other journeys did in this browser is forgotten.
    await wb.runCommand('Developer: Reset Welcome Page Walkthrough Progress');
    await openWalkthrough(wb);
    const steps = ['signIn', 'findContact', 'createContact', 'importFile', 'addAccount'];
    for (const id of steps) await step(wb, id).waitFor();
    for (const id of steps) assert.ok(!(await isDone(wb, id)), `${id} is not checked yet`);
    await wb.screenshotInBothThemes('walkthrough-start');

    // Sign in from the view's welcome: cancelled first (the step stays unchecked), then signed in.
    await wb.runCommand('Paymo: Sign Out');
    const welcome = wb.paymoView.locator('.welcome-view-content');
    const signInButton = welcome.getByRole('button', { name: 'Sign In to Paymo' });
    await signInButton.click();
    await wb.quickInputItem(/Sign in with an API key/).waitFor();
    await wb.page.keyboard.press('Escape');
    await wb.quickInput.waitFor({ state: 'hidden' });
    assert.ok(!(await isDone(wb, 'signIn')), 'a cancelled sign-in checks nothing');
    await signInButton.click();
    await wb.quickInputItem(/Sign in with an API key/).click();
    const apiKey = await wb.promptTitled(`Sign in to ${new URL(sandbox.apiUrl).host}`);
    await apiKey.fill(sandbox.apiKey);
    await apiKey.press('Enter');
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
    await waitDone(wb, 'signIn');

    // Find a contact with the shortcut: cancelled first (the step stays unchecked), then found.
    const { contacts } = await sandboxData();
    const someone = contacts.find((c) => c.email)!;
    await wb.page.keyboard.press(SEARCH_KEY);
    const search = await wb.promptTitled('Search Contacts');
    await wb.page.keyboard.press('Escape');
    await wb.quickInput.waitFor({ state: 'hidden' });
    assert.ok(!(await isDone(wb, 'findContact')), 'a cancelled search checks nothing');
    await wb.page.keyboard.press(SEARCH_KEY);
    await wb.promptTitled('Search Contacts');
    await search.fill(someone.name);
    await wb.quickInputItem(someone.name).click();
    await wb.promptTitled(someone.name);
    await wb.page.keyboard.press('Escape');
    await waitDone(wb, 'findContact');

    // Create a contact in its form.
    const client = (await sandboxData()).clients.find((c) => c.active && c.id === 7)!;
    await createContactInForm(wb, () => wb.runCommand('Paymo: Create Contact…'), client.name, `Walkthrough Person ${Date.now()}`);
    await waitDone(wb, 'createContact');

    // Import a file.
    const stamp = Date.now();
    const file = path.join(runDir, 'workspaces', 'walkthrough', 'walkthrough.vcf');
    fs.writeFileSync(file, card(`FN:Walkthrough Import ${stamp}`));
    await importFileInto(wb, client.name, file, 'walkthrough-import-file');
    const onServer = () => withPaymo(async (paymo) => (await paymo.listContacts({ clientId: client.id })).map((c) => c.name));
    await until(async () => (await onServer()).includes(`Walkthrough Import ${stamp}`), 'the imported contact on the server');
    await waitDone(wb, 'importFile');

    // Add a second account: cancelled first (unchecked), then signed in.
    const host = new URL(sandbox.apiUrl).host;
    const added = await addUser(sandbox, {
      name: 'Wally Walker',
      email: `wally.${stamp}@example.com`,
      password: 'Walkthrough-2026!',
      company: 'Walker Studio',
    });
    await wb.runCommand('Paymo: Add Account…');
    await wb.promptTitled('Sign in to Paymo');
    await wb.page.keyboard.press('Escape');
    await wb.quickInput.waitFor({ state: 'hidden' });
    await openWalkthrough(wb);
    assert.ok(!(await isDone(wb, 'addAccount')), 'a cancelled Add Account checks nothing');
    await wb.runCommand('Paymo: Add Account…');
    await wb.promptTitled('Sign in to Paymo');
    await wb.quickInputItem(/Sign in with an API key/).click();
    const key = await wb.promptTitled(`Sign in to ${host}`);
    await key.fill(added.apiKey);
    await key.press('Enter');
    await wb.treeRow(`Wally Walker — Walker Studio (${host})`).waitFor({ timeout: 30_000 });
    await waitDone(wb, 'addAccount');
    await wb.screenshotInBothThemes('walkthrough-done');

    // The added account goes again: the other journeys expect one account.
    await wb.runCommand('Paymo: Sign Out');
    const which = wb.quickInputItem(/Wally Walker/);
    await which.click();
    await wb.treeRow(`Wally Walker — Walker Studio (${host})`).waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('Search Contacts has its shortcut to itself: the Keyboard Shortcuts editor lists nothing else for Ctrl+Alt+Shift+P', async () => {
    const wb = await Workbench.open('shortcut');
    await wb.runCommand('Preferences: Open Keyboard Shortcuts');
    const search = wb.page.locator('.keybindings-editor .keybindings-header .search-container').first();
    await search.waitFor({ timeout: 30_000 });
    await search.click();
    // Record Keys: what is pressed next is searched as a key, not as text.
    await wb.page.keyboard.press('Alt+KeyK');
    await wb.page.keyboard.press(SEARCH_KEY);
    const rows = wb.page.locator('.keybindings-editor .keybindings-table-container .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    await until(async () => (await rows.count()) === 1, 'one row for the key');
    assert.match(await rows.first().innerText(), /Search Contacts/);
    await wb.screenshot('search-contacts-shortcut');
  });

  it("the extension's page in the Extensions view shows the README with its pictures, from the repository's address the package names", async () => {
    const wb = await Workbench.open('extension-page');
    // VS Code's extension page shows https: pictures only (its sanitizer drops any other source, its
    // content security policy admits https: and data:), so vsce points the README's relative image
    // links at the repository. This machine has no network: the repository's files are served from
    // this checkout, where each picture must be at the path the address names.
    const served: string[] = [];
    await wb.page.route(`${REPOSITORY}/raw/HEAD/**`, async (route) => {
      const file = path.join(repoRoot, new URL(route.request().url()).pathname.split('/raw/HEAD/')[1] ?? '');
      served.push(path.relative(repoRoot, file));
      if (fs.existsSync(file)) await route.fulfill({ path: file });
      else await route.fulfill({ status: 404 });
    });
    await wb.runCommand('Extensions: Show Installed Extensions');
    const entry = wb.page.locator('.extensions-viewlet .monaco-list-row').filter({ hasText: 'Paymo Contacts' }).first();
    await entry.waitFor({ timeout: 30_000 });
    await entry.click();
    const readme = wb.webview();
    await readme.getByRole('heading', { name: 'Get started' }).waitFor({ timeout: 30_000 });
    const images = readme.locator('img');
    await until(async () => {
      const sizes = await images.evaluateAll((all) => all.map((img) => (img as HTMLImageElement).naturalWidth));
      return sizes.length >= 2 && sizes.every((width) => width > 0);
    }, 'every picture of the README loaded');
    assert.deepEqual([...new Set(served)].sort(), ['docs/images/contact-form-light.png', 'docs/images/tree-dark.png']);
    await wb.screenshot('extension-page');
  });
});
