import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { basicAuth, setRateLimit, useSandbox } from '../../support/sandbox';
import { call } from '../support/sandboxHttp';

describe('sandbox: rate limiting', () => {
  const sandbox = useSandbox({ rateLimit: 'paymo' });

  it('allows 5 requests per 5 seconds in paymo mode, then answers 429 with Retry-After until the window ends', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await call(sandbox.current, 'GET', 'me');
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('x-ratelimit-limit'), '5');
      assert.equal(answer.headers.get('x-ratelimit-decay-period'), '5');
      remaining.push(answer.headers.get('x-ratelimit-remaining')!);
    }
    assert.deepEqual(remaining, ['4', '3', '2', '1', '0']);
    for (let i = 0; i < 3; i++) {
      const limited = await call(sandbox.current, 'GET', 'clientcontacts');
      assert.equal(limited.status, 429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 5, `Retry-After ${retryAfter}`);
      assert.match(limited.json.message as string, /Rate limit exceeded/);
      assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
    }
    const other = await call(sandbox.current, 'GET', 'me', { auth: basicAuth(sandbox.current.employee.apiKey, 'X') });
    assert.equal(other.status, 200, 'another key has its own window');
  });

  it('takes a custom limit from the control endpoint and opens again when the window ends', async () => {
    await setRateLimit(sandbox.current, { limit: 2, periodSeconds: 1 });
    assert.equal((await call(sandbox.current, 'GET', 'me')).status, 200);
    assert.equal((await call(sandbox.current, 'GET', 'me')).status, 200);
    const limited = await call(sandbox.current, 'GET', 'me');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '1');
    await sleep(1100);
    const again = await call(sandbox.current, 'GET', 'me');
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('x-ratelimit-remaining'), '1');
  });

  it('switches back to the generous mode', async () => {
    await setRateLimit(sandbox.current, 'generous');
    for (let i = 0; i < 20; i++) {
      assert.equal((await call(sandbox.current, 'GET', 'me')).status, 200);
    }
    const answer = await call(sandbox.current, 'GET', 'me');
    assert.equal(answer.headers.get('x-ratelimit-limit'), '1000');
    assert.equal(answer.headers.get('x-ratelimit-remaining'), '979');
    const bad = await fetch(`${sandbox.current.origin}/__sandbox/ratelimit`, { method: 'POST', body: JSON.stringify({ mode: 'stingy' }) });
    assert.equal(bad.status, 400);
  });
});
