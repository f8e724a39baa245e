// Paymo allows about 5 requests per 5 seconds per key (Paymo API documentation, rate limiting). Requests therefore go out one
// after another in arrival order; when the server says the window is nearly used up, the next
// request waits for the window to end instead of running into a 429; and a 429 (which the server did
// not process, so re-sending is safe even for a create) is waited out and sent again.
import { sleep, unlessCancelled } from './abortable';
import type { HttpResponse } from './http';

/** A 429 asking for longer than this is reported to the caller instead of waited out. */
export const MAX_RETRY_AFTER_SECONDS = 60;
/** How many 429s in a row one request waits out before giving up. */
const MAX_RATE_LIMITED_TRIES = 5;
/**
 * At this many remaining requests the next one waits for the window to end. Zero uses the whole
 * window: the window start is tracked from the server's own counter, so waiting earlier only costs
 * time (the bench measured 4 of 5 requests per window, 1.36x the limit's minimum, with 1).
 */
const LOW_REMAINING = 0;
/** Server windows are counted in whole seconds; a little slack avoids landing just before the edge. */
const SLACK_MS = 100;

export class RateLimiter {
  private queue: Promise<void> = Promise.resolve();
  private notBefore = 0;
  /** When the request that opened the server's current window went out (Paymo counts fixed windows from their first request). */
  private windowStart: number | undefined;

  /**
   * Runs `send` when its turn comes; other callers wait behind it. Returns the last answer: a 429
   * only when waiting it out was not sensible (see MAX_RETRY_AFTER_SECONDS).
   */
  async run(send: () => Promise<HttpResponse>, signal: AbortSignal | undefined): Promise<HttpResponse> {
    const previous = this.queue;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    // The next caller waits for both, so a cancelled waiter never lets two requests overlap.
    this.queue = previous.then(() => mine);
    try {
      await unlessCancelled(previous, signal);
      for (let tries = 1; ; tries++) {
        await sleep(this.notBefore - Date.now(), signal);
        const startedAt = Date.now();
        const res = await send();
        this.observe(res, startedAt);
        if (res.status !== 429) return res;
        // Without a readable Retry-After, the window's length is the longest the wait can be.
        const wait = retryAfterSeconds(res) ?? numberHeader(res, 'x-ratelimit-decay-period');
        if (wait === undefined || wait > MAX_RETRY_AFTER_SECONDS || tries >= MAX_RATE_LIMITED_TRIES) return res;
        this.notBefore = Date.now() + wait * 1000 + SLACK_MS;
      }
    } finally {
      release();
    }
  }

  private observe(res: HttpResponse, startedAt: number): void {
    const remaining = numberHeader(res, 'x-ratelimit-remaining');
    const limit = numberHeader(res, 'x-ratelimit-limit');
    const period = numberHeader(res, 'x-ratelimit-decay-period');
    if (remaining === undefined || period === undefined) return;
    const periodMs = period * 1000;
    if (remaining === (limit ?? 0) - 1) this.windowStart = startedAt;
    if (remaining > LOW_REMAINING) return;
    // Unknown or stale window start (another program shares the key): wait a whole period to be safe.
    const start = this.windowStart !== undefined && this.windowStart > startedAt - periodMs ? this.windowStart : startedAt;
    this.notBefore = Math.max(this.notBefore, start + periodMs + SLACK_MS);
  }
}

/** `Retry-After` in seconds (a number or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(res: HttpResponse): number | undefined {
  const value = header(res, 'retry-after');
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function numberHeader(res: HttpResponse, name: string): number | undefined {
  const value = Number(header(res, name));
  return Number.isFinite(value) && header(res, name) !== undefined ? value : undefined;
}

function header(res: HttpResponse, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
