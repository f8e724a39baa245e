import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { portalLogin, useSandbox } from '../../support/sandbox';
import { call, contacts, type Contact } from '../support/sandboxHttp';

describe('sandbox: contact rules and validation', () => {
  const sandbox = useSandbox();
  const create = (body: unknown) => call<{ clientcontacts: Contact[] }>(sandbox.current, 'POST', 'clientcontacts', { body });
  const update = (id: number, body: unknown) => call<{ clientcontacts: Contact[] }>(sandbox.current, 'POST', `clientcontacts/${id}`, { body });
  const expect400 = async (answer: Promise<{ status: number; json: unknown }>, message: RegExp | string, field: string) => {
    const { status, json } = await answer;
    assert.equal(status, 400, JSON.stringify(json));
    const body = json as { message: string; field: string };
    assert.equal(body.field, field);
    if (typeof message === 'string') assert.equal(body.message, message);
    else assert.match(body.message, message);
  };

  it('requires a name and an existing client_id', async () => {
    await expect400(create({ client_id: 1 }), 'name is required', 'name');
    await expect400(create({ client_id: 1, name: '   ' }), 'name is required', 'name');
    await expect400(create({ name: 'Nobody' }), 'client_id is required', 'client_id');
    await expect400(create({ name: 'Nobody', client_id: 9999 }), 'client_id 9999 does not exist', 'client_id');
    await expect400(create({ name: 'Nobody', client_id: 'one' }), 'client_id must be an integer', 'client_id');
    await expect400(update(5, { name: '' }), 'name is required', 'name');
  });

  it('checks the email format', async () => {
    await expect400(create({ name: 'Bad Mail', client_id: 1, email: 'not-an-email' }), 'Invalid email address', 'email');
    await expect400(update(5, { email: 'a@b' }), 'Invalid email address', 'email');
  });

  it('refuses unknown fields and ignores read-only ones', async () => {
    await expect400(create({ name: 'Odd', client_id: 1, nickname: 'x' }), 'Unknown field or reference: nickname', 'nickname');
    const before = (await contacts(sandbox.current, 'where=id=6'))[0]!;
    const after = await update(6, { id: 999, created_on: '2000-01-01T00:00:00Z', image_thumb_small: 'x', position: 'Chief Tester' });
    assert.equal(after.status, 200);
    const contact = after.json.clientcontacts[0]!;
    assert.equal(contact.id, 6);
    assert.equal(contact.created_on, before.created_on);
    assert.equal(contact.position, 'Chief Tester');
  });

  it('refuses a value of the wrong type and stores an empty string as null', async () => {
    await expect400(update(7, { phone: 12345 }), 'phone must be a string', 'phone');
    await expect400(update(7, { is_main: 'maybe' }), 'is_main must be true or false', 'is_main');
    const cleared = await update(7, { phone: '' });
    assert.equal(cleared.json.clientcontacts[0]!.phone, null);
  });

  it('moves a contact to another client with client_id', async () => {
    const moved = await update(8, { client_id: 3 });
    assert.equal(moved.json.clientcontacts[0]!.client_id, 3);
    assert.ok((await contacts(sandbox.current, 'where=client_id=3')).some((c) => c.id === 8));
    await expect400(update(8, { client_id: 4242 }), 'client_id 4242 does not exist', 'client_id');
  });

  it('keeps one main contact per client', async () => {
    const clientId = 5;
    const [oldMain] = await contacts(sandbox.current, `where=client_id=${clientId} and is_main=true`);
    const other = (await contacts(sandbox.current, `where=client_id=${clientId} and is_main=false`))[0]!;
    const answer = await update(other.id, { is_main: true });
    assert.equal(answer.json.clientcontacts[0]!.is_main, true);
    const mains = await contacts(sandbox.current, `where=client_id=${clientId} and is_main=true`);
    assert.deepEqual(
      mains.map((c) => c.id),
      [other.id],
    );
    const demoted = (await contacts(sandbox.current, `where=id=${oldMain!.id}`))[0]!;
    assert.notEqual(demoted.updated_on, oldMain!.updated_on, 'the demoted contact changed too');
    const created = await create({ name: 'New Boss', client_id: clientId, is_main: true });
    assert.deepEqual(
      (await contacts(sandbox.current, `where=client_id=${clientId} and is_main=true`)).map((c) => c.id),
      [created.json.clientcontacts[0]!.id],
    );
  });

  it('changes updated_on on every update, even twice within a second', async () => {
    const first = (await update(9, { notes: 'one' })).json.clientcontacts[0]!.updated_on as string;
    const second = (await update(9, { notes: 'two' })).json.clientcontacts[0]!.updated_on as string;
    const third = (await update(9, {})).json.clientcontacts[0]!.updated_on as string;
    assert.ok(first < second && second < third, `${first} < ${second} < ${third}`);
    assert.match(third, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('grants portal access with a write-only password, which needs an email', async () => {
    const created = await create({ name: 'Portal Person', client_id: 2 });
    const id = created.json.clientcontacts[0]!.id;
    await expect400(update(id, { access: true, password: 'secret' }), /email address/, 'email');
    await expect400(update(id, { password: 'secret', email: 'portal.person@nordlicht.example' }), /access: true/, 'password');
    const granted = await update(id, { access: true, password: 'secret-1', email: 'portal.person@nordlicht.example' });
    assert.equal(granted.status, 200);
    assert.equal(granted.json.clientcontacts[0]!.access, true);
    assert.equal('password' in granted.json.clientcontacts[0]!, false);
    assert.equal(await portalLogin(sandbox.current, 'portal.person@nordlicht.example', 'secret-1'), true);
    assert.equal(await portalLogin(sandbox.current, 'portal.person@nordlicht.example', 'wrong'), false);
    await expect400(update(id, { email: null }), /email address/, 'email');
    const revoked = await update(id, { access: false });
    assert.equal(revoked.json.clientcontacts[0]!.access, false);
    assert.equal(await portalLogin(sandbox.current, 'portal.person@nordlicht.example', 'secret-1'), false);
    assert.equal(await portalLogin(sandbox.current, 'aaron.cooper@acme.example', 'portal-password'), true);
  });

  it('accepts form-urlencoded bodies', async () => {
    const form = new URLSearchParams({ name: 'Form Filler', client_id: '2', is_main: 'false', email: 'form@nordlicht.example' });
    const answer = await call<{ clientcontacts: Contact[] }>(sandbox.current, 'POST', 'clientcontacts', { body: form });
    assert.equal(answer.status, 201);
    assert.equal(answer.json.clientcontacts[0]!.client_id, 2);
    assert.equal(answer.json.clientcontacts[0]!.is_main, false);
  });

  it('moves updated_on with the clock and never changes created_on', async () => {
    const created = (await create({ name: 'Timed', client_id: 1 })).json.clientcontacts[0]!;
    await sleep(1100);
    const later = (await update(created.id, { notes: 'later' })).json.clientcontacts[0]!;
    assert.equal(later.created_on, created.created_on);
    assert.ok((later.updated_on as string) > (created.updated_on as string));
  });
});
