import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientContact } from '../../src/paymo';
import { sandboxControl } from './support/sandboxControl';
import { acceptingPicks, freshContact, readyApi } from './support/contacts';
import { until } from './support/paymoApi';

describe('Search Contacts', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('finds a contact whose name has quotes, reveals it in the tree and opens it, with no request', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { name: `Zelda "Zee" O'Quinn ${Date.now()}`, client_id: 4, position: 'Buyer' });

    const found = await acceptingPicks<ClientContact>('paymoContacts.searchContacts', { query: '"Zee" O\'Q' });

    assert.equal(found?.id, contact.id);
    const selectedId = () => {
      const node = api.tree.view.selection[0];
      return node?.kind === 'contact' ? node.contact.id : undefined;
    };
    await until(() => selectedId() === contact.id, 'the contact revealed and selected in the tree');
    assert.equal(api.tree.view.visible, true);
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    await until(() => tabs().some((label) => label.includes('Zelda')), 'its details to open');
    assert.deepEqual(await sandboxControl.requests(), [], 'searching reads the store only');
  });

  it('reveal opens the hidden view first, then selects the contact', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { client_id: 9 });
    await vscode.commands.executeCommand('workbench.view.explorer');
    await until(() => !api.tree.view.visible, 'another view container to show instead');
    await api.tree.reveal(contact.id);
    assert.equal(api.tree.view.visible, true, 'the view is open');
    await until(() => {
      const node = api.tree.view.selection[0];
      return node?.kind === 'contact' && node.contact.id === contact.id;
    }, 'the contact to be selected');
  });

  it('matches on the email in the detail line', async () => {
    const api = await readyApi();
    const contact = await freshContact(api, { client_id: 4, email: `unique.${Date.now()}@searchable.test` });
    const found = await acceptingPicks<ClientContact>('paymoContacts.searchContacts', { query: contact.email!.split('@')[0] });
    assert.equal(found?.id, contact.id);
  });
});
