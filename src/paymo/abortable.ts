// Waiting that a caller can cancel: the rate limiter and the retry backoff both wait, and a
// cancelled command must not sit out a 30-second window.
import { setTimeout as delay } from 'node:timers/promises';
import { PaymoCancelledError } from './errors';

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new PaymoCancelledError();
}

export async function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  throwIfCancelled(signal);
  if (ms <= 0) return;
  try {
    await delay(ms, undefined, { signal });
  } catch {
    throw new PaymoCancelledError();
  }
}

/** Waits for `promise`, but gives up (the promise keeps running) when the caller cancels. */
export function unlessCancelled<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  throwIfCancelled(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new PaymoCancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
