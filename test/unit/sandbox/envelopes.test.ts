import * as assert from 'node:assert/strict';
import { useSandbox } from '../../support/sandbox';
import { call, type Contact } from '../support/sandboxHttp';

describe('sandbox: envelopes and statuses', () => {
  const sandbox = useSandbox();

  it('wraps a list and a single object in an array under the resource key', async () => {
    const list = await call<{ clientcontacts: Contact[] }>(sandbox.current, 'GET', 'clientcontacts');
    assert.equal(list.status, 200);
    assert.equal(list.json.clientcontacts.length, 300);
    const one = await call<{ clientcontacts: Contact[] }>(sandbox.current, 'GET', 'clientcontacts/1');
    assert.equal(one.json.clientcontacts.length, 1);
    assert.equal(one.json.clientcontacts[0]!.name, 'Aaron Cooper');
    const client = await call<{ clients: { name: string }[] }>(sandbox.current, 'GET', 'clients/1');
    assert.deepEqual(
      client.json.clients.map((c) => c.name),
      ['Acme Corporation'],
    );
  });

  it('returns every documented contact field and never a password', async () => {
    const [contact] = (await call<{ clientcontacts: Contact[] }>(sandbox.current, 'GET', 'clientcontacts/1')).json.clientcontacts;
    assert.deepEqual(Object.keys(contact!).sort(), [
      'access',
      'client_id',
      'created_on',
      'email',
      'fax',
      'id',
      'image',
      'image_thumb_large',
      'image_thumb_medium',
      'image_thumb_small',
      'is_main',
      'mobile',
      'name',
      'notes',
      'phone',
      'position',
      'skype',
      'updated_on',
    ]);
    assert.match(contact!.created_on as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(contact!.access, true);
  });

  it('creates with 201 and a Location, updates partially by POST and PUT, deletes with 200', async () => {
    const created = await call<{ clientcontacts: Contact[] }>(sandbox.current, 'POST', 'clientcontacts', {
      body: { name: 'James Mick', client_id: 1, email: 'james.mick@acme.example', phone: '577-293-1857' },
    });
    assert.equal(created.status, 201);
    const id = created.json.clientcontacts[0]!.id;
    assert.equal(created.headers.get('location'), `/api/clientcontacts/${id}`);

    const byPost = await call<{ clientcontacts: Contact[] }>(sandbox.current, 'POST', `clientcontacts/${id}`, { body: { name: 'James Mick Jr.' } });
    assert.equal(byPost.status, 200);
    assert.equal(byPost.json.clientcontacts[0]!.name, 'James Mick Jr.');
    assert.equal(byPost.json.clientcontacts[0]!.phone, '577-293-1857', 'fields not sent stay as they were');

    const byPut = await call<{ clientcontacts: Contact[] }>(sandbox.current, 'PUT', `clientcontacts/${id}`, { body: { phone: '578-293-1857' } });
    assert.equal(byPut.json.clientcontacts[0]!.name, 'James Mick Jr.');
    assert.equal(byPut.json.clientcontacts[0]!.phone, '578-293-1857');

    assert.equal((await call(sandbox.current, 'DELETE', `clientcontacts/${id}`)).status, 200);
    const gone = await call(sandbox.current, 'GET', `clientcontacts/${id}`);
    assert.equal(gone.status, 404);
    assert.match(gone.json.message as string, /does not exist/);
  });

  it('answers 404 with a message for missing objects and unknown endpoints, 405 for a wrong method', async () => {
    for (const path of ['clientcontacts/99999', 'clients/99999', 'projects']) {
      const answer = await call(sandbox.current, 'GET', path);
      assert.equal(answer.status, 404, path);
      assert.equal(typeof answer.json.message, 'string');
    }
    assert.equal((await call(sandbox.current, 'DELETE', 'clientcontacts/99999')).status, 404);
    assert.equal((await call(sandbox.current, 'PATCH', 'clientcontacts/1', { body: {} })).status, 405);
  });

  it('answers /api/me with the signed-in user', async () => {
    const me = await call<{ users: { email: string; type: string }[] }>(sandbox.current, 'GET', 'me');
    assert.equal(me.json.users[0]!.email, 'demo@example.com');
    assert.equal(me.json.users[0]!.type, 'Admin');
  });

  it('archives a client with active: false and filters clients by active', async () => {
    const active = await call<{ clients: { id: number }[] }>(sandbox.current, 'GET', 'clients?where=active=true');
    const archived = await call<{ clients: { id: number }[] }>(sandbox.current, 'GET', 'clients?where=active=false');
    assert.equal(active.json.clients.length, 27);
    assert.deepEqual(
      archived.json.clients.map((c) => c.id),
      [28, 29, 30],
    );
  });

  it('refuses unsupported content types and malformed JSON with a message', async () => {
    const json = { 'Content-Type': 'application/json' };
    const broken = await call(sandbox.current, 'POST', 'clientcontacts/1', { body: '{"name": ', headers: json });
    assert.equal(broken.status, 400);
    assert.match(broken.json.message as string, /Invalid JSON body/);
    const array = await call(sandbox.current, 'POST', 'clientcontacts/1', { body: '[1]', headers: json });
    assert.equal(array.status, 400);
    const xml = await call(sandbox.current, 'POST', 'clientcontacts/1', { body: '<contact/>', headers: { 'Content-Type': 'text/xml' } });
    assert.equal(xml.status, 415);
    assert.match(xml.json.message as string, /application\/json/);
  });
});
