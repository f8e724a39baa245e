// Hovers: a contact's and a client's tooltip shows every field Paymo has, each value with a link that
// copies it; the links run only the copy (and email) commands, and everything from the server is text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { freshClient, removeTestClients } from './support/clients';
import { freshContact, readyApi } from './support/contacts';
import { nodeOfClient, nodeOfContact } from './support/paymoApi';
import { tooltipLinks, withoutOwnLinks } from './support/tooltipLinks';

const clipboard = () => vscode.env.clipboard.readText();

describe('Hovers with every field and copy links', () => {
  after(async () => removeTestClients(await readyApi()));

  it("a contact's tooltip: every field, and its Copy links copy the value Paymo has now", async () => {
    const api = await readyApi();
    const contact = await freshContact(api, {
      email: 'hover@example.test',
      phone: '+43 1 234 56',
      mobile: '+43 664 000 11',
      fax: '+43 1 234 57',
      skype: 'hover.skype',
      position: 'Head of Hovers',
      notes: 'First line\nSecond line',
    });
    const tooltip = api.tree.getTreeItem(nodeOfContact(api, contact.id)!).tooltip as vscode.MarkdownString;
    const text = withoutOwnLinks(tooltip);
    for (const value of [
      'hover\\@example\\.test',
      '\\+43 1 234 56',
      '\\+43 664 000 11',
      '\\+43 1 234 57',
      'hover\\.skype',
      'Head of Hovers',
      'First line',
      'Second line',
    ])
      assert.ok(text.includes(value), `${value} in ${text}`);
    for (const label of ['Client', 'Main contact', 'Client portal', 'Profile image', 'Created', 'Updated', 'Paymo ID'])
      assert.match(text, new RegExp(`\\*\\*${label}\\:\\*\\*`));
    const links = tooltipLinks(tooltip);
    assert.deepEqual(
      links.filter((l) => l.command === 'paymoContacts.copyField').map((l) => l.arg.field),
      ['position', 'email', 'phone', 'mobile', 'fax', 'skype', 'notes', 'id'],
    );
    assert.ok(links.some((l) => l.command === 'paymoContacts.sendEmail' && l.arg.contactId === contact.id));
    const mobile = links.find((l) => l.arg.field === 'mobile')!;
    assert.deepEqual(mobile.arg, { contactId: contact.id, accountId: api.accounts.first.id, field: 'mobile' });
    await vscode.env.clipboard.writeText('');
    assert.equal(await vscode.commands.executeCommand(mobile.command, mobile.arg), '+43 664 000 11');
    assert.equal(await clipboard(), '+43 664 000 11');
    const notes = links.find((l) => l.arg.field === 'notes')!;
    await vscode.commands.executeCommand(notes.command, notes.arg);
    assert.equal(await clipboard(), 'First line\nSecond line');
  });

  it("a client's tooltip: address, city, state, postal code, country, phone, fax, email, website and fiscal information, each copyable", async () => {
    const api = await readyApi();
    const fields = {
      address: 'Hauptstraße 1',
      city: 'Wien',
      state: 'Wien',
      postal_code: '1010',
      country: 'Österreich',
      phone: '+43 1 000',
      fax: '+43 1 001',
      email: 'office@hover.example',
      website: 'https://hover.example',
      fiscal_information: 'ATU12345678',
    };
    const client = await freshClient(api, { name: `Hover Client ${Date.now()}`, ...fields }, 2);
    const tooltip = api.tree.getTreeItem(nodeOfClient(api, client.id)!).tooltip as vscode.MarkdownString;
    const text = withoutOwnLinks(tooltip);
    for (const label of ['Address', 'City', 'State', 'Postal code', 'Country', 'Phone', 'Fax', 'Email', 'Website', 'Fiscal information', 'Contacts'])
      assert.match(text, new RegExp(`\\*\\*${label}\\:\\*\\*`), label);
    assert.ok(text.includes('Hauptstraße 1') && text.includes('Österreich') && text.includes('ATU12345678'));
    const links = tooltipLinks(tooltip);
    assert.deepEqual(links.map((l) => l.arg.field).sort(), [...Object.keys(fields), 'id'].sort());
    const fiscal = links.find((l) => l.arg.field === 'fiscal_information')!;
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand(fiscal.command, fiscal.arg);
    assert.equal(await clipboard(), 'ATU12345678');
  });
});
