import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import type { ClientContact, NewContact } from '../../src/paymo';
import { makePng } from '../support/png';
import { until } from '../support/until';
import { checkA11y } from './support/a11y';
import { formField } from './support/formFields';
import { withPaymo } from './support/sandboxData';
import { uiSession } from './support/session';
import { Workbench } from './support/workbench';

// The contact commands as a user drives them: the search from the palette, and portal access, an
// image upload and a delete from the tree's context menu. Each journey makes its own contact (names
// starting "Ab" sort to the top of Acme Corporation, the first client) and checks the sandbox after.

const CLIENT = 'Acme Corporation';

async function newContact(fields: Omit<NewContact, 'client_id'>): Promise<ClientContact> {
  return withPaymo(async (paymo) => (await paymo.createContact({ client_id: 1, ...fields })).contact);
}

function serverContact(id: number): Promise<ClientContact | undefined> {
  return withPaymo((paymo) => paymo.getContact(id).catch(() => undefined));
}

/** A window with the Paymo view open, refreshed (so that it has the journey's contact) and Acme expanded. */
async function openTree(workspace: string): Promise<Workbench> {
  const wb = await Workbench.open(workspace);
  await wb.openPaymoView();
  const client = wb.treeRow(CLIENT);
  // The palette offers Paymo's commands once the extension has restored the sign-in, shown by the tree.
  await client.waitFor({ timeout: 30_000 });
  await wb.runCommand('Paymo: Refresh');
  await wb.expand(client);
  return wb;
}

describe('Contact commands', () => {
  it('lists the signed-in commands in the palette of a new window, before the Paymo view was opened, and creates from there', async () => {
    const wb = await Workbench.open('palette');
    // The signed-in context key is set once the extension has started (after start-up) and restored
    // the sign-in; an open palette keeps the list it opened with, so it is opened again until then.
    // The palette renders only the rows in sight: each command is looked for by its own name.
    let palette: Locator | undefined;
    await until(
      async () => {
        const input = await wb.openPalette();
        palette = input;
        await input.fill('>Paymo: Refresh');
        const listed = await wb
          .quickInputItem('Paymo: Refresh')
          .waitFor({ timeout: 2_000 })
          .then(
            () => true,
            () => false,
          );
        if (!listed) await wb.page.keyboard.press('Escape');
        return listed;
      },
      'the palette to list Paymo: Refresh',
      45_000,
    );
    await palette!.fill('>Paymo: ');
    await wb.quickInputItem('Paymo: Add Account…').waitFor();
    await wb.screenshot('palette-signed-in');
    await palette!.fill('>Paymo: Create Contact');
    await wb.quickInputItem('Paymo: Create Contact…').waitFor();
    await wb.quickInputItem('Paymo: Create Contact…').click();
    await formField(wb.webview(), 'name').waitFor({ timeout: 30_000 });
    await checkA11y(wb.webview(), 'contact form (new, from the palette)');
  });

  it('searches every contact from the palette, reveals the one picked and opens its details', async () => {
    const contact = await newContact({ name: 'Abigail "Abby" Search', email: 'abby@acme.example', position: 'Designer' });
    const wb = await openTree('search');

    await wb.runCommand('Paymo: Search Contacts…');
    await (await wb.promptTitled('Search Contacts')).fill('"Abby"');
    const item = wb.quickInputItem(contact.name);
    await item.waitFor();
    // One theme while a quick pick or dialog is open: switching themes goes through the palette.
    await wb.screenshot('search-quick-pick');
    await item.click();

    await wb.treeRow(contact.name).waitFor();
    await wb.quickInputItem(/Open Details/).waitFor();
    await wb.screenshot('search-revealed-with-actions');
    await wb.quickInputItem(/Open Details/).click();
    await wb.page.locator('.tab', { hasText: 'Abigail' }).first().waitFor();
    await wb.webview().getByText('abby@acme.example').waitFor({ timeout: 30_000 });
    await checkA11y(wb.webview(), 'contact details (Markdown preview)', { ours: false });
    await wb.screenshotInBothThemes('search-details-opened');
  });

  it('grants client portal access with a typed password, then revokes it', async () => {
    const contact = await newContact({ name: 'Abe Portal', email: 'abe.portal@acme.example' });
    const wb = await openTree('portal');
    const row = wb.treeRow(contact.name);
    await wb.contextMenu(row, 'Grant Client Portal Access');
    await wb.quickInputItem(/Type a password/).click();
    const password = wb.quickInput.locator('input[type="password"]');
    await password.fill('portal-pass-1234');
    await wb.screenshot('portal-password');
    await password.press('Enter');
    await wb.quickInput.getByText('Type the password again').waitFor();
    await password.fill('portal-pass-1234');
    await password.press('Enter');
    await until(async () => (await serverContact(contact.id))?.access === true, 'access on the server');
    await until(async () => (await wb.notifications()).some((m) => m.includes('can now sign in to the client portal')), 'the confirmation');
    await wb.screenshotInBothThemes('portal-granted');

    await wb.contextMenu(row, 'Revoke Client Portal Access');
    await until(async () => (await wb.notifications()).some((m) => m.includes('can no longer sign in to the client portal')), 'the revoke confirmation');
    await until(async () => (await serverContact(contact.id))?.access === false, 'access revoked on the server');
    await wb.screenshot('portal-revoked');
  });

  it('uploads a profile image chosen in the file dialog, and the avatar shows in the tree', async () => {
    const contact = await newContact({ name: 'Abbott Image' });
    const wb = await openTree('image');
    const file = path.join(uiSession().runDir, 'workspaces', 'image', 'abbott.png');
    fs.writeFileSync(file, makePng(96, 96));
    const row = wb.treeRow(contact.name);
    await wb.contextMenu(row, 'Upload Contact Image');
    await wb.chooseFile(file, async () => Boolean((await serverContact(contact.id))?.image_thumb_small), 'image-file-dialog');
    const icon = row.locator('.custom-view-tree-node-item-icon');
    await until(async () => /background-image/.test((await icon.getAttribute('style')) ?? ''), 'the avatar in place of the codicon');
    await wb.screenshotInBothThemes('image-uploaded');
  });

  it('deletes a contact from the context menu after a confirmation naming it and its client', async () => {
    const contact = await newContact({ name: 'Abner Delete' });
    const wb = await openTree('delete');
    const row = wb.treeRow(contact.name);
    await wb.contextMenu(row, 'Delete Contact');
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.getByText(`Delete ${contact.name} from ${CLIENT}?`).waitFor();
    await wb.screenshot('delete-confirmation');
    await dialog.locator('.monaco-button', { hasText: /^Delete$/ }).click();
    await until(async () => (await serverContact(contact.id)) === undefined, 'the contact gone from the server');
    await row.waitFor({ state: 'detached' });
    await wb.screenshotInBothThemes('deleted');
  });
});
