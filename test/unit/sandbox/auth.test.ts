import * as assert from 'node:assert/strict';
import { basicAuth, useSandbox } from '../../support/sandbox';
import { call } from '../support/sandboxHttp';

describe('sandbox: authentication', () => {
  const sandbox = useSandbox();
  const status = async (auth: string | null, headers: Record<string, string> = {}) => (await call(sandbox.current, 'GET', 'me', { auth, headers })).status;

  it('accepts email:password and API_KEY:anything', async () => {
    assert.equal(await status(basicAuth('demo@example.com', 'demo-password')), 200);
    assert.equal(await status(basicAuth(sandbox.current.apiKey, 'X')), 200);
    assert.equal(await status(basicAuth(sandbox.current.apiKey, '')), 200);
  });

  it('answers 401 with a message for missing or wrong credentials and for apikey:KEY', async () => {
    for (const auth of [
      null,
      basicAuth('demo@example.com', 'wrong'),
      basicAuth('apikey', sandbox.current.apiKey),
      'Bearer abc',
      basicAuth('nobody@example.com', 'x'),
      'Basic !!!',
    ]) {
      const answer = await call(sandbox.current, 'GET', 'clientcontacts', { auth });
      assert.equal(answer.status, 401, String(auth));
      assert.match(answer.json.message as string, /credentials/);
      assert.ok(answer.headers.get('x-ratelimit-limit'), 'a 401 carries the rate-limit headers too');
    }
  });

  it('opens a session usable with X-Session, and ends it', async () => {
    const opened = await call<{ sessions: { id: string; user_id: number; expires_on: string }[] }>(sandbox.current, 'POST', 'sessions');
    assert.equal(opened.status, 201);
    const session = opened.json.sessions[0]!;
    assert.equal(session.user_id, 1);
    assert.ok(Date.parse(session.expires_on) > Date.now());
    assert.equal(await status(null, { 'X-Session': session.id }), 200);
    const ended = await call(sandbox.current, 'DELETE', `sessions/${session.id}`, { auth: null, headers: { 'X-Session': session.id } });
    assert.equal(ended.status, 200);
    assert.equal(await status(null, { 'X-Session': session.id }), 401);
    assert.equal((await call(sandbox.current, 'DELETE', `sessions/${session.id}`)).status, 404);
  });

  it('lets a non-admin read but answers 403 to changes', async () => {
    const { employee } = sandbox.current;
    const auth = basicAuth(employee.apiKey, 'X');
    assert.equal((await call(sandbox.current, 'GET', 'clientcontacts/1', { auth })).status, 200);
    const created = await call(sandbox.current, 'POST', 'clientcontacts', { auth, body: { name: 'Not Allowed', client_id: 1 } });
    assert.equal(created.status, 403);
    assert.match(created.json.message as string, /administrators/);
    assert.equal((await call(sandbox.current, 'POST', 'clientcontacts/1', { auth, body: { name: 'x' } })).status, 403);
    assert.equal((await call(sandbox.current, 'DELETE', 'clientcontacts/1', { auth })).status, 403);
    assert.equal(await status(basicAuth(employee.email, employee.password)), 200);
  });
});
