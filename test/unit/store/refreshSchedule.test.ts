import * as assert from 'node:assert/strict';
import { MAX_BACKOFF_MINUTES, RefreshSchedule } from '../../../src/store/refreshSchedule';

const MIN = 60_000;

describe('RefreshSchedule (autoRefreshMinutes)', () => {
  it('is off at 0, and due an interval after the data was last brought up to date', () => {
    const schedule = new RefreshSchedule(0);
    assert.equal(schedule.dueAt(1_000), undefined);
    schedule.setInterval(10);
    assert.equal(schedule.dueAt(1_000), 1_000 + 10 * MIN);
  });

  it('counts intervals below five minutes as five, so a background refresh stays a small share of the rate limit', () => {
    assert.equal(new RefreshSchedule(1).dueAt(0), 5 * MIN);
  });

  it('backs off after failures, doubling up to an hour, and is back to the interval after a success', () => {
    const schedule = new RefreshSchedule(5);
    const waits: number[] = [];
    let now = 0;
    for (let i = 0; i < 6; i++) {
      schedule.ended(now, false);
      const due = schedule.dueAt(0)!;
      waits.push((due - now) / MIN);
      now = due;
    }
    assert.deepEqual(waits, [5, 10, 20, 40, MAX_BACKOFF_MINUTES, MAX_BACKOFF_MINUTES]);
    schedule.ended(now, true);
    assert.equal(schedule.dueAt(now), now + 5 * MIN);
  });
});
