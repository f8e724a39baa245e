// Times are stored as unix seconds (Paymo's `where` compares dates as unix timestamps) and shown
// as second-precision ISO 8601 UTC, like Paymo's `2014-08-13T13:00:24Z`.

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * The next `updated_on` of an object: now, but always after the previous value, so that two
 * updates within one second still give different timestamps a client can compare.
 */
export function nextUpdatedOn(previous: number): number {
  return Math.max(nowSeconds(), previous + 1);
}

export function toIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
