import * as assert from 'node:assert/strict';
import { PaymoInvalidInputError, PaymoNotFoundError, PaymoOutcomeUnknownError, where } from '../../../src/paymo';
import { injectFault, requestLog } from '../../support/sandbox';
import { rejection, useApiSandbox } from '../support/apiSandbox';
import { makeImage, PDF_BYTES } from '../support/images';

describe('PaymoApi: managing clients', () => {
  const fx = useApiSandbox();
  const posts = async () => (await requestLog(fx.sb)).filter((r) => r.method === 'POST');

  it('creates a client with every writable field and returns it with its Location', async () => {
    const fields = {
      name: 'Northwind Traders',
      email: 'office@northwind.example',
      phone: '+43 1 234',
      fax: '+43 1 235',
      website: 'https://northwind.example',
      address: 'Ringstraße 1',
      city: 'Wien',
      postal_code: '1010',
      state: 'Wien',
      country: 'Austria',
      fiscal_information: 'ATU12345678',
    };
    const { client, location, imageError } = await fx.api().createClient(fields);
    assert.deepEqual({ ...client, ...fields }, client, 'every field as sent');
    assert.equal(client.active, true);
    assert.equal(imageError, undefined);
    assert.equal(location, `${fx.sb.apiUrl}clients/${client.id}`);
    assert.deepEqual(
      (await posts()).map((r) => [r.path, r.status]),
      [['/api/clients', 201]],
    );
  });

  it('creates a client and its logo in one multipart request', async () => {
    const { client } = await fx.api().createClient({ name: 'Logo First' }, { image: { bytes: await makeImage('png'), fileName: 'logo.png' } });
    assert.ok(client.image && client.image_thumb_small);
    assert.equal((await fetch(client.image_thumb_small)).status, 200);
    assert.equal((await posts()).length, 1);
  });

  it('keeps line breaks exactly: such a client is created as JSON, then given its logo', async () => {
    const fiscal = 'VAT ATU12345678\nRegister FN 123456a';
    const { client } = await fx
      .api()
      .createClient(
        { name: 'Two Lines', address: 'Hof 2\nStiege 3', fiscal_information: fiscal },
        { image: { bytes: await makeImage('jpeg'), fileName: 'logo.jpg' } },
      );
    assert.equal(client.fiscal_information, fiscal);
    assert.equal(client.address, 'Hof 2\nStiege 3');
    assert.ok(client.image);
    assert.deepEqual(
      (await posts()).map((r) => r.path),
      ['/api/clients', `/api/clients/${client.id}`],
    );
  });

  it('refuses a client without a name, or a logo that is not an image, before sending', async () => {
    const paymo = fx.api();
    const nameless = await rejection(paymo.createClient({ name: '  ' }), PaymoInvalidInputError);
    assert.equal(nameless.field, 'name');
    const pdf = { bytes: PDF_BYTES, fileName: 'logo.png' };
    assert.equal((await rejection(paymo.createClient({ name: 'Bad Logo' }, { image: pdf }), PaymoInvalidInputError)).field, 'image');
    assert.equal((await rejection(paymo.uploadClientLogo(1, pdf), PaymoInvalidInputError)).field, 'image');
    assert.equal((await rejection(paymo.updateClient(1, { name: '' }), PaymoInvalidInputError)).field, 'name');
    await rejection(paymo.updateClient(1, {}), PaymoInvalidInputError);
    assert.deepEqual(await requestLog(fx.sb), []);
    assert.deepEqual(await paymo.listClients({ active: true }).then((all) => all.filter((c) => c.name === 'Bad Logo')), []);
  });

  it('updates only the fields given, keeping what someone else changed meanwhile', async () => {
    const mine = fx.api();
    const theirs = fx.api();
    const { client } = await mine.createClient({ name: 'Patchy', city: 'Graz', email: 'a@patchy.example' });
    await theirs.updateClient(client.id, { phone: '0316 1' });
    const updated = await mine.updateClient(client.id, { city: 'Linz', email: null });
    assert.deepEqual([updated.name, updated.city, updated.email, updated.phone], ['Patchy', 'Linz', null, '0316 1']);
    assert.ok(updated.updated_on >= client.updated_on);
    const puts = (await requestLog(fx.sb)).filter((r) => r.method === 'PUT');
    assert.deepEqual(
      puts.map((r) => r.path),
      [`/api/clients/${client.id}`, `/api/clients/${client.id}`],
    );
  });

  it('archives and restores a client with active false and true; its contacts stay', async () => {
    const paymo = fx.api();
    const { client } = await paymo.createClient({ name: 'Sleepy Co' });
    const { contact } = await paymo.createContact({ client_id: client.id, name: 'Still Here' });
    const archived = await paymo.archiveClient(client.id);
    assert.equal(archived.active, false);
    assert.ok((await paymo.listClients({ active: false })).some((c) => c.id === client.id));
    assert.ok(!(await paymo.listClients({ active: true })).some((c) => c.id === client.id));
    assert.deepEqual(
      (await paymo.listContacts({ clientId: client.id })).map((c) => c.id),
      [contact.id],
    );
    const restored = await paymo.restoreClient(client.id);
    assert.equal(restored.active, true);
    assert.equal(restored.name, 'Sleepy Co');
  });

  it("uploads and replaces a client's logo", async () => {
    const paymo = fx.api();
    const first = await paymo.uploadClientLogo(2, { bytes: await makeImage('png'), fileName: 'a.png' });
    const second = await paymo.uploadClientLogo(2, { bytes: await makeImage('gif', 32), fileName: 'b.gif' });
    assert.ok(first.image && second.image && first.image !== second.image);
    assert.equal((await fetch(first.image)).status, 404, 'the replaced logo is gone');
    assert.equal((await fetch(second.image)).status, 200);
  });

  it('deletes a client and, with it, its contacts', async () => {
    const paymo = fx.api();
    const { client } = await paymo.createClient({ name: 'Gone Soon' });
    await paymo.createContact({ client_id: client.id, name: 'Gone Too' });
    await paymo.deleteClient(client.id);
    await rejection(paymo.getClient(client.id), PaymoNotFoundError);
    assert.deepEqual(await paymo.listContacts({ where: where.eq('name', 'Gone Too') }), []);
    await rejection(paymo.deleteClient(client.id), PaymoNotFoundError);
  });

  it('counts a delete as done when a lost answer had already deleted the client', async () => {
    const paymo = fx.api();
    const { client } = await paymo.createClient({ name: 'Lost Answer' });
    await injectFault(fx.sb, { action: 'dropAfter', method: 'DELETE' });
    await paymo.deleteClient(client.id);
    assert.deepEqual(
      (await requestLog(fx.sb)).filter((r) => r.method === 'DELETE').map((r) => r.status),
      [200, 404],
    );
  });

  it('never sends a create again after its answer was lost', async () => {
    await injectFault(fx.sb, { action: 'dropAfter', method: 'POST', path: '/api/clients' });
    const error = await rejection(fx.api().createClient({ name: 'Only Once Ltd' }), PaymoOutcomeUnknownError);
    assert.equal(error.created, 'client');
    assert.match(error.message, /The client may have been created/);
    assert.equal((await posts()).length, 1);
    assert.equal((await fx.api().listClients()).filter((c) => c.name === 'Only Once Ltd').length, 1);
  });

  it('keeps a client whose logo upload failed after it was created, and says so', async () => {
    await injectFault(fx.sb, { action: 'status', status: 400, message: 'Bad image', method: 'POST', path: '/api/clients/' });
    const { client, imageError } = await fx
      .api()
      .createClient({ name: 'Logo Later', address: 'Line 1\nLine 2' }, { image: { bytes: await makeImage('png'), fileName: 'l.png' } });
    assert.equal(imageError?.message, 'Bad image');
    assert.equal(client.image, null);
    assert.equal((await fx.api().getClient(client.id)).name, 'Logo Later');
  });
});
