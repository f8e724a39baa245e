import * as assert from 'node:assert/strict';
import { PaymoAuthError } from '../../../src/paymo';
import { useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: Paymo sessions', () => {
  const fx = useApiSandbox();

  it('opens a session with the email and password, then works with its id alone, and ends it', async () => {
    const session = await fx.api({ credentials: { kind: 'password', email: fx.sb.email, password: fx.sb.password } }).openSession();
    assert.equal(session.user_id, 1);
    assert.ok(session.id.length >= 16);
    const api = fx.api({ credentials: { kind: 'session', sessionId: session.id, email: fx.sb.email } });
    assert.equal((await api.me()).email, fx.sb.email);
    await api.endSession(session.id);
    await assert.rejects(api.me(), PaymoAuthError);
    // Already ended: nothing left to do, no error.
    await fx.api().endSession(session.id);
  });

  it('gives a wrong password as PaymoAuthError, and sends the POST once', async () => {
    await assert.rejects(fx.api({ credentials: { kind: 'password', email: fx.sb.email, password: 'wrong' } }).openSession(), PaymoAuthError);
    assert.deepEqual(
      fx.logs.map((e) => [e.method, e.url, e.status]),
      [['POST', '/api/sessions', 401]],
    );
  });

  it('refuses a session id that would change the path before sending it', async () => {
    await assert.rejects(fx.api().endSession('../me'), /not valid/);
    assert.equal(fx.logs.length, 0);
  });
});
