import type { Workbench } from './workbench';

// What a person does to make a contact in a window, the way the forms and import journeys do it at
// length: shared by the journeys that only need it done (Restricted Mode, the walkthrough).

/** Creates a contact named `name` of client `clientName` in a new contact form (Create Contact), and waits until it is saved. */
export async function createContactInForm(wb: Workbench, open: () => Promise<void>, clientName: string, name: string): Promise<void> {
  await open();
  const form = wb.webview();
  const nameField = form.locator('#field-name input');
  await nameField.waitFor({ timeout: 30_000 });
  await form.locator('#field-client_id').click();
  await form.locator('#field-client_id input').fill(clientName);
  await wb.page.keyboard.press('ArrowDown');
  await wb.page.keyboard.press('Enter');
  await nameField.fill(name);
  await nameField.click();
  await wb.page.keyboard.press('Control+s');
  await form.locator('.banner.info', { hasText: 'Contact created.' }).waitFor({ timeout: 30_000 });
}

/** Imports `file` into client `clientName` from the palette, choosing it in the file dialog (`shot`), and confirms the preview. */
export async function importFileInto(wb: Workbench, clientName: string, file: string, shot: string): Promise<void> {
  await wb.runCommand('Paymo: Import Contacts…');
  const pick = await wb.promptTitled('Import Contacts Into');
  await pick.fill(clientName);
  await wb.quickInputItem(clientName).waitFor();
  await pick.press('Enter');
  const preview = wb.webview();
  await wb.chooseFile(file, async () => (await preview.locator('#confirm').count()) > 0, shot);
  await preview.locator('#confirm').click();
}
