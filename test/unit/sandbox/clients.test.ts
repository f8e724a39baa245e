import * as assert from 'node:assert/strict';
import sharp from 'sharp';
import { useSandbox } from '../../support/sandbox';
import { call, contacts } from '../support/sandboxHttp';

type Client = Record<string, unknown> & { id: number };

describe('sandbox: clients', () => {
  const sandbox = useSandbox();

  it('creates a client with a logo, archives it, and deleting it deletes its contacts', async () => {
    const logo = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#228833' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('name', 'Logo Ltd');
    form.append('city', 'Graz');
    form.append('image', new Blob([new Uint8Array(logo)], { type: 'image/png' }), 'logo.png');
    const created = await call<{ clients: Client[] }>(sandbox.current, 'POST', 'clients', { body: form });
    assert.equal(created.status, 201);
    const client = created.json.clients[0]!;
    assert.equal(created.headers.get('location'), `/api/clients/${client.id}`);
    assert.equal(client.active, true);
    assert.equal((await fetch(client.image_thumb_large as string)).status, 200);

    const archived = await call<{ clients: Client[] }>(sandbox.current, 'PUT', `clients/${client.id}`, { body: { active: false } });
    assert.equal(archived.json.clients[0]!.active, false);
    assert.equal(archived.json.clients[0]!.city, 'Graz');

    await call(sandbox.current, 'POST', 'clientcontacts', { body: { name: 'Goes Too', client_id: client.id } });
    assert.equal((await call(sandbox.current, 'DELETE', `clients/${client.id}`)).status, 200);
    assert.deepEqual(await contacts(sandbox.current, `where=client_id=${client.id}`), []);
    assert.equal((await fetch(client.image as string)).status, 404);
  });

  it('requires a name and refuses unknown fields', async () => {
    const nameless = await call(sandbox.current, 'POST', 'clients', { body: { city: 'Nowhere' } });
    assert.deepEqual([nameless.status, nameless.json.field], [400, 'name']);
    const unknown = await call(sandbox.current, 'POST', 'clients/1', { body: { colour: 'red' } });
    assert.equal(unknown.json.message, 'Unknown field or reference: colour');
  });
});
