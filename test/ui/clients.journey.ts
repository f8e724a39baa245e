import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import type { Client } from '../../src/paymo';
import { makePng } from '../support/png';
import { until } from '../support/until';
import { checkA11y } from './support/a11y';
import { formField } from './support/formFields';
import { withPaymo } from './support/sandboxData';
import { uiSession } from './support/session';
import { Workbench } from './support/workbench';

// A client's life as a user lives it in the view: created in the client form from the view's title,
// given a logo and a contact, archived (it leaves the view), shown again as archived, restored, and deleted after its
// name is typed out. The name starts "Aaa" so that the client is the first row.

function serverClient(name: string): Promise<Client | undefined> {
  return withPaymo(async (paymo) => (await paymo.listClients()).find((c) => c.name === name));
}

const description = async (row: Locator) =>
  (
    await row
      .locator('.label-description')
      .innerText()
      .catch(() => '')
  ).trim();

/** Turns "Show Archived Clients" on or off in the Settings editor, as a user does. */
async function showArchived(wb: Workbench, on: boolean): Promise<void> {
  await wb.runCommand('Preferences: Open User Settings');
  const search = wb.page.locator('.settings-editor .suggest-input-container').first();
  await search.waitFor({ timeout: 30_000 });
  await search.click();
  await wb.page.keyboard.type('paymoContacts.showArchivedClients');
  // Only this setting's own checkbox: never another one the search did not filter out.
  const item = wb.page.locator('.settings-editor .setting-item-bool').filter({ hasText: 'Show Archived Clients' }).first();
  const checkbox = item.locator('.setting-value-checkbox');
  await checkbox.waitFor();
  if ((await checkbox.getAttribute('aria-checked')) !== String(on)) await checkbox.click();
  // The tree is the judge: the Settings editor may re-render the checkbox after the change and show it stale.
  const archivedRows = wb.treeRows().filter({ has: wb.page.locator('.label-description', { hasText: /^archived/ }) });
  await until(async () => (await archivedRows.count()) > 0 === on, 'the tree to follow the setting');
  await wb.runCommand('View: Close Editor');
}

