import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { until } from '../support/until';
import { createContactInForm, importFileInto } from './support/contactFlows';
import { sandboxData, withPaymo } from './support/sandboxData';
import { startUntrustedCodeServer, uiSession } from './support/session';
import { Workbench } from './support/workbench';

// A folder the user has not trusted opens in Restricted Mode, where VS Code turns off every extension
// that does not declare it can run there. This one runs no code of the workspace and reads only the
// files the user picks, so all of it works: shown on a code-server of its own with workspace trust on.

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('Restricted Mode', () => {
  it('in a folder that is not trusted: the view shows, signs in, a form creates a contact and an import runs', async function () {
    this.timeout(300_000);
    const { sandbox } = uiSession();
    const server = await startUntrustedCodeServer();
    try {
      const wb = await Workbench.open('restricted-mode', server);
      // VS Code says the window is in Restricted Mode: in the status bar, and in the banner.
      await wb.page.locator('.part.statusbar').getByText('Restricted Mode').first().waitFor({ timeout: 30_000 });
      await wb.page
        .locator('.part.banner')
        .getByText(/Restricted Mode/)
        .first()
        .waitFor();

      await wb.openPaymoView();
      const welcome = wb.paymoView.locator('.welcome-view-content');
      await welcome.getByText(/Sign in to see your Paymo clients/).waitFor({ timeout: 30_000 });
      await wb.screenshot('restricted-mode-signed-out');
      await welcome.getByRole('button', { name: 'Sign In to Paymo' }).click();
      await wb.quickInputItem(/Sign in with an API key/).click();
      const key = await wb.promptTitled(`Sign in to ${new URL(sandbox.apiUrl).host}`);
      await key.fill(sandbox.apiKey);
      await key.press('Enter');
      await wb.treeRow('Acme Corporation').waitFor({ timeout: 30_000 });
      await wb.screenshot('restricted-mode-signed-in');

      // A form: a new contact, saved.
      const { clients } = await sandboxData();
      const client = clients.find((c) => c.active && c.id === 7)!;
      const name = `Restricted Person ${Date.now()}`;
      const fromViewTitle = () => wb.page.locator('.part.sidebar .title-actions [aria-label^="Create Contact"]').first().click();
      await createContactInForm(wb, fromViewTitle, client.name, name);
      await wb.screenshot('restricted-mode-form-saved');
      assert.equal((await sandboxData()).contacts.find((c) => c.name === name)?.client_id, client.id, 'the sandbox has the new contact');

      // An import of a file picked in the (untrusted) folder.
      const stamp = Date.now();
      const file = path.join(uiSession().runDir, 'workspaces', 'restricted-mode', 'restricted.vcf');
      fs.writeFileSync(file, card(`FN:Restricted Import ${stamp}`, `EMAIL:restricted.${stamp}@example.com`));
      await importFileInto(wb, client.name, file, 'restricted-mode-import-file');
      const onServer = () => withPaymo(async (paymo) => (await paymo.listContacts({ clientId: client.id })).map((c) => c.name));
      await until(async () => (await onServer()).includes(`Restricted Import ${stamp}`), 'the imported contact on the server');
      await wb.expand(wb.treeRow(client.name));
      await wb.treeRow(`Restricted Import ${stamp}`).waitFor({ timeout: 30_000 });
      await wb.screenshot('restricted-mode-imported');
      // Still restricted at the end: nothing asked to trust the folder.
      assert.ok(await wb.page.locator('.part.statusbar').getByText('Restricted Mode').first().isVisible());
    } finally {
      await server.stop();
    }
  });
});
