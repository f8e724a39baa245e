// Every failure the Paymo client can report, made in one place (`fromResponse`,
// `fromTransport`) so that callers switch on types, never on status numbers.

export type PaymoErrorKind =
  | 'badRequest' | 'auth' | 'forbidden' | 'notFound' | 'rateLimit' | 'server'
  | 'timeout' | 'network' | 'malformed' | 'invalidInput' | 'cancelled';

export abstract class PaymoError extends Error {
  abstract readonly kind: PaymoErrorKind;
  /** True when the request may have reached the server and changed something. */
  readonly mayHaveReachedServer: boolean;
  constructor(message: string, readonly status?: number, mayHaveReachedServer = false) {
    super(message);
    this.name = new.target.name;
    this.mayHaveReachedServer = mayHaveReachedServer;
  }
}

/** 400: the server's own message, and the field it names when it names one. */
export class PaymoBadRequestError extends PaymoError {
  readonly kind = 'badRequest';
  constructor(message: string, readonly field?: string) { super(message, 400); }
}
export class PaymoAuthError extends PaymoError { readonly kind = 'auth'; constructor(message: string) { super(message, 401); } }
export class PaymoForbiddenError extends PaymoError { readonly kind = 'forbidden'; constructor(message: string) { super(message, 403); } }
export class PaymoNotFoundError extends PaymoError { readonly kind = 'notFound'; constructor(message: string) { super(message, 404); } }
export class PaymoRateLimitError extends PaymoError {
  readonly kind = 'rateLimit';
  constructor(message: string, readonly retryAfterSeconds: number) { super(message, 429); }
}
export class PaymoServerError extends PaymoError {
  readonly kind = 'server';
  constructor(message: string, status: number) { super(message, status, true); }
}
export class PaymoTimeoutError extends PaymoError {
  readonly kind = 'timeout';
  constructor(message: string, mayHaveReachedServer: boolean) { super(message, undefined, mayHaveReachedServer); }
}
export class PaymoNetworkError extends PaymoError {
  readonly kind = 'network';
  constructor(message: string, mayHaveReachedServer: boolean) { super(message, undefined, mayHaveReachedServer); }
}
/** The server answered, but not with what the contract promises. */
export class PaymoMalformedResponseError extends PaymoError {
  readonly kind = 'malformed';
  constructor(message: string, status?: number) { super(message, status, true); }
}
/** Refused before sending: a bad base URL, an image that is not an image, a missing field. */
export class PaymoInvalidInputError extends PaymoError {
  readonly kind = 'invalidInput';
  constructor(message: string, readonly field?: string) { super(message); }
}
export class PaymoCancelledError extends PaymoError { readonly kind = 'cancelled'; constructor() { super('The request was cancelled.'); } }
