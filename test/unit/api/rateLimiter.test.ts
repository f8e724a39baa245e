import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PaymoApi } from '../../../src/paymo';
import { apiKeyAuth, injectFault, requestLog } from '../../support/sandbox';
import { useApiSandbox } from '../support/apiSandbox';

const ms = (iso: string) => Date.parse(iso);

describe('PaymoApi: one request at a time', () => {
  const fx = useApiSandbox();

  it('serialises concurrent callers in the order they called', async () => {
    await injectFault(fx.sb, { action: 'delay', delayMs: 300, count: 3 });
    const api = fx.api();
    const contacts = await Promise.all([1, 2, 3].map((id) => api.getContact(id)));
    assert.deepEqual(
      contacts.map((c) => c.id),
      [1, 2, 3],
    );
    const log = await requestLog(fx.sb);
    assert.deepEqual(
      log.map((r) => r.path),
      ['/api/clientcontacts/1', '/api/clientcontacts/2', '/api/clientcontacts/3'],
    );
    for (let i = 1; i < log.length; i++) {
      assert.ok(ms(log[i]!.at) - ms(log[i - 1]!.at) >= 290, `request ${i + 1} started before request ${i} was answered`);
    }
  });
});

describe('PaymoApi: Paymo-like rate limit (5 requests per 5 s)', () => {
  const fx = useApiSandbox({ rateLimit: 'paymo' });

  it('gets a burst of 20 requests through without a 429 reaching the caller', async function () {
    this.timeout(90_000);
    // Another program using the same key has just used up the window: the client's first request gets a 429.
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${fx.sb.apiUrl}me`, { headers: { authorization: apiKeyAuth(fx.sb) } });
      assert.equal(res.status, 200);
    }
    const paymo = fx.api();
    const contacts = await Promise.all(Array.from({ length: 20 }, (_, i) => paymo.getContact(i + 1)));
    assert.deepEqual(
      contacts.map((c) => c.id),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );

    const log = await requestLog(fx.sb);
    const mine = log.slice(5);
    const windowStart = ms(log[0]!.at);
    // Only the first request ran into the other program's window, and it waited the window out.
    assert.deepEqual(
      mine.map((r) => r.status),
      [429, ...Array<number>(20).fill(200)],
    );
    assert.ok(ms(mine[1]!.at) >= windowStart + 5000, 'the retry went out before Retry-After had passed');
    // Fixed 5-second windows of at most 5 requests: 20 requests need 4 windows after the first.
    assert.ok(ms(mine.at(-1)!.at) - windowStart >= 4 * 5000, 'the burst went out faster than the limit allows');
  });
});

describe('PaymoApi: a 429 without Retry-After', () => {
  it('waits the rate window (X-Ratelimit-Decay-Period) and sends again, instead of failing', async () => {
    // A server of its own: the sandbox always sends Retry-After with its 429s.
    const seen: number[] = [];
    const server = http.createServer((_req, res) => {
      seen.push(Date.now());
      const limited = seen.length === 1;
      res.writeHead(limited ? 429 : 200, {
        'content-type': 'application/json',
        'x-ratelimit-decay-period': '1',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': limited ? '0' : '4',
      });
      res.end(limited ? '{"message":"Rate limit exceeded"}' : '{"users":[{"id":1,"name":"Ann","email":"ann@example.test"}]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = new PaymoApi({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
      credentials: { kind: 'apiKey', apiKey: 'k' },
    });
    try {
      assert.equal((await api.me()).name, 'Ann');
      assert.equal(seen.length, 2);
      assert.ok(seen[1]! - seen[0]! >= 1000, `sent again after ${seen[1]! - seen[0]!} ms, inside the 1 s window`);
    } finally {
      await api.dispose();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
