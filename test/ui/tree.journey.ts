import * as assert from 'node:assert/strict';
import { sandboxData } from './support/sandboxData';
import { Workbench } from './support/workbench';

describe('The Clients & Contacts tree', () => {
  it('opens from the activity bar and shows the sandbox clients and their contacts', async () => {
    const { clients, contacts } = await sandboxData();
    const active = clients.filter((c) => c.active).sort((a, b) => a.name.localeCompare(b.name));
    const client = active[0]!;
    const itsContacts = contacts.filter((c) => c.client_id === client.id).sort((a, b) => a.name.localeCompare(b.name));
    assert.ok(itsContacts.length > 0, `the demo data gives ${client.name} no contacts`);

    const wb = await Workbench.open('tree');
    await wb.openPaymoView();
    const clientRow = wb.treeRow(client.name);
    await clientRow.waitFor({ timeout: 30_000 });
    await wb.treeRow(active[1]!.name).waitFor();

    await wb.expand(clientRow);
    await wb.treeRow(itsContacts[0]!.name).waitFor();
    await wb.screenshotInBothThemes('tree');
  });
});
