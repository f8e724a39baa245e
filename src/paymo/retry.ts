// Retrying after a failure that may be passing (a dropped connection, a timeout, a 5xx), for
// requests that do the same thing however often they arrive: reads, updates that set fields to
// given values, image replacement and deletes. A create is never retried after a failure that may
// have reached the server: that is how duplicate contacts are made.
import { sleep } from './abortable';
import { PaymoError } from './errors';

export const MAX_ATTEMPTS = 3;
const BASE_BACKOFF_MS = 300;

export type RetryPolicy = 'idempotent' | 'never';

function isTransient(error: unknown): error is PaymoError {
  return error instanceof PaymoError && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server');
}

/**
 * Runs `attempt(1)`, and for idempotent requests up to MAX_ATTEMPTS in all after transient failures,
 * waiting 300 ms, then 600 ms (plus jitter, so that several clients do not retry in step).
 * `attempt` gets the attempt number and whether an earlier attempt may have reached the server.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  attempt: (n: number, earlierMayHaveReachedServer: boolean) => Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  let reached = false;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n, reached);
    } catch (error) {
      if (policy === 'never' || n >= MAX_ATTEMPTS || !isTransient(error)) throw error;
      reached ||= error.mayHaveReachedServer;
      await sleep(BASE_BACKOFF_MS * 2 ** (n - 1) + Math.random() * 100, signal);
    }
  }
}
