// When a background refresh is due: `intervalMinutes` after the data was last brought up to date,
// or, after failures, after the last attempt with the wait doubled per failure (at most
// MAX_BACKOFF_MINUTES), so that a server in trouble is not asked again and again. Plain logic on
// times given to it, so that the bench can run a day of it in a moment.

/** A refresh at most this often: with nothing changed a refresh is 4 requests, so this keeps a
 * background refresh under 1.5 % of Paymo's observed budget (5 requests per 5 s, 3,600 an hour). */
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_BACKOFF_MINUTES = 60;
const MINUTE = 60_000;

export class RefreshSchedule {
  private failures = 0;
  private lastAttemptEnd: number | undefined;

  constructor(private intervalMinutes: number) {}

  /** 0 switches background refreshes off; other values below the minimum count as the minimum. */
  setInterval(minutes: number): void {
    this.intervalMinutes = minutes;
  }

  get enabled(): boolean {
    return this.intervalMinutes > 0;
  }

  get intervalMs(): number {
    return Math.max(this.intervalMinutes, MIN_INTERVAL_MINUTES) * MINUTE;
  }

  /** When the next refresh is due, given when the data was last brought up to date (ms since the epoch); undefined when off. */
  dueAt(lastSuccess: number | undefined): number | undefined {
    if (!this.enabled) return undefined;
    if (this.failures > 0 && this.lastAttemptEnd !== undefined) {
      const backoff = Math.min(this.intervalMs * 2 ** (this.failures - 1), Math.max(this.intervalMs, MAX_BACKOFF_MINUTES * MINUTE));
      return this.lastAttemptEnd + backoff;
    }
    return (lastSuccess ?? 0) + this.intervalMs;
  }

  /** Records how an attempt that ended at `now` went. */
  ended(now: number, succeeded: boolean): void {
    this.lastAttemptEnd = now;
    this.failures = succeeded ? 0 : this.failures + 1;
  }
}
