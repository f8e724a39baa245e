import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { MAX_ATTEMPTS } from '../../src/paymo';
import { CONTACT_FORM } from '../../src/webviewContract/contactForm';
import { valuesOf } from '../../src/webviewContract/formValues';
import { serverContact } from './support/serverContacts';
import { sandboxControl } from './support/sandboxControl';
import { makePng } from '../support/png';
import { freshContact, readyApi } from './support/contacts';
import { closeForms, editFreshContact, only, openForm, save } from './support/forms';

describe('Contact form: edit', () => {
  afterEach(async () => closeForms(await readyApi()));

  it('opens one panel per contact: editing it again reveals the same panel', async () => {
    const api = await readyApi();
    const contact = await freshContact(api);
    const init = await openForm(api, 'editContact', { contactId: contact.id }, `contact:${contact.id}`);
    assert.deepEqual(init.state.values, valuesOf(CONTACT_FORM, contact));
    await openForm(api, 'editContact', contact.id, `contact:${contact.id}`);
    assert.deepEqual(api.panels.keys(), [`contact:${contact.id}`]);
  });

  it('sends only the changed fields: the others stay exactly as the server has them', async () => {
    const api = await readyApi();
    // Surrounding spaces the form would trim if it sent the field: they show whether it was sent.
    const { contact, key, init } = await editFreshContact(api, { position: '  Head of Things ', phone: '555-0199', email: 'before@example.com' });
    const values = { ...init.state.values, name: `${contact.name} Renamed`, client_id: 3 };
    await api.panels.simulate(key, { type: 'edit', values });
    assert.match(api.panels.title(key), /^● .* Renamed$/, 'the title marks unsaved changes');

    only(await save(api, key, values), 'saved');
    const after = await serverContact(contact.id);
    assert.ok(after);
    assert.deepEqual({ ...after, updated_on: '' }, { ...contact, name: values.name, client_id: 3, updated_on: '' });
    assert.equal(after.position, '  Head of Things ');
    const requests = await sandboxControl.sent();
    assert.deepEqual(
      requests.slice(0, 2),
      [`GET /api/clientcontacts/${contact.id}`, `PUT /api/clientcontacts/${contact.id}`],
      'a check for newer changes, then one update',
    );
    assert.equal(requests.filter((r) => !r.startsWith('GET')).length, 1, 'one write');
    assert.equal(api.store.contact(contact.id)?.client_id, 3, 'the tree moved the contact to its new client');
    assert.equal(api.panels.title(key), values.name);
  });

  it('does not send an invalid email: the save is refused before any request', async () => {
    const api = await readyApi();
    const { key, init } = await editFreshContact(api);
    const failed = only(await save(api, key, { ...init.state.values, email: 'not an email' }), 'saveFailed');
    assert.match(failed.failure.message, /need attention/);
    assert.deepEqual(await sandboxControl.requests(), []);
    assert.equal(api.panels.state(key).values.email, 'not an email', 'what was typed is kept');
  });

  it('keeps what was typed after a server error, says what to do, and saves it on the next try', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api);
    const values = { ...init.state.values, phone: '555-0123', notes: 'Typed before the failure' };
    await sandboxControl.fault({
      action: 'status',
      status: 500,
      method: 'PUT',
      path: `/api/clientcontacts/${contact.id}`,
      message: 'Database is on fire',
      count: MAX_ATTEMPTS,
    });

    const failed = only(await save(api, key, values), 'saveFailed');
    assert.match(failed.failure.message, /Database is on fire/);
    assert.match(failed.failure.hint, /save again/);
    assert.deepEqual(api.panels.state(key).values, values);
    assert.match(api.panels.title(key), /^● /);
    assert.equal((await serverContact(contact.id))?.notes ?? null, contact.notes ?? null);

    only(await save(api, key, values), 'saved');
    assert.equal((await serverContact(contact.id))?.notes, 'Typed before the failure');
  });

  it('keeps what was typed when the connection drops', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api);
    const values = { ...init.state.values, skype: 'typed.offline' };
    // Every attempt of the update drops (the client retries an update).
    await sandboxControl.fault({ action: 'drop', method: 'PUT', path: `/api/clientcontacts/${contact.id}`, count: MAX_ATTEMPTS });

    const failed = only(await save(api, key, values), 'saveFailed');
    assert.match(failed.failure.hint, /connection/);
    assert.deepEqual(api.panels.state(key).values, values);
  });

  it("shows the server's 400 message at the field it names", async () => {
    const api = await readyApi();
    const { key, init } = await editFreshContact(api);
    // A client deleted in Paymo since the tree was loaded.
    const failed = only(await save(api, key, { ...init.state.values, client_id: 987654 }), 'saveFailed');
    assert.match(failed.failure.message, /client_id 987654 does not exist/);
    assert.equal(failed.failure.field, 'client_id');
    assert.equal(api.panels.state(key).values.client_id, 987654);
  });

  it('gives portal access with a password typed in the form, and takes it away again', async () => {
    const api = await readyApi();
    const { contact, key, init } = await editFreshContact(api, { email: 'portal.form@example.com' });
    const withAccess = { ...init.state.values, access: true };
    only(await save(api, key, withAccess), 'saveFailed');
    assert.deepEqual(await sandboxControl.requests(), [], 'no password, no request');

    only(await save(api, key, withAccess, { password: 'form-Portal-9' }), 'saved');
    assert.equal((await serverContact(contact.id))?.access, true);
    assert.equal(JSON.stringify(api.panels.posted(key)).includes('form-Portal-9'), false, 'the password is never posted back');
    assert.equal(JSON.stringify(api.panels.state(key)).includes('form-Portal-9'), false, 'nor kept');

    only(await save(api, key, { ...withAccess, access: false }), 'saved');
    assert.equal((await serverContact(contact.id))?.access, false);
  });

  it('follows a change made from the tree while the form has no edits', async () => {
    const api = await readyApi();
    const { contact, key } = await editFreshContact(api);
    const file = path.join(os.tmpdir(), `paymo-form-follow-${contact.id}.png`);
    fs.writeFileSync(file, makePng(32, 32));
    try {
      await vscode.commands.executeCommand('paymoContacts.uploadContactImage', { contactId: contact.id, uri: vscode.Uri.file(file) });
    } finally {
      fs.rmSync(file, { force: true });
    }
    const reset = api.panels
      .posted(key)
      .filter((m) => m.type === 'reset')
      .at(-1);
    assert.ok(reset?.type === 'reset' && reset.state.base?.image_thumb_large, 'the form shows the new image');
  });

  it('shows a name full of HTML as text: the page never contains contact data', async () => {
    const api = await readyApi();
    const name = '<img src=x onerror="alert(1)"><b>Bold</b> & "quoted"';
    const { key, init } = await editFreshContact(api, { name });
    assert.equal(init.state.values.name, name, 'sent as data, for the page to set as text');
    assert.equal(api.panels.title(key), name);
    assert.equal(api.panels.html(key).includes('onerror'), false);
  });
});
