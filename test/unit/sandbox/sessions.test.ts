import * as assert from 'node:assert/strict';
import { addUser, basicAuth, expireSessions, useSandbox } from '../../support/sandbox';
import { call } from '../support/sandboxHttp';

type Sessions = { sessions: { id: string; ip: string; user_id: number; expires_on: string; created_on: string; updated_on: string }[] };

describe('sandbox: sessions and users', () => {
  const sandbox = useSandbox();
  const me = async (session: string) =>
    call<{ users: { id: number; email: string }[] }>(sandbox.current, 'GET', 'me', { auth: null, headers: { 'X-Session': session } });

  it('answers a new session with every field Paymo documents, and lists the open ones of that user only', async () => {
    const opened = await call<Sessions>(sandbox.current, 'POST', 'sessions', { auth: basicAuth('demo@example.com', 'demo-password') });
    assert.equal(opened.status, 201);
    const session = opened.json.sessions[0]!;
    assert.deepEqual(Object.keys(session).sort(), ['created_on', 'expires_on', 'id', 'ip', 'updated_on', 'user_id']);
    assert.equal(opened.headers.get('location'), `/api/sessions/${session.id}`);
    assert.ok(Date.parse(session.created_on) <= Date.now() && Date.parse(session.expires_on) > Date.now());
    const employee = sandbox.current.employee;
    await call(sandbox.current, 'POST', 'sessions', { auth: basicAuth(employee.apiKey, 'X') });
    const listed = await call<Sessions>(sandbox.current, 'GET', 'sessions', { auth: null, headers: { 'X-Session': session.id } });
    assert.equal(listed.status, 200);
    assert.ok(listed.json.sessions.some((s) => s.id === session.id));
    assert.ok(
      listed.json.sessions.every((s) => s.user_id === 1),
      "another user's sessions are not listed",
    );
  });

  it('refuses a session id once it has expired, and a session of another user cannot be ended', async () => {
    const employee = sandbox.current.employee;
    const theirs = (await call<Sessions>(sandbox.current, 'POST', 'sessions', { auth: basicAuth(employee.apiKey, 'X') })).json.sessions[0]!;
    assert.equal((await call(sandbox.current, 'DELETE', `sessions/${theirs.id}`)).status, 404, 'the demo user cannot end it');
    assert.equal((await me(theirs.id)).status, 200);
    const mine = (await call<Sessions>(sandbox.current, 'POST', 'sessions')).json.sessions[0]!;
    assert.ok((await expireSessions(sandbox.current, 2)) >= 1);
    assert.equal((await me(theirs.id)).status, 401);
    assert.equal((await me(mine.id)).status, 200, "only that user's sessions expired");
    await expireSessions(sandbox.current);
    assert.equal((await me(mine.id)).status, 401);
  });

  it('adds users who sign in side by side, each with their own key and sessions', async () => {
    const added = await addUser(sandbox.current, { name: 'Second Person', email: `second.${Date.now()}@example.com`, password: 'second-password' });
    assert.notEqual(added.apiKey, sandbox.current.apiKey);
    const byKey = await call<{ users: { id: number; name: string }[] }>(sandbox.current, 'GET', 'me', { auth: basicAuth(added.apiKey, 'X') });
    assert.deepEqual([byKey.status, byKey.json.users[0]?.id, byKey.json.users[0]?.name], [200, added.id, 'Second Person']);
    const opened = await call<Sessions>(sandbox.current, 'POST', 'sessions', { auth: basicAuth(added.email, 'second-password') });
    assert.equal((await me(opened.json.sessions[0]!.id)).json.users[0]?.email, added.email);
    assert.equal((await call(sandbox.current, 'GET', 'me', { auth: basicAuth(added.email, 'wrong') })).status, 401);
    await assert.rejects(addUser(sandbox.current, { name: 'Again', email: added.email, password: 'x' }), /exists already/);
    await assert.rejects(addUser(sandbox.current, { name: '', email: 'a@b.c', password: 'x' }), /name/);
  });
});
