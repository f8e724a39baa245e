import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Client } from '../../src/paymo';
import { readyApi } from './support/contacts';
import { clientName, madeByTest, removeTestClients } from './support/clients';
import { closeForms, openForm } from './support/forms';
import { sandboxControl } from './support/sandboxControl';

describe('Clients in the contact form', () => {
  afterEach(async () => closeForms(await readyApi()));
  after(async () => removeTestClients(await readyApi()));

  it("an open form's client picker lists a client created meanwhile, and forgets a deleted one", async () => {
    const api = await readyApi();
    await openForm(api, 'createContact', undefined, 'new');
    const name = clientName('Picker Client');
    const client = await vscode.commands.executeCommand<Client | undefined>('paymoContacts.createClient', { fields: { name } });
    madeByTest(client?.id);
    const lists = () => api.panels.posted('new').flatMap((m) => (m.type === 'clients' ? [m] : []));
    assert.ok(
      lists()
        .at(-1)
        ?.clients.some((c) => c.id === client!.id && c.name === name),
      'the new client is offered',
    );
    assert.equal(lists().at(-1)?.selected, undefined, 'created elsewhere: not chosen for the user');
    await vscode.commands.executeCommand('paymoContacts.deleteClient', { clientId: client!.id, confirmedName: name });
    assert.ok(
      !lists()
        .at(-1)
        ?.clients.some((c) => c.id === client!.id),
      'the deleted client is no longer offered',
    );
  });

  it('"New client…" asks for the name; backing out creates nothing and keeps the form as it was', async () => {
    const api = await readyApi();
    const init = await openForm(api, 'createContact', { clientId: 2 }, 'new');
    // A load that opening the form may have started would post the clients again when it ends.
    await api.loader.whenIdle();
    await sandboxControl.clearRequests();
    const answered = api.panels.simulate('new', { type: 'createClient' });
    // The name prompt is open: Enter on the empty box is refused (a client needs a name), Escape backs out.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    // The page itself may say `ready` meanwhile (it is loading in the editor) and get its `init`: not an answer.
    assert.deepEqual(
      (await answered).filter((m) => m.type !== 'init'),
      [],
      'nothing posted to the page',
    );
    assert.deepEqual(await sandboxControl.requests(), [], 'nothing sent');
    assert.equal(api.panels.state('new')?.values.client_id, init.state.values.client_id);
  });
});
