import * as assert from 'node:assert/strict';
import type { ConsoleMessage, FrameLocator } from 'playwright-core';
import type { ClientContact, ContactPatch } from '../../src/paymo';
import { makePng } from '../support/png';
import { until } from '../support/until';
import { useTempFolder } from '../support/tempFolder';
import { checkA11y } from './support/a11y';
import { formField } from './support/formFields';
import { sandboxData, withPaymo } from './support/sandboxData';
import { Workbench } from './support/workbench';

// The contact form in a real code-server: typed into, saved, conflicted and reloaded the way a
// user does it, with screenshots in the dark and the light theme.

/** Content-Security-Policy complaints anywhere in the window (the webview's frames included). */
function watchCsp(wb: Workbench): string[] {
  const violations: string[] = [];
  wb.page.on('console', (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function activeTabTitle(wb: Workbench): Promise<string> {
  return (await wb.page.locator('.tabs-container .tab.active .label-name').first().innerText()).trim();
}

async function openEditForm(wb: Workbench, contact: ClientContact, clientName: string): Promise<FrameLocator> {
  await wb.openPaymoView();
  const clientRow = wb.treeRow(clientName);
  await clientRow.waitFor({ timeout: 30_000 });
  const contactRow = wb.treeRow(contact.name);
  if (!(await contactRow.isVisible())) await clientRow.click();
  await contactRow.waitFor();
  await wb.contextMenu(contactRow, 'Edit Contact');
  const form = wb.webview();
  await formField(form, 'name').waitFor({ timeout: 30_000 });
  await until(async () => (await formField(form, 'name').inputValue()) === contact.name, 'the form shows the contact');
  await checkA11y(form, `contact form (editing ${contact.name})`);
  return form;
}

describe('Contact forms', () => {
  const folder = useTempFolder('form-journey');

  it('creates a contact: client picked, an invalid email refused as typed, image chosen, saved', async () => {
    const wb = await Workbench.open('forms-create');
    const violations = watchCsp(wb);
    await wb.openPaymoView();
    await wb.page.locator('.part.sidebar .title-actions [aria-label^="Create Contact"]').first().click();
    const form = wb.webview();
    await formField(form, 'name').waitFor({ timeout: 30_000 });
    await checkA11y(form, 'contact form (new)');
    await wb.screenshotInBothThemes('create-form');

    const { clients } = await sandboxData();
    const client = clients.filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name))[1]!;
    await form.locator('#field-client_id').click();
    await form.locator('#field-client_id input').fill(client.name);
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Enter');
    const name = `Journey Person ${Date.now()}`;
    await formField(form, 'name').fill(name);
    await formField(form, 'email').fill('journey.person@');
    await formField(form, 'phone').fill('+44 20 7946 0000');
    await form
      .locator('#help-email')
      .filter({ hasText: /name@example\.com/ })
      .waitFor();
    assert.match(await activeTabTitle(wb), /^● /, 'the tab marks unsaved changes');
    await checkA11y(form, 'contact form (an email refused)');
    await wb.screenshotInBothThemes('validation-error');

    await formField(form, 'email').fill('journey.person@example.com');
    const image = folder.write('journey.png', makePng(96, 96));
    await form.locator('#field-image').setInputFiles(image);
    await form
      .locator('#help-image')
      .filter({ hasText: /journey\.png will be uploaded/ })
      .waitFor();
    await formField(form, 'name').click();
    await wb.page.keyboard.press('Control+s');
    await form.locator('.banner.info', { hasText: 'Contact created.' }).waitFor({ timeout: 30_000 });

    const created = (await sandboxData()).contacts.find((c) => c.name === name);
    assert.ok(created, 'the sandbox has the new contact');
    assert.deepEqual([created.client_id, created.email, created.phone], [client.id, 'journey.person@example.com', '+44 20 7946 0000']);
    assert.ok(created.image_thumb_large, 'with its image');
    await form.locator('img.avatar[src^="http"]').waitFor();
    await form.locator('#detail-created_on').waitFor();
    assert.equal(await activeTabTitle(wb), name);
    await checkA11y(form, 'contact form (created, with its image)');
    await wb.screenshotInBothThemes('edit-form-with-image');
    assert.deepEqual(violations, [], 'no Content-Security-Policy violations');
  });

  it("shows a conflict field by field, and keeping my edits saves them over the server's version", async () => {
    const { clients, contacts } = await sandboxData();
    const client = clients.filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const contact = contacts.filter((c) => c.client_id === client.id).sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const wb = await Workbench.open('forms-conflict');
    const form = await openEditForm(wb, contact, client.name);

    await formField(form, 'position').fill('Typed in the form');
    await withPaymo((api) => api.updateContact(contact.id, { mobile: '+1 555 0111', position: 'Changed elsewhere' } satisfies ContactPatch));
    await form.locator('#save').click();
    const conflict = form.locator('#conflict');
    await conflict.waitFor({ timeout: 30_000 });
    assert.match(await conflict.innerText(), /Changed elsewhere/);
    assert.match(await conflict.innerText(), /\+1 555 0111/);
    await checkA11y(form, 'contact form (conflict)');
    await wb.screenshotInBothThemes('conflict-choice');

    await form.locator('#conflict-keepEditing').click();
    await conflict.waitFor({ state: 'detached' });
    assert.equal(await formField(form, 'mobile').inputValue(), '+1 555 0111', "the server's other change is taken over");
    assert.equal(await formField(form, 'position').inputValue(), 'Typed in the form', 'my edit is kept');
    await form.locator('#save').click();
    await form.locator('.banner.info', { hasText: 'Saved.' }).waitFor({ timeout: 30_000 });
    const saved = await withPaymo((api) => api.getContact(contact.id));
    assert.deepEqual([saved.mobile, saved.position], ['+1 555 0111', 'Typed in the form']);
  });

  it('keeps unsaved edits when the form is hidden behind another editor and when the window reloads', async () => {
    const { clients, contacts } = await sandboxData();
    const client = clients.filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const contact = contacts
      .filter((c) => c.client_id === client.id)
      .sort((a, b) => a.name.localeCompare(b.name))
      .at(-1)!;
    const wb = await Workbench.open('forms-reload');
    const form = await openEditForm(wb, contact, client.name);
    await formField(form, 'notes').fill('Typed, not saved, then the window reloaded');
    // The unsaved mark shows once the host has the typed values (and keeps them as a draft).
    await until(async () => (await activeTabTitle(wb)).startsWith('● '), 'the tab to mark unsaved changes');

    // Another editor in front: the hidden form's page is discarded (retainContextWhenHidden is off).
    await wb.runCommand('File: New Untitled Text File');
    await wb.page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor();
    await wb.page.locator('.tabs-container .tab', { hasText: contact.name }).click();
    const shownAgain = wb.webview();
    await until(
      async () => (await formField(shownAgain, 'notes').inputValue()) === 'Typed, not saved, then the window reloaded',
      'the shown-again form has the typed notes',
    );

    // Everything below must be read from the reloaded page, not from the one before the reload.
    const reloaded = wb.page.waitForEvent('load', { timeout: 60_000 });
    await wb.runCommand('Developer: Reload Window');
    await reloaded;
    await wb.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    const restored = wb.webview();
    // The banner is the rebuilt form's own: only a page restored from the draft shows it.
    await restored.locator('.banner.info', { hasText: 'restored' }).waitFor({ timeout: 60_000 });
    await wb.page.waitForFunction(() => document.querySelector('.tabs-container .tab.active .label-name')?.textContent?.startsWith('● '));
    assert.equal(await formField(restored, 'notes').inputValue(), 'Typed, not saved, then the window reloaded');
    await checkA11y(restored, 'contact form (restored after a reload)');
    await wb.screenshot('restored-after-reload');
  });
});
