import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { readyApi } from './support/contacts';
import { freshClient, removeTestClients } from './support/clients';
import { clientNodes, command, nodeOfClient } from './support/paymoApi';
import { withoutOwnLinks } from './support/tooltipLinks';

describe('Clients in the view', () => {
  after(async () => removeTestClients(await readyApi()));

  it('lists clients by name as Paymo does (case does not matter), and a rename moves the client', async () => {
    const api = await readyApi();
    const client = await freshClient(api, { name: `aaa lower case ${Date.now()}` });
    assert.equal(clientNodes(api)[0]!.client.id, client.id, "a lower-case name sorts with the A's");
    const names = clientNodes(api).map((n) => n.client.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })),
    );
    await command('editClient', { clientId: client.id, patch: { name: `ZZZ renamed ${Date.now()}` } });
    assert.equal(clientNodes(api).at(-1)!.client.id, client.id);
  });

  it("a client's description counts its contacts and its tooltip shows its details as text", async () => {
    const api = await readyApi();
    const hostile = '<img src=x onerror=alert(1)> **Bold** [x](command:paymoContacts.signOut)';
    const client = await freshClient(api, { name: `Tooltip ${Date.now()}`, city: 'Graz', fiscal_information: hostile, website: 'https://tooltip.example' }, 3);
    const item = api.tree.getTreeItem(nodeOfClient(api, client.id)!);
    assert.equal(item.description, '3 contacts');
    const text = withoutOwnLinks(item.tooltip as vscode.MarkdownString);
    assert.match(text, /\*\*Contacts:\*\* 3/);
    assert.match(text, /Graz/);
    assert.ok(text.includes('https\\:\\/\\/tooltip\\.example'), text);
    assert.doesNotMatch(text, /(^|[^\\])</);
    assert.ok(!text.includes('](command:'), 'no link from user text');
  });
});
