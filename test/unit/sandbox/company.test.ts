import * as assert from 'node:assert/strict';
import { addUser, basicAuth, setQuirks, useSandbox } from '../../support/sandbox';
import { call } from '../support/sandboxHttp';

type Company = Record<string, unknown> & { id: number; name: string };

describe('sandbox: the company (GET /api/company)', () => {
  const sandbox = useSandbox();
  const companyOf = (auth?: string | null) => call<{ company: Company }>(sandbox.current, 'GET', 'company', auth === undefined ? {} : { auth });
  const unique = (name: string) => `${name}.${Date.now()}.${Math.random().toString(36).slice(2)}@example.com`;

  it("answers the demo company as one object (not a list), with Paymo's fields", async () => {
    const answer = await companyOf();
    assert.equal(answer.status, 200);
    assert.deepEqual(Object.keys(answer.json), ['company']);
    const { company } = answer.json;
    assert.equal(Array.isArray(company), false);
    assert.equal(company.id, 1);
    assert.equal(company.name, 'Demo Agency');
    for (const field of ['address', 'phone', 'email', 'url', 'country', 'image', 'image_thumb_small', 'timezone', 'default_currency', 'account_type']) {
      assert.ok(field in company, `has ${field}`);
    }
    assert.equal(company.image, null, 'no logo');
    assert.match(company.created_on as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.ok(answer.headers.get('x-ratelimit-limit'), 'counted against the rate limit like every request');
  });

  it('answers the employee (not an admin) the same company, and refuses a caller without credentials', async () => {
    const employee = await companyOf(basicAuth(sandbox.current.employee.apiKey, 'X'));
    assert.deepEqual([employee.status, employee.json.company.id, employee.json.company.name], [200, 1, 'Demo Agency']);
    const anonymous = await companyOf(null);
    assert.equal(anonymous.status, 401);
  });

  it('puts added users in the company they name, so that one sandbox serves two Paymo accounts', async () => {
    const ann = await addUser(sandbox.current, { name: 'Ann Other', email: unique('ann'), password: 'ann-password', company: 'Northwind Studio' });
    const bob = await addUser(sandbox.current, { name: 'Bob Other', email: unique('bob'), password: 'bob-password', company: 'Northwind Studio' });
    const cid = await addUser(sandbox.current, { name: 'Cid Plain', email: unique('cid'), password: 'cid-password' });
    assert.equal(ann.company.name, 'Northwind Studio');
    assert.notEqual(ann.company.id, 1);
    assert.deepEqual(bob.company, ann.company, 'the same name is the same company');
    assert.deepEqual(cid.company, { id: 1, name: 'Demo Agency' }, 'without a company name: the demo company');

    const byKey = await companyOf(basicAuth(ann.apiKey, 'X'));
    assert.deepEqual([byKey.json.company.id, byKey.json.company.name], [ann.company.id, 'Northwind Studio']);
    assert.equal(byKey.json.company.current_users, 2);
    const byPassword = await companyOf(basicAuth(bob.email, 'bob-password'));
    assert.equal(byPassword.json.company.name, 'Northwind Studio');
    assert.equal((await companyOf()).json.company.name, 'Demo Agency', "the demo user's company is unchanged");
  });

  it('answers through a Paymo session (X-Session) too', async () => {
    const added = await addUser(sandbox.current, { name: 'Dee Session', email: unique('dee'), password: 'dee-password', company: 'Session & Co' });
    const opened = await call<{ sessions: { id: string }[] }>(sandbox.current, 'POST', 'sessions', { auth: basicAuth(added.email, 'dee-password') });
    const answer = await call<{ company: Company }>(sandbox.current, 'GET', 'company', { auth: null, headers: { 'X-Session': opened.json.sessions[0]!.id } });
    assert.equal(answer.json.company.name, 'Session & Co');
  });

  it('refuses a company name that is not a non-empty string, and adds no user then', async () => {
    const email = unique('eve');
    for (const company of ['', '   ', 42, 'x'.repeat(256)]) {
      await assert.rejects(
        addUser(sandbox.current, { name: 'Eve', email, password: 'eve-password', company: company as string }),
        /\(400\): company must be a non-empty string/,
      );
    }
    const eve = await addUser(sandbox.current, { name: 'Eve', email, password: 'eve-password', company: 'Eve Ltd' });
    assert.equal(eve.company.name, 'Eve Ltd', 'the refused attempts left the email free');
  });

  it('allows only GET on /api/company', async () => {
    const answer = await call(sandbox.current, 'PUT', 'company', { body: { name: 'Renamed' } });
    assert.equal(answer.status, 405);
    assert.equal((await companyOf()).json.company.name, 'Demo Agency');
  });

  it('answers the company in another shape when a quirk says so', async () => {
    await setQuirks(sandbox.current, { reshape: [{ collection: 'company', id: 1, set: { name: null }, remove: ['email'] }] });
    const { company } = (await companyOf()).json;
    assert.equal(company.name, null);
    assert.equal('email' in company, false);
  });
});
