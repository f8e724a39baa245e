import * as assert from 'node:assert/strict';
import { MAX_ATTEMPTS, PaymoBadRequestError, PaymoInvalidInputError, PaymoNotFoundError, PaymoServerError } from '../../../src/paymo';
import { injectFault, portalLogin, requestLog } from '../../support/sandbox';
import { rejection, useApiSandbox } from '../support/apiSandbox';
import { makeImage, PDF_BYTES } from '../support/images';

describe('PaymoApi: client contacts', () => {
  const fx = useApiSandbox();

  it("lists every contact, and one client's contacts with where=client_id=…", async () => {
    const api = fx.api();
    const all = await api.listContacts();
    assert.ok(all.length > 100, `only ${all.length} contacts`);
    const clientId = all[0]!.client_id;
    const ofOne = await api.listContacts({ clientId });
    assert.deepEqual(
      ofOne.map((c) => c.id),
      all.filter((c) => c.client_id === clientId).map((c) => c.id),
    );
    const ofTwo = await api.listContacts({ clientId: [clientId, all.at(-1)!.client_id] });
    assert.ok(ofTwo.length > ofOne.length);
    // Each list's first page, then the pages after the last id read.
    const firsts = (await requestLog(fx.sb)).filter((r) => !/(^| and )id>\d+$/.test(r.query.where ?? ''));
    assert.deepEqual(
      firsts.map((r) => r.query.where),
      [undefined, `client_id=${clientId}`, `client_id in (${clientId},${all.at(-1)!.client_id})`],
    );
  });

  it('gets one contact, with its parent client when asked to include it', async () => {
    const paymo = fx.api();
    const plain = await paymo.getContact(1);
    assert.equal(plain.id, 1);
    assert.equal(plain.client, undefined);
    const withClient = await paymo.getContact(1, { include: ['client'] });
    const parent = await paymo.getClient(plain.client_id);
    assert.equal(withClient.client?.name, parent.name);
    assert.equal(withClient.client?.id, parent.id);
    const nameOnly = await paymo.getContact(1, { include: ['client.name'] });
    assert.deepEqual(nameOnly.client, { name: parent.name });
  });

  it('creates a contact and returns it with its Location', async () => {
    const paymo = fx.api();
    const { contact, location } = await paymo.createContact({ client_id: 2, name: 'James Mick', email: 'james@example.com', phone: '577-293-1857' });
    assert.equal(contact.name, 'James Mick');
    assert.equal(contact.client_id, 2);
    assert.equal(contact.phone, '577-293-1857');
    assert.equal(contact.access, false);
    assert.equal(contact.image, null);
    assert.equal(location, `${fx.sb.apiUrl}clientcontacts/${contact.id}`);
    assert.deepEqual(await paymo.getContact(contact.id), contact);
  });

  it('updates only the fields given, keeping what someone else changed meanwhile', async () => {
    const mine = fx.api();
    const theirs = fx.api();
    const { contact } = await mine.createContact({ client_id: 2, name: 'Pat Patch', email: 'pat@example.com', position: 'CTO' });
    await theirs.updateContact(contact.id, { position: 'CEO' });
    const updated = await mine.updateContact(contact.id, { phone: '578-293-1857', notes: 'Prefers mornings' });
    assert.equal(updated.phone, '578-293-1857');
    assert.equal(updated.notes, 'Prefers mornings');
    assert.equal(updated.position, 'CEO');
    assert.equal(updated.email, 'pat@example.com');
    const cleared = await mine.updateContact(contact.id, { notes: null, client_id: 3 });
    assert.equal(cleared.notes, null);
    assert.equal(cleared.client_id, 3);
    await rejection(mine.updateContact(contact.id, {}), PaymoInvalidInputError);
  });

  it("shows the server's message and the field it names for a 400", async () => {
    const error = await rejection(fx.api().updateContact(1, { email: 'not an email' }), PaymoBadRequestError);
    assert.equal(error.message, 'Invalid email address');
    assert.equal(error.field, 'email');
    assert.equal(error.status, 400);
  });

  it('grants portal access with a password and revokes it', async () => {
    const paymo = fx.api();
    const { contact } = await paymo.createContact({ client_id: 1, name: 'Portal Paula', email: 'paula@example.com' });
    const granted = await paymo.grantPortalAccess(contact.id, 'S3cret portal!');
    assert.equal(granted.access, true);
    assert.equal(await portalLogin(fx.sb, 'paula@example.com', 'S3cret portal!'), true);
    const revoked = await paymo.revokePortalAccess(contact.id);
    assert.equal(revoked.access, false);
    assert.equal(await portalLogin(fx.sb, 'paula@example.com', 'S3cret portal!'), false);
  });

  it("refuses portal access for a contact without an email with the server's reason", async () => {
    const paymo = fx.api();
    const { contact } = await paymo.createContact({ client_id: 1, name: 'No Mail' });
    const error = await rejection(paymo.grantPortalAccess(contact.id, 'pw'), PaymoBadRequestError);
    assert.equal(error.field, 'email');
    assert.match(error.message, /needs an email/);
  });

  for (const format of ['jpeg', 'png', 'gif'] as const) {
    it(`uploads a ${format.toUpperCase()} profile image that then loads from the returned URL`, async () => {
      const paymo = fx.api();
      const updated = await paymo.uploadContactImage(5, { bytes: await makeImage(format, 40), fileName: `face.${format}` });
      assert.ok(updated.image, 'no image URL');
      assert.ok(updated.image_thumb_small, 'no thumbnail URL');
      const res = await fetch(updated.image);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^image\//);
      const last = (await requestLog(fx.sb)).at(-1)!;
      assert.deepEqual([last.method, last.path, last.status], ['POST', '/api/clientcontacts/5', 200]);
    });
  }

  it('creates a contact together with its image in one multipart request', async () => {
    const paymo = fx.api();
    const { contact } = await paymo.createContact(
      { client_id: 4, name: 'Ima Photo', email: 'ima@example.com', is_main: false, notes: null },
      { image: { bytes: await makeImage('png', 32), fileName: 'ima.png' } },
    );
    assert.equal(contact.name, 'Ima Photo');
    assert.equal(contact.email, 'ima@example.com');
    assert.equal(contact.client_id, 4);
    assert.ok(contact.image);
    assert.equal((await fetch(contact.image)).status, 200);
    assert.equal((await requestLog(fx.sb)).length, 1);
  });

  it('keeps line breaks exactly: such a contact is created as JSON and its image uploaded after it', async () => {
    const paymo = fx.api();
    const notes = 'First line\nSecond line\n\nAfter a blank one';
    const { contact, imageError } = await paymo.createContact(
      { client_id: 4, name: 'Lena Lines', notes },
      { image: { bytes: await makeImage('png', 32), fileName: 'lena.png' } },
    );
    assert.equal(imageError, undefined);
    assert.equal(contact.notes, notes);
    assert.equal((await paymo.getContact(contact.id)).notes, notes, 'stored with \n, not \r\n');
    assert.ok(contact.image, 'the contact returned has the image');
    const writes = (await requestLog(fx.sb)).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(writes.slice(0, 2), ['POST /api/clientcontacts', `POST /api/clientcontacts/${contact.id}`]);
  });

  it('reports an image that could not follow the create, without creating the contact twice', async () => {
    const paymo = fx.api();
    await injectFault(fx.sb, { action: 'status', status: 500, method: 'POST', path: '/api/clientcontacts/', count: MAX_ATTEMPTS });
    const name = `Half Done ${Date.now()}`;
    const { contact, imageError } = await paymo.createContact(
      { client_id: 4, name, notes: 'two\nlines' },
      { image: { bytes: await makeImage('png', 32), fileName: 'half.png' } },
    );
    assert.ok(imageError instanceof PaymoServerError, `imageError: ${String(imageError)}`);
    assert.equal(contact.image, null, 'the contact is returned as the server has it: no image');
    const named = (await paymo.listContacts({ clientId: 4 })).filter((c) => c.name === name);
    assert.deepEqual(
      named.map((c) => c.id),
      [contact.id],
      'created exactly once',
    );
    const uploaded = await paymo.uploadContactImage(contact.id, { bytes: await makeImage('png', 32), fileName: 'half.png' });
    assert.ok(uploaded.image, 'the image can be uploaded again on its own');
  });

  it('refuses a bad image before creating a contact whose text has line breaks', async () => {
    const paymo = fx.api();
    await rejection(
      paymo.createContact({ client_id: 1, name: 'Y', notes: 'a\nb' }, { image: { bytes: PDF_BYTES, fileName: 'y.png' } }),
      PaymoInvalidInputError,
    );
    assert.deepEqual(await requestLog(fx.sb), []);
  });

  it('refuses a PDF or a truncated PNG before sending anything', async () => {
    const paymo = fx.api();
    const pdf = await rejection(paymo.uploadContactImage(5, { bytes: PDF_BYTES, fileName: 'cv.pdf' }), PaymoInvalidInputError);
    assert.equal(pdf.message, '"cv.pdf" is a PDF, not a JPEG, PNG or GIF image.');
    const png = await makeImage('png');
    await rejection(paymo.createContact({ client_id: 1, name: 'X' }, { image: { bytes: png.subarray(0, 40), fileName: 'x.png' } }), PaymoInvalidInputError);
    assert.deepEqual(await requestLog(fx.sb), []);
  });

  it('deletes a contact; deleting or reading it again is a not-found error', async () => {
    const paymo = fx.api();
    const { contact } = await paymo.createContact({ client_id: 1, name: 'Short Lived' });
    await paymo.deleteContact(contact.id);
    const error = await rejection(paymo.getContact(contact.id), PaymoNotFoundError);
    assert.equal(error.status, 404);
    await rejection(paymo.deleteContact(contact.id), PaymoNotFoundError);
  });

  it('refuses a missing name or client before sending', async () => {
    const paymo = fx.api();
    assert.equal((await rejection(paymo.createContact({ client_id: 1, name: '  ' }), PaymoInvalidInputError)).field, 'name');
    assert.equal((await rejection(paymo.createContact({ client_id: 0, name: 'A' }), PaymoInvalidInputError)).field, 'client_id');
    assert.deepEqual(await requestLog(fx.sb), []);
  });
});
