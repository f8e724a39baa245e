import * as assert from 'node:assert/strict';
import type { CodeServer } from '../harness/codeServer';
import { until } from '../support/until';
import { checkA11y } from './support/a11y';
import { formField } from './support/formFields';
import { sandboxData, withPaymo } from './support/sandboxData';
import { startServerInLanguage, uiSession } from './support/session';
import { Workbench } from './support/workbench';

// One contact's life with VS Code in German (code-server started with `--locale de`): signed in from
// the German welcome, the tree's counts and age, the command in the palette, the contact form, portal
// access with its notification, the contact's details with a German date, and the delete. VS Code's
// own words stay English (no Microsoft language pack here); everything the extension says is German.

const CLIENT = 'Acme Corporation';
const VIEW = 'Kunden und Kontakte';
const GERMAN_DATE_TIME = /\b\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\b/;

describe('VS Code in German', () => {
  let server: CodeServer;
  before(async function () {
    this.timeout(180_000);
    server = await startServerInLanguage('de');
  });
  after(async () => {
    await server?.stop();
  });

  it("runs one contact's life in German: welcome, sign-in, tree, palette, form, portal access, details, delete", async function () {
    this.timeout(360_000);
    const { sandbox } = uiSession();
    const wb = await Workbench.open('german', server, VIEW);

    // Signed out (this window's origin has no stored sign-in): the view's welcome speaks German.
    const view = await wb.openPaymoView();
    const welcome = view.locator('.welcome-view-content');
    await welcome.getByText(/Melden Sie sich an, um Ihre Paymo-Kunden und deren Kontakte hier zu sehen\./).waitFor({ timeout: 30_000 });
    await wb.screenshot('willkommen');
    await welcome.getByRole('button', { name: 'Bei Paymo anmelden' }).click();
    const input = await wb.promptTitled('Bei Paymo anmelden');
    assert.equal(await input.getAttribute('placeholder'), 'Wie möchten Sie sich anmelden?');
    await wb.screenshot('anmelden');
    await wb.quickInputItem(/Mit einem API-Schlüssel anmelden/).click();
    await until(async () => (await input.getAttribute('type')) === 'password', 'the API key prompt');
    await wb.quickInput.getByText(/Fügen Sie Ihren Paymo-API-Schlüssel ein\./).waitFor();
    await input.pressSequentially(sandbox.apiKey);
    await input.press('Enter');
    await wb.quickInput.waitFor({ state: 'hidden' });

    // The tree: a client's contacts counted in German, the data's age in German in the view's header.
    const clientRow = wb.treeRow(CLIENT);
    await clientRow.waitFor({ timeout: 30_000 });
    const acme = (await sandboxData()).clients.find((c) => c.name === CLIENT)!;
    const count = (await sandboxData()).contacts.filter((c) => c.client_id === acme.id).length;
    await until(
      async () => (await clientRow.locator('.label-description').innerText()).trim() === `${count} Kontakte`,
      'the client row to count its contacts in German',
    );
    const header = view.locator('.pane-header');
    await until(async () => /aktualisiert (gerade eben|vor \d+ Min\.)/.test((await header.getAttribute('aria-label')) ?? ''), 'the age of the data in German');
    assert.ok(
      (await wb.notifications()).some((m) => /^Bei Paymo als .+ angemeldet\.$/.test(m)),
      'the sign-in is confirmed in German',
    );
    await wb.screenshotInBothThemes('baum');

    // The palette lists the command by its German title.
    await wb.runCommand('Paymo: Kontakt erstellen…');
    const form = wb.webview();
    await formField(form, 'name').waitFor({ timeout: 30_000 });
    assert.deepEqual(await form.locator('vscode-label').allTextContents(), [
      'Kunde',
      'Name',
      'E-Mail',
      'Mobil',
      'Telefon',
      'Fax',
      'Position',
      'Skype',
      'Notizen',
      'Kennwort',
    ]);
    assert.deepEqual(await form.locator('section > h2').allTextContents(), ['Profilbild', 'Kontakt', 'Kundenportal', 'Details']);
    assert.equal((await form.locator('#save').innerText()).trim(), 'Kontakt erstellen');
    await checkA11y(form, 'contact form in German (new)');

    await form.locator('#field-client_id').click();
    await form.locator('#field-client_id input').fill(CLIENT);
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Enter');
    const name = `Jana Schäfer ${Date.now()}`;
    const email = `jana.schaefer.${Date.now()}@acme.example`;
    await formField(form, 'name').fill(name);
    await formField(form, 'email').fill('jana.schaefer@');
    await form.locator('#help-email', { hasText: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.' }).waitFor();
    await wb.screenshotInBothThemes('formular-mit-fehler');
    await formField(form, 'email').fill(email);
    await formField(form, 'position').fill('Einkauf');
    await formField(form, 'name').click();
    await wb.page.keyboard.press('Control+s');
    await form.locator('.banner.info', { hasText: 'Kontakt erstellt.' }).waitFor({ timeout: 30_000 });
    const created = (await sandboxData()).contacts.find((c) => c.name === name);
    assert.ok(created, 'the sandbox has the contact');
    assert.deepEqual([created.client_id, created.email, created.position], [acme.id, email, 'Einkauf']);
    // The form's details: German labels, the date the German way.
    assert.match(await form.locator('#detail-created_on input').inputValue(), GERMAN_DATE_TIME);
    assert.equal((await form.locator('#save').innerText()).trim(), 'Speichern');
    await checkA11y(form, 'contact form in German (created)');
    await wb.screenshotInBothThemes('formular');

    // Portal access from the tree's German context menu, confirmed by a German notification.
    await wb.expand(clientRow);
    const row = wb.treeRow(name);
    await row.waitFor({ timeout: 30_000 });
    await wb.contextMenu(row, 'Zugang zum Kundenportal gewähren…');
    await wb.quickInput.getByText(`Portalzugang für ${name}`).waitFor();
    await wb.quickInputItem(/Kennwort eingeben/).click();
    const password = wb.quickInput.locator('input[type="password"]');
    await password.fill('portal-kennwort-1234');
    await password.press('Enter');
    await wb.quickInput.getByText('Kennwort erneut eingeben').waitFor();
    await password.fill('portal-kennwort-1234');
    await password.press('Enter');
    await until(async () => (await withPaymo((paymo) => paymo.getContact(created.id))).access === true, 'portal access on the server');
    await until(async () => (await wb.notifications()).includes(`${name} kann sich jetzt als ${email} beim Kundenportal anmelden.`), 'the German notification');
    await until(async () => /Portal/.test(await row.locator('.label-description').innerText()), 'the row marked as having portal access');
    await wb.screenshot('portalzugang');

    // The contact's details: German field names and a German date.
    await wb.contextMenu(row, 'Kontaktdetails öffnen');
    const details = wb.webview();
    await details.getByText('Einkauf').waitFor({ timeout: 30_000 });
    const text = await details.locator('body').innerText();
    assert.match(text, /Kundenportal:\s*Hat Zugang/);
    assert.match(text, new RegExp(`Erstellt:\\s*${GERMAN_DATE_TIME.source}`));
    await wb.screenshot('kontaktdetails');

    // And the end of its life: a German confirmation, then gone from Paymo and the tree.
    await wb.contextMenu(row, 'Kontakt löschen…');
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.getByText(`${name} aus ${CLIENT} löschen?`).waitFor();
    await dialog.getByText('Der Kontakt wird in Paymo gelöscht. Dies kann nicht rückgängig gemacht werden.').waitFor();
    await wb.screenshot('loeschen-bestaetigen');
    await dialog.locator('.monaco-button', { hasText: /^Löschen$/ }).click();
    await until(async () => !(await sandboxData()).contacts.some((c) => c.id === created.id), 'the contact gone from the server');
    await row.waitFor({ state: 'detached' });
  });
});
