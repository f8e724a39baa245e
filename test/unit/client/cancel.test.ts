import * as assert from 'node:assert/strict';
import { PaymoCancelledError } from '../../../src/paymo';
import { injectFault, requestLog } from '../../support/sandbox';
import { until } from '../../support/until';
import { rejection, useClientSandbox } from './fixture';

const abortAfter = (ms: number) => AbortSignal.timeout(ms);

describe('PaymoClient: cancellation', () => {
  const fx = useClientSandbox();
  /** Waits until the sandbox has finished `count` requests, so none is still running when it closes. */
  const answered = (count: number) =>
    until(async () => (await requestLog(fx.sb)).filter((r) => r.status !== null).length >= count, `${count} answered requests`);

  it('cancels a request in flight', async () => {
    await injectFault(fx.sb, { action: 'delay', delayMs: 2000 });
    const started = Date.now();
    const error = await rejection(fx.client().getContact(1, { signal: abortAfter(100) }), PaymoCancelledError);
    assert.ok(Date.now() - started < 1000);
    assert.equal(error.mayHaveReachedServer, true);
    await answered(1);
  });

  it('cancels a request waiting for its turn, and the queue goes on', async () => {
    await injectFault(fx.sb, { action: 'delay', delayMs: 800 });
    const client = fx.client();
    const first = client.getContact(1);
    const started = Date.now();
    const queued = rejection(client.getContact(2, { signal: abortAfter(100) }), PaymoCancelledError);
    const third = client.getContact(3);
    const error = await queued;
    assert.ok(Date.now() - started < 600, 'the cancelled request waited for the one before it');
    assert.equal(error.mayHaveReachedServer, false);
    assert.deepEqual([(await first).id, (await third).id], [1, 3]);
    assert.deepEqual((await requestLog(fx.sb)).map((r) => r.path), ['/api/clientcontacts/1', '/api/clientcontacts/3']);
  });

  it('cancels the wait after a 429', async () => {
    await injectFault(fx.sb, { action: 'status', status: 429, retryAfter: 30 });
    const started = Date.now();
    await rejection(fx.client().listClients({ signal: abortAfter(200) }), PaymoCancelledError);
    assert.ok(Date.now() - started < 1000);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const client = fx.client();
    const signal = AbortSignal.abort();
    await rejection(client.createContact({ client_id: 1, name: 'Never' }, { signal }), PaymoCancelledError);
    await rejection(client.deleteContact(1, signal), PaymoCancelledError);
    assert.deepEqual(await requestLog(fx.sb), []);
  });
});
