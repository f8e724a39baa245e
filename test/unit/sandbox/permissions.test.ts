// Paymo's user types in the sandbox (sandbox/routes/permissions.ts): an admin does everything, an
// employee reads clients and contacts and gets Paymo's 403 on every change, a guest gets a 403 on
// clients and contacts altogether; `me` says the type, and an admin can change it.
import * as assert from 'node:assert/strict';
import { addUser, basicAuth, setUserType, useSandbox, type UserType } from '../../support/sandbox';
import { makePng } from '../../support/png';
import { call } from '../support/sandboxHttp';

/** A multipart upload of a small PNG as the `image` field: a logo or a contact's picture. */
function pngFormData(): FormData {
  const data = new FormData();
  data.append('image', new Blob([Buffer.from(makePng(4, 4))], { type: 'image/png' }), 'face.png');
  return data;
}

interface Me {
  users: { id: number; type: string }[];
}

describe('sandbox: user types (Admin, Employee, Guest)', () => {
  const sandbox = useSandbox();
  let made = 0;
  const newUser = (type: UserType) => {
    made += 1;
    return addUser(sandbox.current, { name: `${type} ${made}`, email: `${type.toLowerCase()}.${made}.${Date.now()}@example.com`, password: 'pw', type });
  };
  const as = (apiKey: string) => ({ auth: basicAuth(apiKey, 'X') });

  /** Every change a client of the API can make to clients and contacts, with what each sends. */
  const writes = (): [string, string, unknown][] => [
    ['POST', 'clientcontacts', { client_id: 1, name: 'Not Allowed' }],
    ['PUT', 'clientcontacts/1', { name: 'Renamed' }],
    ['POST', 'clientcontacts/1', { name: 'Renamed' }],
    ['PUT', 'clientcontacts/1', { access: true, password: 'portal-pw' }],
    ['POST', 'clientcontacts/1', pngFormData()],
    ['DELETE', 'clientcontacts/1', undefined],
    ['POST', 'clients', { name: 'Not Allowed Ltd' }],
    ['PUT', 'clients/1', { name: 'Renamed Ltd' }],
    ['PUT', 'clients/1', { active: false }],
    ['POST', 'clients/1', pngFormData()],
    ['DELETE', 'clients/1', undefined],
  ];

  it("answers each user's type in GET /api/me", async () => {
    const me = async (apiKey: string) => (await call<Me>(sandbox.current, 'GET', 'me', as(apiKey))).json.users[0]!.type;
    assert.equal(await me(sandbox.current.apiKey), 'Admin');
    assert.equal(await me(sandbox.current.employee.apiKey), 'Employee');
    const guest = await newUser('Guest');
    assert.equal(guest.type, 'Guest');
    assert.equal(await me(guest.apiKey), 'Guest');
  });

  it('lets an employee read clients and contacts and refuses every change with a 403 and a message, changing nothing', async () => {
    const employee = as(sandbox.current.employee.apiKey);
    for (const path of ['clients', 'clients/1', 'clientcontacts', 'clientcontacts/1', 'clientcontacts?where=client_id=1', 'clients/1?include=clientcontacts']) {
      assert.equal((await call(sandbox.current, 'GET', path, employee)).status, 200, path);
    }
    const before = await call(sandbox.current, 'GET', 'clientcontacts/1');
    const clientBefore = await call(sandbox.current, 'GET', 'clients/1');
    for (const [method, path, body] of writes()) {
      const answer = await call(sandbox.current, method, path, { ...employee, body });
      assert.equal(answer.status, 403, `${method} ${path}`);
      assert.match(String(answer.json.message), /Only administrators can add, change or delete clients and contacts/);
    }
    assert.deepEqual((await call(sandbox.current, 'GET', 'clientcontacts/1')).json, before.json, 'the contact is as it was');
    assert.deepEqual((await call(sandbox.current, 'GET', 'clients/1')).json, clientBefore.json, 'the client is as it was');
  });

  it('refuses a guest clients and contacts altogether, reads and changes, with a 403 and a message', async () => {
    const guest = as((await newUser('Guest')).apiKey);
    for (const path of ['clients', 'clients/1', 'clientcontacts', 'clientcontacts/1', 'clients?where=active=true', 'clientcontacts?include=id']) {
      const answer = await call(sandbox.current, 'GET', path, guest);
      assert.equal(answer.status, 403, path);
      assert.match(String(answer.json.message), /Guests do not have access to clients and their contacts/);
    }
    for (const [method, path, body] of writes()) {
      assert.equal((await call(sandbox.current, method, path, { ...guest, body })).status, 403, `${method} ${path}`);
    }
    assert.equal((await call(sandbox.current, 'GET', 'me', guest)).status, 200, 'a guest may still sign in');
    assert.equal((await call(sandbox.current, 'GET', 'company', guest)).status, 200);
  });

  it('lets an admin added beside the demo user do everything', async () => {
    const admin = as((await newUser('Admin')).apiKey);
    const created = await call<{ clientcontacts: { id: number }[] }>(sandbox.current, 'POST', 'clientcontacts', {
      ...admin,
      body: { client_id: 1, name: 'Allowed' },
    });
    assert.equal(created.status, 201);
    const id = created.json.clientcontacts[0]!.id;
    assert.equal((await call(sandbox.current, 'PUT', `clientcontacts/${id}`, { ...admin, body: { name: 'Renamed' } })).status, 200);
    assert.equal((await call(sandbox.current, 'DELETE', `clientcontacts/${id}`, admin)).status, 200);
  });

  it("changes a user's type: the next request, by key or by Paymo session, meets the new rules", async () => {
    const user = await newUser('Employee');
    const session = (await call<{ sessions: { id: string }[] }>(sandbox.current, 'POST', 'sessions', as(user.apiKey))).json.sessions[0]!.id;
    const bySession = { auth: null, headers: { 'X-Session': session } };
    const create = (options: object) => call(sandbox.current, 'POST', 'clients', { ...options, body: { name: `Promoted ${Date.now()}` } });
    assert.equal((await create(as(user.apiKey))).status, 403);

    await setUserType(sandbox.current, user.id, 'Admin');
    assert.equal((await call<Me>(sandbox.current, 'GET', 'me', bySession)).json.users[0]!.type, 'Admin');
    assert.equal((await create(as(user.apiKey))).status, 201);
    assert.equal((await create(bySession)).status, 201);

    await setUserType(sandbox.current, user.id, 'Guest');
    assert.equal((await call(sandbox.current, 'GET', 'clients', bySession)).status, 403);
    assert.equal((await call<Me>(sandbox.current, 'GET', 'me', as(user.apiKey))).json.users[0]!.type, 'Guest');
  });

  it('refuses an unknown type or user, for a new user and for a change, and adds nobody then', async () => {
    const email = `nobody.${Date.now()}@example.com`;
    await assert.rejects(
      addUser(sandbox.current, { name: 'Nobody', email, password: 'pw', type: 'Owner' as UserType }),
      /type must be one of Admin, Employee, Guest/,
    );
    await assert.rejects(setUserType(sandbox.current, 2, 'admin' as UserType), /type must be one of/);
    await assert.rejects(setUserType(sandbox.current, 9999, 'Admin'), /no user with the id 9999/);
    assert.equal((await call(sandbox.current, 'GET', 'me', { auth: basicAuth(email, 'pw') })).status, 401, 'the refused user was not added');
  });
});
