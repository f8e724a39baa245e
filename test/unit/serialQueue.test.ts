// The queue that runs sign-in and account-list changes one at a time (src/serialQueue.ts).
import * as assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { SerialQueue } from '../../src/serialQueue';

describe('SerialQueue', () => {
  it('runs each change after the one before has finished, in the order asked', async () => {
    const queue = new SerialQueue(() => undefined);
    const events: string[] = [];
    const change = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await sleep(ms);
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue.run(change('a', 30)), queue.run(change('b', 1)), queue.run(change('c', 10))]);
    assert.deepEqual(results, ['a', 'b', 'c']);
    assert.deepEqual(events, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('reports a failed change, rejects its caller, and still runs the next one', async () => {
    const reported: string[] = [];
    const queue = new SerialQueue((error) => reported.push(error.message));
    const failed = queue.run(() => Promise.reject(new Error('disk full')));
    const next = queue.run(() => Promise.resolve('ran'));
    await assert.rejects(failed, /disk full/);
    assert.equal(await next, 'ran');
    assert.deepEqual(reported, ['disk full']);
  });
});
