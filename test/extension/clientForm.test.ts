// The client form: the same engine as the contact form, with the client's own fields and its logo.
// Driven as its page would drive it (the test API hands the panel the page's messages), against the
// sandbox over HTTP.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Client } from '../../src/paymo';
import { CLIENT_FORM } from '../../src/webviewContract/clientForm';
import type { FormValues } from '../../src/webviewContract/formMessages';
import { validate } from '../../src/webviewContract/formValidation';
import { blankValues, valuesOf } from '../../src/webviewContract/formValues';
import { clientName, freshClient, madeByTest, removeTestClients, serverClient, serverClientsNamed } from './support/clients';
import { makePng } from '../support/png';
import { readyApi } from './support/contacts';
import { closeForms, only, openForm, save } from './support/forms';
import { sandboxApi } from './support/sandboxApi';
import { sandboxControl } from './support/sandboxControl';

const NEW = CLIENT_FORM.newKey;
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A client of the test's own with its form open: its panel key and the host's `init`. */
async function editFreshClient(fields: Partial<Client> = {}) {
  const api = await readyApi();
  const client = await freshClient(api, fields);
  const key = `client:${client.id}`;
  const init = await openForm(api, 'editClient', { clientId: client.id }, key);
  return { api, client, key, init };
}

describe('Client form', () => {
  afterEach(async () => closeForms(await readyApi()));
  after(async () => removeTestClients(await readyApi()));

  it('Create Client opens the client form; saving sends every field and the logo, and the form becomes the new client’s', async () => {
    const api = await readyApi();
    const init = await openForm(api, 'createClient', undefined, NEW);
    assert.equal(init.kind, 'client');
    assert.equal(init.state.mode, 'create');
    assert.deepEqual(init.state.values, blankValues(CLIENT_FORM));
    assert.equal(init.fields.fiscal_information?.label, 'Fiscal information');
    const logo = makePng(48, 48);
    assert.equal(
      only(await api.panels.simulate(NEW, { type: 'chooseImage', requestId: 1, fileName: 'logo.png', bytes: logo }), 'imageChecked').error,
      undefined,
    );
    const values: FormValues = {
      name: clientName('Form Client'),
      email: 'office@form-client.example',
      phone: '+43 316 123',
      fax: '+43 316 124',
      website: 'https://form-client.example',
      address: 'Hauptplatz 1\n2nd floor',
      city: 'Graz',
      postal_code: '8010',
      state: 'Styria',
      country: 'Austria',
      fiscal_information: 'ATU12345678',
    };
    await sandboxControl.clearRequests();
    const saved = only(await save(api, NEW, values), 'saved');
    const id = saved.state.base!.id;
    madeByTest(id);
    assert.equal(saved.created, true);
    assert.deepEqual(api.panels.keys(), [`client:${id}`], "the create form became the new client's form");
    const onServer = (await serverClient(id))!;
    assert.deepEqual(valuesOf(CLIENT_FORM, onServer), values, 'the server has exactly what was typed');
    assert.ok(onServer.image, 'the logo arrived');
    assert.ok(Buffer.from(await (await fetch(onServer.image)).arrayBuffer()).equals(Buffer.from(logo)), 'byte for byte');
    assert.equal((await sandboxControl.writes()).filter((w) => w === 'POST /api/clients').length, 1, 'one create');
    assert.equal(api.store.client(id)?.name, values.name, 'the view lists it');
    assert.equal(api.panels.title(`client:${id}`), values.name, 'no unsaved mark');
  });

  it('Edit Client opens the form with the client; a save sends only the changed fields', async () => {
    const { api, client, key, init } = await editFreshClient({ city: 'Graz', email: 'office@edit-form.example' });
    assert.deepEqual(init.state.values, valuesOf(CLIENT_FORM, client));
    assert.deepEqual(init.clients, [], 'no client picker in a client form');
    const values = { ...init.state.values, city: 'Linz', website: 'linz.example' };
    await api.panels.simulate(key, { type: 'edit', values });
    assert.match(api.panels.title(key), /^● /, 'the title marks unsaved changes');
    await sandboxControl.clearRequests();
    const saved = only(await save(api, key, values), 'saved');
    assert.equal(saved.created, false);
    assert.deepEqual(await sandboxControl.writes(), [`PUT /api/clients/${client.id}`]);
    const onServer = (await serverClient(client.id))!;
    assert.deepEqual([onServer.city, onServer.website, onServer.email], ['Linz', 'linz.example', 'office@edit-form.example']);
    assert.equal(api.store.client(client.id)?.city, 'Linz', 'the view has it');
    assert.equal(api.panels.title(key), client.name);
  });

  it('a client changed in Paymo meanwhile: the user is told field by field, nothing is written, and chooses', async () => {
    const { api, client, key, init } = await editFreshClient({ city: 'Graz', phone: '111' });
    const mine = { ...init.state.values, city: 'Wien' };
    await api.panels.simulate(key, { type: 'edit', values: mine });
    assert.equal((await sandboxApi('PUT', `clients/${client.id}`, { city: 'Salzburg', phone: '222' })).status, 200);
    await sandboxControl.clearRequests();
    const conflict = only(await save(api, key, mine), 'conflict');
    assert.deepEqual(conflict.changes, [
      { field: 'phone', loaded: '111', server: '222', mine: '111' },
      { field: 'city', loaded: 'Graz', server: 'Salzburg', mine: 'Wien' },
    ]);
    assert.deepEqual(await sandboxControl.writes(), [], 'nothing written');
    assert.equal(api.store.client(client.id)?.city, 'Salzburg', "the view shows the server's version");
    assert.deepEqual(api.panels.state(key).values, mine, 'what was typed is kept');

    only(await save(api, key, mine, { overwrite: true }), 'saved');
    const onServer = (await serverClient(client.id))!;
    assert.deepEqual([onServer.city, onServer.phone], ['Wien', '222'], 'mine wins where I changed it; theirs stays elsewhere');
  });

  it('unsaved edits survive closing the form, and a kept create draft comes back too', async () => {
    const { api, client, key, init } = await editFreshClient();
    const typed = { ...init.state.values, name: `${client.name} (draft)`, fiscal_information: 'half-written' };
    await api.panels.simulate(key, { type: 'edit', values: typed });
    api.panels.close(key);
    const again = await openForm(api, 'editClient', { clientId: client.id }, key);
    assert.equal(again.restoredDraft, true);
    assert.deepEqual(again.state.values, typed);
    assert.equal(api.panels.title(key), `● ${typed.name}`);
    assert.equal((await serverClient(client.id))?.name, client.name, 'nothing was sent');

    await openForm(api, 'createClient', undefined, NEW);
    const draft = { ...blankValues(CLIENT_FORM), name: 'Half a Client' };
    await api.panels.simulate(NEW, { type: 'edit', values: draft });
    api.panels.close(NEW);
    const back = await openForm(api, 'createClient', undefined, NEW);
    assert.deepEqual(back.state.values, draft);
    await api.panels.simulate(NEW, { type: 'discard' });
  });

  it('a create whose answer was lost: saving again finds the client it made, never a namesake from before, and creates nothing twice', async () => {
    const api = await readyApi();
    const name = clientName('Lost Answer Client');
    const namesake = await freshClient(api, { name, city: 'Graz' }); // alike in every field, but there before
    await openForm(api, 'createClient', undefined, NEW);
    const values: FormValues = { ...blankValues(CLIENT_FORM), name, city: 'Graz' };
    await api.panels.simulate(NEW, { type: 'edit', values });
    await sandboxControl.fault({ action: 'dropAfter', method: 'POST', path: '/api/clients' });
    const failed = only(await save(api, NEW, values), 'saveFailed');
    assert.match(failed.failure.hint, /may have been saved anyway/);
    const lost = (await serverClientsNamed(name)).filter((c) => c.id !== namesake.id);
    assert.equal(lost.length, 1, 'the create went through');
    madeByTest(lost[0]!.id);

    await sandboxControl.clearRequests();
    const saved = only(await save(api, NEW, values), 'saved');
    assert.equal(saved.state.base?.id, lost[0]!.id, 'the form became the client the lost create made');
    assert.deepEqual(await sandboxControl.writes(), [], 'nothing sent again');
    assert.equal((await serverClientsNamed(name)).length, 2, 'the namesake and the one created: no duplicate');
  });

  it('a file that is not an image is refused as the logo before anything is sent', async () => {
    const api = await readyApi();
    await openForm(api, 'createClient', undefined, NEW);
    const values = { ...blankValues(CLIENT_FORM), name: clientName('No PDF Logo') };
    await api.panels.simulate(NEW, { type: 'edit', values });
    await sandboxControl.clearRequests();
    const checked = only(await api.panels.simulate(NEW, { type: 'chooseImage', requestId: 5, fileName: 'logo.png', bytes: PDF }), 'imageChecked');
    assert.match(checked.error ?? '', /logo\.png.*not a JPEG, PNG or GIF/);
    assert.equal(api.panels.state(NEW).imageName, undefined, 'no logo is pending');
    assert.deepEqual(api.panels.state(NEW).values, values, 'what was typed is kept');
    assert.deepEqual(await sandboxControl.requests(), [], 'nothing sent');
    await api.panels.simulate(NEW, { type: 'discard' });
  });

  it('live validation: a missing name, a bad email or web address is marked as typed and refused before sending', async () => {
    const context = { passwordGiven: false, base: null };
    const typed = { ...blankValues(CLIENT_FORM), name: ' ', email: 'office@', website: 'not a site' };
    assert.deepEqual(validate(CLIENT_FORM, typed, context), { name: 'required', email: 'emailInvalid', website: 'websiteInvalid' });
    assert.deepEqual(validate(CLIENT_FORM, { ...typed, name: 'Fine', email: 'office@fine.example', website: 'fine.example/about' }, context), {});

    const api = await readyApi();
    const init = await openForm(api, 'createClient', undefined, NEW);
    assert.equal(init.strings.websiteInvalid, 'Enter a web address such as example.com.', 'the page has the message to show');
    await sandboxControl.clearRequests();
    const failed = only(await save(api, NEW, typed), 'saveFailed');
    assert.match(failed.failure.hint, /Correct the marked fields/);
    assert.deepEqual(await sandboxControl.requests(), [], 'nothing sent');
    assert.deepEqual(api.panels.state(NEW).values, typed, 'what was typed is kept');
    await api.panels.simulate(NEW, { type: 'discard' });
  });

  it('Create Client and Edit Client with their arguments still skip the form', async () => {
    const api = await readyApi();
    const name = clientName('No Form Client');
    const created = await vscode.commands.executeCommand<Client | undefined>('paymoContacts.createClient', { fields: { name } });
    madeByTest(created?.id);
    const edited = await vscode.commands.executeCommand<Client | undefined>('paymoContacts.editClient', { clientId: created!.id, patch: { city: 'Bern' } });
    assert.equal(edited?.city, 'Bern');
    assert.deepEqual(api.panels.keys(), [], 'no form opened');
  });
});
