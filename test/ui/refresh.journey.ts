import type { ClientContact } from '../../src/paymo';
import { until } from '../support/until';
import { withPaymo } from './support/sandboxData';
import { Workbench } from './support/workbench';

// Changes made in Paymo's web app (here: through the API, behind the extension's back) show after
// the view's Refresh button, which asks only for what changed; the view says how old its data is.

describe('Refresh from the view', () => {
  it('shows an edit and a delete made elsewhere after the Refresh button, and the age of the data', async () => {
    const [edited, deleted] = await withPaymo(async (paymo) =>
      Promise.all([paymo.createContact({ client_id: 1, name: 'Abbott Before Edit' }), paymo.createContact({ client_id: 1, name: 'Abner To Delete' })]).then(
        (made) => made.map((m) => m.contact) as [ClientContact, ClientContact],
      ),
    );
    const wb = await Workbench.open('refresh');
    await wb.openPaymoView();
    const acme = wb.treeRow('Acme Corporation');
    await acme.waitFor({ timeout: 30_000 });
    await wb.runCommand('Paymo: Refresh');
    await wb.expand(acme);
    await wb.treeRow(edited.name).waitFor();
    await wb.treeRow(deleted.name).waitFor();

    await withPaymo(async (paymo) => {
      await paymo.updateContact(edited.id, { name: 'Abbott After Edit' });
      await paymo.deleteContact(deleted.id);
    });
    // The container has one view, so its title bar carries the view's title, description and actions.
    await wb.page.locator('.part.sidebar .composite.title [aria-label="Refresh"]').click();
    await wb.treeRow('Abbott After Edit').waitFor();
    await wb.treeRow(deleted.name).waitFor({ state: 'detached' });
    // What a screen reader announces for the view: its name and the data's age.
    const header = wb.paymoView.locator('.pane-header');
    await until(async () => /updated (just now|\d+ min)/.test((await header.getAttribute('aria-label')) ?? ''), 'the age of the data');
    await wb.screenshotInBothThemes('refreshed-after-changes-elsewhere');
  });
});
