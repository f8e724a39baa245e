import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readVCards } from '../../src/interchange/vcardReader';
import { until } from '../support/until';
import { vcard, vcardFile } from '../support/vcards';
import { checkA11y } from './support/a11y';
import { sandboxData, withPaymo } from './support/sandboxData';
import { uiSession } from './support/session';
import { Workbench } from './support/workbench';

// Contacts in and out as a user moves them: a vCard imported from the palette through the preview,
// a contact dragged onto another client, a client's contacts exported and read back.

async function contactsOf(clientId: number): Promise<string[]> {
  return withPaymo(async (paymo) => (await paymo.listContacts({ clientId })).map((c) => c.name));
}

describe('Contacts in and out', () => {
  it('imports a vCard from the palette: the preview shows what will happen, Import sends it, the tree shows the new people', async function () {
    this.timeout(240_000);
    const { clients, contacts } = await sandboxData();
    const target = clients.find((c) => c.active && c.id === 7)!;
    const known = contacts.find((c) => c.email)!;
    const stamp = Date.now();
    const wb = await Workbench.open('import');
    const file = path.join(uiSession().runDir, 'workspaces', 'import', 'people.vcf');
    fs.writeFileSync(
      file,
      vcardFile([
        vcard(`FN:Imported Journey ${stamp}`, `EMAIL:journey.${stamp}@example.com`, 'TEL;TYPE=CELL:+1 555 0100'),
        vcard(`FN:${known.name}`, `EMAIL:${known.email}`),
        vcard('EMAIL:no.name@example.com'),
      ]),
    );
    await wb.openPaymoView();
    await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
    await wb.runCommand('Paymo: Import Contacts…');
    const pick = await wb.promptTitled('Import Contacts Into');
    await pick.fill(target.name);
    await wb.quickInputItem(target.name).waitFor();
    await pick.press('Enter');
    const preview = wb.webview();
    await wb.chooseFile(file, async () => (await preview.locator('#confirm').count()) > 0, 'import-file-dialog');
    await preview.getByText(`Same email as ${known.name}`).waitFor({ timeout: 30_000 });
    await preview.getByText('The card has no name').waitFor();
    await wb.screenshotInBothThemes('import-preview');
    await checkA11y(preview, 'import preview');
    assert.deepEqual(await contactsOf(target.id).then((names) => names.filter((n) => n.startsWith('Imported Journey'))), [], 'nothing sent before Import');
    await preview.locator('#confirm').click();
    await until(async () => (await contactsOf(target.id)).includes(`Imported Journey ${stamp}`), 'the imported contact on the server');
    assert.ok(!(await contactsOf(target.id)).includes(known.name), 'the duplicate was skipped');
    const row = wb.treeRow(target.name);
    await wb.expand(row);
    await wb.treeRow(`Imported Journey ${stamp}`).waitFor({ timeout: 30_000 });
    await until(async () => (await wb.notifications()).some((n) => /Import into .* done: 1 created, 0 updated, 2 skipped, 0 failed/.test(n)), 'the end report');
    await wb.screenshot('import-done');
  });

  it('drags a contact onto another client: it moves there in Paymo and in the tree', async function () {
    this.timeout(240_000);
    const { clients, contacts } = await sandboxData();
    const from = clients.find((c) => c.id === 2)!;
    const to = clients.find((c) => c.id === 3)!;
    const moving = contacts.find((c) => c.client_id === from.id && !c.is_main)!;
    const wb = await Workbench.open('drag');
    await wb.openPaymoView();
    const fromRow = wb.treeRow(from.name);
    await fromRow.waitFor({ timeout: 30_000 });
    await wb.expand(fromRow);
    const contactRow = wb.treeRow(moving.name);
    await contactRow.waitFor();
    await contactRow.dragTo(wb.treeRow(to.name));
    await until(async () => (await contactsOf(to.id)).includes(moving.name), 'the contact under the other client on the server');
    await wb.expand(wb.treeRow(to.name));
    await wb.screenshot('contact-dragged');
    assert.ok(!(await contactsOf(from.id)).includes(moving.name));
  });

  it("exports a client's contacts to a vCard file that reads back with each of them", async function () {
    this.timeout(240_000);
    const { clients, contacts } = await sandboxData();
    const client = clients.find((c) => c.id === 5)!;
    const expected = contacts.filter((c) => c.client_id === client.id).map((c) => c.name);
    const wb = await Workbench.open('export');
    const file = path.join(uiSession().runDir, 'workspaces', 'export', 'exported.vcf');
    await wb.openPaymoView();
    const row = wb.treeRow(client.name);
    await row.waitFor({ timeout: 30_000 });
    await wb.contextMenu(row, 'Export Contacts…');
    await (await wb.promptTitled('Export Contacts')).waitFor();
    // Seen once in a loaded run: the command came without its node and asked which contacts; the
    // same client is then picked there, as a user would.
    const scope = wb.quickInputItem(client.name);
    if (await scope.isVisible().catch(() => false)) await scope.click();
    await wb.quickInputItem(/^vCard/).click();
    const input = wb.quickInput.locator('input');
    await until(async () => (await input.inputValue()).endsWith('.vcf'), 'the save dialog with its suggested name');
    await input.fill(file);
    await wb.screenshot('export-save-dialog');
    await input.press('Enter');
    await until(async () => fs.existsSync(file), 'the exported file');
    const read = readVCards(fs.readFileSync(file));
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.cards.map((c) => c.card.name).sort(), [...expected].sort());
  });
});
