// Every failure the Paymo API can report, as one union (`PaymoError`) discriminated by `kind`:
// `switch (error.kind)` narrows to the class, with its own facts, without casts. `errorMapping.ts`
// is the one place that turns an HTTP answer or a transport failure into one of them, so that
// callers switch on `kind`, never on status numbers.
import { answerProblemMessage, type AnswerProblem } from './answerProblems';
import { inputProblemMessage, problemField, type InputProblem } from './inputProblems';

/** What every Paymo error has. Not exported: a new kind joins the union below, so that switches stay exhaustive. */
abstract class PaymoErrorBase extends Error {
  abstract readonly kind: string;
  /** True when the request may have reached the server and changed something. */
  readonly mayHaveReachedServer: boolean;
  /**
   * Paymo's own `message`, when its answer had one. `message` is an English sentence for the log;
   * an extension phrases the failure in the user's language from `kind`, the facts of its class and this.
   */
  serverMessage?: string;
  constructor(
    message: string,
    readonly status?: number,
    mayHaveReachedServer = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
    this.mayHaveReachedServer = mayHaveReachedServer;
  }
}

/** 400 (or another 4xx without its own class): the server's own message, and the field it names when it names one. */
export class PaymoBadRequestError extends PaymoErrorBase {
  readonly kind = 'badRequest';
  constructor(
    message: string,
    readonly field?: string,
    status = 400,
  ) {
    super(message, status);
  }
}
export class PaymoAuthError extends PaymoErrorBase {
  readonly kind = 'auth';
  constructor(message: string) {
    super(message, 401);
  }
}
/** What a 403 refused: the kind of request and the collection it was for, so that a message can name the permission. */
export interface RefusedRequest {
  operation: 'read' | 'create' | 'update' | 'delete';
  /** The API's collection: `clients`, `clientcontacts`, … */
  collection: string;
}
/** 403: Paymo does not allow the signed-in user this (their role, or the company's plan). */
export class PaymoForbiddenError extends PaymoErrorBase {
  readonly kind = 'forbidden';
  constructor(
    message: string,
    /** Absent only where the request is not known. */
    readonly refused?: RefusedRequest,
  ) {
    super(message, 403);
  }
}
export class PaymoNotFoundError extends PaymoErrorBase {
  readonly kind = 'notFound';
  constructor(message: string) {
    super(message, 404);
  }
}
/** 429 that the API did not wait out (the server asked for longer than it waits, or kept refusing). */
export class PaymoRateLimitError extends PaymoErrorBase {
  readonly kind = 'rateLimit';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 429);
  }
}
export class PaymoServerError extends PaymoErrorBase {
  readonly kind = 'server';
  constructor(message: string, status: number) {
    super(message, status, true);
  }
}
/** `host` and `seconds` let the extension say it in the user's language. */
export class PaymoTimeoutError extends PaymoErrorBase {
  readonly kind = 'timeout';
  constructor(
    message: string,
    mayHaveReachedServer: boolean,
    readonly host = '',
    readonly seconds?: number,
  ) {
    super(message, undefined, mayHaveReachedServer);
  }
}
/** What went wrong with the connection, for a message in the user's language. */
export type NetworkFailure = 'refused' | 'unknownHost' | 'connectTimeout' | 'closed' | 'untrustedCertificate' | 'other';

/** `host`, `failure` and `code` (Node's or undici's, e.g. `ECONNREFUSED`) let the extension say it in the user's language. */
export class PaymoNetworkError extends PaymoErrorBase {
  readonly kind = 'network';
  constructor(
    message: string,
    mayHaveReachedServer: boolean,
    cause?: unknown,
    readonly host = '',
    readonly failure: NetworkFailure = 'other',
    readonly code?: string,
  ) {
    super(message, undefined, mayHaveReachedServer, { cause });
  }
}
/** The server answered, but not with what the contract promises; `problem` says how. */
export class PaymoMalformedResponseError extends PaymoErrorBase {
  readonly kind = 'malformed';
  constructor(
    readonly problem: AnswerProblem,
    status?: number,
  ) {
    super(answerProblemMessage(problem, status), status, true);
  }
}
/** Refused before sending (a bad base URL, an image that is not an image, a missing field); `problem` says why. */
export class PaymoInvalidInputError extends PaymoErrorBase {
  readonly kind = 'invalidInput';
  /** The field at fault, when there is one (`baseUrl`, `image`, `name`, …). */
  readonly field: string | undefined;
  constructor(readonly problem: InputProblem) {
    super(inputProblemMessage(problem));
    this.field = problemField(problem);
  }
}
/** The caller's AbortSignal fired. `mayHaveReachedServer` tells whether the request was already on its way. */
export class PaymoCancelledError extends PaymoErrorBase {
  readonly kind = 'cancelled';
  constructor(mayHaveReachedServer = false) {
    super('The request was cancelled.', undefined, mayHaveReachedServer);
  }
}
/**
 * A create failed after it may have reached the server (connection lost, timeout, 5xx, unreadable
 * answer). It is never retried, because a retry could make a duplicate: the caller should refresh
 * and look before trying again. `cause` is the underlying error.
 */
export class PaymoOutcomeUnknownError extends PaymoErrorBase {
  readonly kind = 'outcomeUnknown';
  /** What may have been created, for a message in the user's language. */
  constructor(
    message: string,
    override readonly cause: PaymoError,
    readonly created: CreatedKind = 'contact',
  ) {
    super(message, cause.status, true, { cause });
  }
}

export type CreatedKind = 'contact' | 'client';

export type PaymoError =
  | PaymoBadRequestError
  | PaymoAuthError
  | PaymoForbiddenError
  | PaymoNotFoundError
  | PaymoRateLimitError
  | PaymoServerError
  | PaymoTimeoutError
  | PaymoNetworkError
  | PaymoMalformedResponseError
  | PaymoInvalidInputError
  | PaymoCancelledError
  | PaymoOutcomeUnknownError;

export type PaymoErrorKind = PaymoError['kind'];

/**
 * `error instanceof PaymoError` narrows to the union (TypeScript reads `Symbol.hasInstance`), so
 * that a `switch (error.kind)` after it narrows on to one class.
 */
export const PaymoError = {
  [Symbol.hasInstance]: (value: unknown): value is PaymoError => value instanceof PaymoErrorBase,
};
