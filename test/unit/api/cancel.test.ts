import * as assert from 'node:assert/strict';
import { PaymoCancelledError, PaymoOutcomeUnknownError } from '../../../src/paymo';
import { injectFault, requestLog } from '../../support/sandbox';
import { until } from '../../support/until';
import { rejection, useApiSandbox } from '../support/apiSandbox';

const abortAfter = (ms: number) => AbortSignal.timeout(ms);

describe('PaymoApi: cancellation', () => {
  const fx = useApiSandbox();
  /**
   * Waits until the sandbox has finished every request it received, so that none is still running
   * when it closes; their log. (On a busy machine a request cancelled early may never arrive.)
   */
  const settled = async () => {
    await until(async () => (await requestLog(fx.sb)).every((r) => r.status !== null), 'the requests to be answered');
    return requestLog(fx.sb);
  };

  it('cancels a request in flight', async () => {
    await injectFault(fx.sb, { action: 'delay', delayMs: 2000 });
    const started = Date.now();
    const error = await rejection(fx.api().getContact(1, { signal: abortAfter(100) }), PaymoCancelledError);
    assert.ok(Date.now() - started < 1000);
    assert.equal(error.mayHaveReachedServer, true);
    await settled();
  });

  it('cancels a request waiting for its turn, and the queue goes on', async () => {
    await injectFault(fx.sb, { action: 'delay', delayMs: 800 });
    const api = fx.api();
    const first = api.getContact(1);
    const started = Date.now();
    const queued = rejection(api.getContact(2, { signal: abortAfter(100) }), PaymoCancelledError);
    const third = api.getContact(3);
    const error = await queued;
    assert.ok(Date.now() - started < 600, 'the cancelled request waited for the one before it');
    assert.equal(error.mayHaveReachedServer, false);
    assert.deepEqual([(await first).id, (await third).id], [1, 3]);
    assert.deepEqual(
      (await requestLog(fx.sb)).map((r) => r.path),
      ['/api/clientcontacts/1', '/api/clientcontacts/3'],
    );
  });

  it('cancels the wait after a 429', async () => {
    await injectFault(fx.sb, { action: 'status', status: 429, retryAfter: 30 });
    const started = Date.now();
    await rejection(fx.api().listClients({ signal: abortAfter(200) }), PaymoCancelledError);
    assert.ok(Date.now() - started < 1000);
  });

  it('reports a create cancelled on its way as perhaps done, so that it is not simply sent again', async () => {
    await injectFault(fx.sb, { action: 'delay', delayMs: 1000, method: 'POST', path: '/api/clientcontacts' });
    const name = `Cancelled On The Way ${Date.now()}`;
    const error = await rejection(fx.api().createContact({ client_id: 1, name }, { signal: abortAfter(200) }), PaymoOutcomeUnknownError);
    assert.ok(error.cause instanceof PaymoCancelledError);
    const arrived = (await settled()).some((r) => r.method === 'POST');
    const created = (await fx.api().listContacts({ clientId: 1 })).filter((c) => c.name === name);
    assert.equal(created.length, arrived ? 1 : 0, 'created exactly when the request arrived: the error cannot know which');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const paymo = fx.api();
    const signal = AbortSignal.abort();
    await rejection(paymo.createContact({ client_id: 1, name: 'Never' }, { signal }), PaymoCancelledError);
    await rejection(paymo.deleteContact(1, signal), PaymoCancelledError);
    assert.deepEqual(await requestLog(fx.sb), []);
  });
});
