import * as assert from 'node:assert/strict';
import {
  PaymoError,
  PaymoAuthError,
  PaymoBadRequestError,
  PaymoForbiddenError,
  PaymoMalformedResponseError,
  PaymoNetworkError,
  PaymoNotFoundError,
  PaymoRateLimitError,
  PaymoServerError,
  PaymoTimeoutError,
} from '../../../src/paymo';
import { injectFault, requestLog } from '../../support/sandbox';
import { closedPort, rejection, useApiSandbox } from '../support/apiSandbox';

describe('PaymoApi: errors', () => {
  const fx = useApiSandbox();

  const statuses: { status: number; type: abstract new (...args: never[]) => PaymoError }[] = [
    { status: 400, type: PaymoBadRequestError },
    { status: 401, type: PaymoAuthError },
    { status: 403, type: PaymoForbiddenError },
    { status: 404, type: PaymoNotFoundError },
  ];
  for (const { status, type } of statuses) {
    it(`turns a ${status} into ${type.name} with the server's message`, async () => {
      await injectFault(fx.sb, { action: 'status', status, message: `Server says ${status}` });
      const error = await rejection(fx.api().getContact(1), type);
      assert.equal(error.message, `Server says ${status}`);
      assert.equal(error.status, status);
      assert.equal((await requestLog(fx.sb)).length, 1, 'a 4xx is not retried');
    });
  }

  it('reports a 429 whose Retry-After is too long to wait as a rate-limit error', async () => {
    await injectFault(fx.sb, { action: 'status', status: 429, retryAfter: 3600, message: 'Slow down' });
    const error = await rejection(fx.api().getContact(1), PaymoRateLimitError);
    assert.equal(error.retryAfterSeconds, 3600);
    assert.equal(error.message, 'Slow down');
  });

  for (const status of [500, 502, 503]) {
    it(`retries a read after a ${status} and reports a server error after ${3} attempts`, async () => {
      await injectFault(fx.sb, { action: 'status', status, count: 3, message: 'Database is down' });
      const error = await rejection(fx.api().listClients(), PaymoServerError);
      assert.equal(error.status, status);
      assert.equal(error.message, `Paymo had a problem answering (HTTP ${status}): Database is down`);
      assert.deepEqual(
        fx.logs.map((e) => [e.attempt, e.status]),
        [
          [1, status],
          [2, status],
          [3, status],
        ],
      );
      assert.equal((await requestLog(fx.sb)).length, 3);
    });
  }

  it('recovers from one 503 on a read without the caller noticing', async () => {
    await injectFault(fx.sb, { action: 'status', status: 503 });
    assert.equal((await fx.api().getContact(1)).id, 1);
    assert.deepEqual(
      (await requestLog(fx.sb)).map((r) => r.status),
      [503, 200],
    );
  });

  it('times out a request that takes longer than timeoutMs', async () => {
    await injectFault(fx.sb, { action: 'delay', delayMs: 1500, count: 3 });
    const started = Date.now();
    const error = await rejection(fx.api({ timeoutMs: 200 }).getContact(1), PaymoTimeoutError);
    assert.equal(error.message, 'Paymo (' + new URL(fx.sb.origin).host + ') did not answer within 0.2 seconds.');
    assert.equal(error.mayHaveReachedServer, true);
    assert.ok(Date.now() - started < 3000, 'gave up in time');
    assert.equal((await requestLog(fx.sb)).length, 3);
  });

  it('reports a dropped connection as a network error that may have reached the server', async () => {
    await injectFault(fx.sb, { action: 'drop', count: 3 });
    const error = await rejection(fx.api().getContact(1), PaymoNetworkError);
    assert.equal(error.mayHaveReachedServer, true);
    assert.match(error.message, /closed before an answer arrived/);
  });

  it('reports a refused connection as a network error that did not reach the server', async () => {
    const api = fx.api({ baseUrl: `http://127.0.0.1:${await closedPort()}/api/` });
    const error = await rejection(api.me(), PaymoNetworkError);
    assert.equal(error.mayHaveReachedServer, false);
    assert.match(error.message, /connection was refused/);
  });

  it('reports a body that is not JSON as a malformed response, not a crash', async () => {
    await injectFault(fx.sb, { action: 'malformed' });
    const error = await rejection(fx.api().getContact(1), PaymoMalformedResponseError);
    assert.match(error.message, /not valid JSON/);
    assert.equal(fx.logs[0]?.error, error.message);
  });
});
