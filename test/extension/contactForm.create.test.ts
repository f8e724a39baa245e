import * as assert from 'node:assert/strict';
import { MAX_ATTEMPTS } from '../../src/paymo';
import type { FormValues } from '../../src/webviewContract/formMessages';
import type { PaymoContactsApi } from '../../src/testApi';
import { CONTACT_FORM } from '../../src/webviewContract/contactForm';
import { blankValues } from '../../src/webviewContract/formValues';
import { serverContact, serverContactsOf } from './support/serverContacts';
import { sandboxControl } from './support/sandboxControl';
import { makePng } from '../support/png';
import { readyApi, refresh } from './support/contacts';
import { sandboxApi } from './support/sandboxApi';
import { closeForms, only, openForm, save } from './support/forms';

describe('Contact form: create', () => {
  afterEach(async () => closeForms(await readyApi()));

  it('opens with the client of the node it was started from, and one create form at a time', async () => {
    const api = await readyApi();
    const init = await openForm(api, 'createContact', { client: { id: 2 } }, 'new');
    assert.equal(init.state.mode, 'create');
    assert.equal(init.state.values.client_id, 2);
    assert.ok(
      init.clients.some((client) => client.id === 2),
      "the client picker lists the store's clients",
    );
    await openForm(api, 'createContact', { clientId: 3 }, 'new');
    assert.deepEqual(api.panels.keys(), ['new']);
    // A client changed elsewhere (here: saved again as it was): the refresh that brings it updates the picker.
    await sandboxApi('PUT', 'clients/3', { name: init.clients.find((c) => c.id === 3)!.name });
    await refresh(api);
    const clients = api.panels
      .posted('new')
      .filter((m) => m.type === 'clients')
      .at(-1);
    assert.ok(clients?.type === 'clients' && clients.clients.length === init.clients.length, 'a refresh updates the picker');
  });

  it('creates a contact with every field and an image: the server has exactly what was typed', async () => {
    const api = await readyApi();
    await openForm(api, 'createContact', undefined, 'new');
    const image = makePng(40, 30);
    const checked = only(await api.panels.simulate('new', { type: 'chooseImage', requestId: 1, fileName: 'face.png', bytes: image }), 'imageChecked');
    assert.equal(checked.error, undefined);
    const values: FormValues = {
      client_id: 2,
      name: `Ada Form ${Date.now()}`,
      email: 'ada.form@example.com',
      mobile: '+1 555 0100',
      phone: '+1 555 0101',
      fax: '+1 555 0102',
      skype: 'ada.form',
      position: 'Engineer',
      notes: 'Met at the conference.\nLikes tea.',
      is_main: false,
      access: true,
    };
    await sandboxControl.clearRequests();
    const saved = only(await save(api, 'new', values, { password: 'portal-Secret-42' }), 'saved');

    assert.equal(saved.created, true);
    const id = saved.state.base!.id;
    assert.equal(saved.state.key, `contact:${id}`);
    assert.deepEqual(api.panels.keys(), [`contact:${id}`], "the create form became the new contact's form");
    const onServer = await serverContact(id);
    assert.ok(onServer);
    const { access, client_id, name, email, mobile, phone, fax, skype, position, notes, is_main } = onServer;
    assert.deepEqual({ access, client_id, name, email, mobile, phone, fax, skype, position, notes, is_main }, values);
    assert.ok(onServer.image, 'the image arrived');
    assert.ok(Buffer.from(await (await fetch(onServer.image)).arrayBuffer()).equals(Buffer.from(image)), 'byte for byte');
    const writes = await sandboxControl.writes();
    // Notes with line breaks go as JSON (multipart would turn them into CRLF), the image on its own.
    assert.deepEqual(writes, ['POST /api/clientcontacts', `POST /api/clientcontacts/${id}`, `PUT /api/clientcontacts/${id}`], 'create, image, portal access');
    assert.equal(api.store.contact(id)?.name, values.name, 'the tree has the new contact');
    assert.equal(api.panels.title(`contact:${id}`), values.name, 'no unsaved mark');
  });

  it('sends a contact without line breaks and its image in one multipart create', async () => {
    const api = await readyApi();
    await createFormWithImage(api, 'one.png');
    const values: FormValues = { ...blankValues(CONTACT_FORM, { client_id: 2 }), name: `One Request ${Date.now()}`, notes: 'A single line.' };
    await sandboxControl.clearRequests();
    const saved = only(await save(api, 'new', values), 'saved');
    const writes = await sandboxControl.writes();
    assert.deepEqual(writes, ['POST /api/clientcontacts'], 'one multipart create with the image');
    const onServer = await serverContact(saved.state.base!.id);
    assert.equal(onServer?.notes, 'A single line.');
    assert.ok(onServer?.image, 'the image arrived with the create');
  });

  it("creates the contact when only the image after it fails: the form becomes the contact's, and the next save sends just the image", async () => {
    const api = await readyApi();
    const image = await createFormWithImage(api, 'later.png');
    const values: FormValues = { ...blankValues(CONTACT_FORM, { client_id: 2 }), name: `Image Later ${Date.now()}`, notes: 'Two\nlines' };
    await sandboxControl.fault({ action: 'status', status: 500, method: 'POST', path: '/api/clientcontacts/', count: MAX_ATTEMPTS });
    const failed = only(await save(api, 'new', values), 'saveFailed');

    const id = failed.state?.base?.id;
    assert.ok(id, "the form is now the new contact's form");
    assert.equal(failed.state?.mode, 'edit');
    assert.match(failed.failure.hint, /save again/);
    assert.deepEqual(
      (await serverContactsOf(2)).filter((c) => c.name === values.name).map((c) => c.id),
      [id],
      'created once',
    );
    assert.equal((await serverContact(id))?.image, null);
    assert.equal(api.panels.state(`contact:${id}`).imageName, 'later.png', 'the chosen image is still there');

    await sandboxControl.clearFaults();
    await sandboxControl.clearRequests();
    only(await save(api, `contact:${id}`, values), 'saved');
    const writes = await sandboxControl.writes();
    assert.deepEqual(writes, [`POST /api/clientcontacts/${id}`], 'only the image');
    const onServer = await serverContact(id);
    assert.ok(onServer?.image && Buffer.from(await (await fetch(onServer.image)).arrayBuffer()).equals(Buffer.from(image)), 'the image arrived');
    assert.equal(onServer.notes, values.notes);
  });

  it('refuses a file that is not an image and keeps the form as it was', async () => {
    const api = await readyApi();
    await openForm(api, 'createContact', { clientId: 2 }, 'new');
    const bytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const checked = only(await api.panels.simulate('new', { type: 'chooseImage', requestId: 7, fileName: 'cv.png', bytes }), 'imageChecked');
    assert.match(checked.error ?? '', /cv\.png.*PDF.*not a JPEG, PNG or GIF/);
    assert.equal(api.panels.state('new').imageName, undefined);
  });

  it('keeps everything typed when the connection drops during the create, and says to check before saving again', async () => {
    const api = await readyApi();
    await openForm(api, 'createContact', { clientId: 2 }, 'new');
    const name = `Dropped ${Date.now()}`;
    const values: FormValues = {
      client_id: 2,
      name,
      email: 'dropped@example.com',
      mobile: '',
      phone: '555',
      fax: '',
      skype: '',
      position: 'Tester',
      notes: '',
      is_main: false,
      access: false,
    };
    await api.panels.simulate('new', { type: 'edit', values });
    await sandboxControl.fault({ action: 'drop', method: 'POST', path: '/api/clientcontacts' });
    const failed = only(await save(api, 'new', values), 'saveFailed');

    assert.match(failed.failure.hint, /may have been saved anyway.*before trying again/);
    assert.equal(failed.state, undefined, 'still a create form');
    assert.deepEqual(api.panels.state('new').values, values, 'everything typed is still there');
    assert.match(api.panels.title('new'), /^● /);
    assert.equal(
      (await serverContactsOf(2)).some((c) => c.name === name),
      false,
      'a create is never retried blindly',
    );
  });
});

/** A create form for client 2 with an image chosen in it; the image's bytes. */
async function createFormWithImage(api: PaymoContactsApi, fileName: string): Promise<Uint8Array> {
  await openForm(api, 'createContact', { clientId: 2 }, 'new');
  const image = makePng(24, 24);
  only(await api.panels.simulate('new', { type: 'chooseImage', requestId: 3, fileName, bytes: image }), 'imageChecked');
  return image;
}