describe('Clients', () => {
  const name = `Aaa Journey Client ${Date.now()}`;
  const fromForm = `Aab Form Client ${Date.now()}`;
  after(async () => {
    for (const made of [name, fromForm]) {
      const left = await serverClient(made);
      if (left) await withPaymo((paymo) => paymo.deleteClient(left.id));
    }
  });

  it("creates a client on the way from the contact form's client picker", async function () {
    this.timeout(240_000);
    const wb = await Workbench.open('clients-form');
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
    await wb.page.locator('.part.sidebar .title-actions [aria-label^="Create Contact"]').first().click();
    const form = wb.webview();
    const contactName = form.locator('#field-name input').first();
    await contactName.waitFor({ timeout: 30_000 });
    await checkA11y(form, 'contact form (new, from the tree title)');
    await contactName.fill('Form Client Contact');
    await form.locator('#field-client_id').click();
    await form.locator('#field-client_id input').fill('New client');
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Enter');
    const input = await wb.promptTitled('Create Client');
    await input.fill(fromForm);
    await input.press('Enter');
    await until(async () => (await form.locator('#field-client_id input').inputValue()) === fromForm, 'the new client chosen in the form');
    await wb.screenshotInBothThemes('contact-form-new-client');
    await contactName.click();
    await wb.page.keyboard.press('Control+s');
    await form.locator('.banner.info', { hasText: 'Contact created.' }).waitFor({ timeout: 30_000 });
    const client = (await serverClient(fromForm))!;
    const contacts = await withPaymo((paymo) => paymo.listContacts({ clientId: client.id }));
    assert.deepEqual(
      contacts.map((c) => c.name),
      ['Form Client Contact'],
    );
  });

  it("creates a client from the view's title, gives it a logo and a contact, archives, shows, restores and deletes it", async function () {
    this.timeout(300_000); // a whole life: about two minutes on a busy machine
    const wb = await Workbench.open('clients');
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });

    // The client form: filled in, a bad email marked as it is typed, then saved with Ctrl+S.
    await wb.page.locator('.part.sidebar .title-actions [aria-label^="Create Client"]').first().click();
    const clientForm = wb.webview();
    await formField(clientForm, 'name').waitFor({ timeout: 30_000 });
    await wb.screenshotInBothThemes('client-form-new');
    await checkA11y(clientForm, 'client form (new)');
    await formField(clientForm, 'name').fill(name);
    await formField(clientForm, 'email').fill('office@');
    await formField(clientForm, 'city').fill('Graz');
    await formField(clientForm, 'fiscal_information').fill('ATU12345678');
    await clientForm
      .locator('#help-email')
      .filter({ hasText: /name@example\.com/ })
      .waitFor();
    await wb.screenshotInBothThemes('client-form-validation');
    await checkA11y(clientForm, 'client form (an email refused)');
    await formField(clientForm, 'email').fill('office@journey.example');
    await formField(clientForm, 'name').click();
    await wb.page.keyboard.press('Control+s');
    await clientForm.locator('.banner.info', { hasText: 'Client created.' }).waitFor({ timeout: 30_000 });
    const created = await serverClient(name);
    assert.deepEqual([created?.email, created?.city, created?.fiscal_information], ['office@journey.example', 'Graz', 'ATU12345678']);
    await wb.screenshotInBothThemes('client-form-created');
    await checkA11y(clientForm, 'client form (created)');
    await wb.runCommand('View: Close Editor');
    const row = wb.treeRow(name);
    await row.waitFor({ timeout: 30_000 });
    // The title button's hover would cover the first row.
    await wb.page.mouse.move(800, 500);
    assert.equal(await description(row), 'no contacts');

    const file = path.join(uiSession().runDir, 'workspaces', 'clients', 'logo.png');
    fs.writeFileSync(file, makePng(96, 96));
    await wb.contextMenu(row, 'Upload Client Logo');
    await wb.chooseFile(file, async () => Boolean((await serverClient(name))?.image_thumb_small), 'client-logo-dialog');
    const icon = row.locator('.custom-view-tree-node-item-icon');
    await until(async () => /background-image/.test((await icon.getAttribute('style')) ?? ''), 'the logo in place of the codicon');

    await wb.contextMenu(row, 'Create Contact');
    const form = wb.webview();
    const contactName = form.locator('#field-name input').first();
    await contactName.waitFor({ timeout: 30_000 });
    await checkA11y(form, 'contact form (new, for a client)');
    await contactName.fill('Journey Contact');
    await wb.page.keyboard.press('Control+s');
    await form.locator('.banner.info', { hasText: 'Contact created.' }).waitFor({ timeout: 30_000 });
    await until(async () => (await description(row)) === '1 contact', 'the client to count its contact');
    await wb.screenshotInBothThemes('client-with-logo-and-contact');

    await wb.contextMenu(row, 'Archive Client');
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await until(async () => (await serverClient(name))?.active === false, 'archived on the server');
    await wb.screenshot('client-archived');

    await showArchived(wb, true);
    await row.waitFor({ timeout: 30_000 });
    await until(async () => (await description(row)) === 'archived · 1 contact', 'the client marked as archived');
    await wb.screenshotInBothThemes('client-shown-archived');

    await wb.contextMenu(row, 'Restore Client');
    await until(async () => (await description(row)) === '1 contact', 'the client restored');
    assert.equal((await serverClient(name))?.active, true);
    await showArchived(wb, false);

    await wb.contextMenu(row, 'Delete Client');
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.getByText(`Delete the client ${name}?`).waitFor();
    await dialog.getByText(/Its 1 contact is deleted too\. Paymo also deletes the client's projects, tasks, time entries and invoices/).waitFor();
    await wb.screenshot('client-delete-question'); // one theme: the dialog is modal
    await dialog.locator('.monaco-button', { hasText: /^Delete…$/ }).click();
    const typed = await wb.promptTitled('Delete Client');
    await typed.fill('not the name');
    await wb.quickInput.getByText('Type the name exactly as shown to confirm.').waitFor();
    await wb.screenshot('client-delete-name-refused');
    await typed.fill(name);
    await typed.press('Enter');
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await until(async () => (await serverClient(name)) === undefined, 'the client gone from the server');
  });
});
