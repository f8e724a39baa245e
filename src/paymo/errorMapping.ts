// The one place where an HTTP answer or a transport failure becomes a typed PaymoError, with a
// message that says what happened (the server's own `message` whenever it sends one). What to do
// about it is the caller's to add, in the user's language: it is not repeated here.
import {
  PaymoAuthError,
  PaymoBadRequestError,
  PaymoCancelledError,
  PaymoError,
  PaymoForbiddenError,
  PaymoMalformedResponseError,
  PaymoNetworkError,
  PaymoNotFoundError,
  PaymoOutcomeUnknownError,
  PaymoRateLimitError,
  PaymoServerError,
  PaymoTimeoutError,
  type CreatedKind,
  type NetworkFailure,
  type RefusedRequest,
} from './errors';
import type { HttpRequest } from './http';

/** An answer with a status the caller does not treat as success. */
export interface ErrorResponse {
  status: number;
  text: string;
  retryAfterSeconds: number | undefined;
  /** The request it answers: a 403 says what was refused. */
  request?: Pick<HttpRequest, 'method' | 'path'>;
}

/** The request never got an answer. */
export interface TransportFailure {
  reason: 'failed' | 'timeout' | 'cancelled';
  /** host[:port] the request was for, for messages. */
  host: string;
  error?: unknown;
  timeoutMs?: number;
}

export function toPaymoError(input: ErrorResponse | TransportFailure): PaymoError {
  return 'reason' in input ? fromTransport(input) : fromResponse(input);
}

function fromResponse(response: ErrorResponse): PaymoError {
  const error = fromStatus(response);
  const { message } = errorBody(response.text);
  if (message) error.serverMessage = message;
  return error;
}

function fromStatus({ status, text, retryAfterSeconds, request }: ErrorResponse): PaymoError {
  const { message, field } = errorBody(text);
  const say = (fallback: string) => message ?? fallback;
  switch (status) {
    case 400:
      return new PaymoBadRequestError(say('Paymo refused the request as invalid (HTTP 400).'), field);
    case 401:
      return new PaymoAuthError(say('Paymo did not accept the credentials (HTTP 401). Check the API key, or the email and password.'));
    case 403:
      return new PaymoForbiddenError(say('Your Paymo account is not allowed to do this (HTTP 403).'), request && refusedRequest(request));
    case 404:
      return new PaymoNotFoundError(say('Paymo does not have this object (HTTP 404).'));
    case 429: {
      const seconds = retryAfterSeconds ?? 0;
      return new PaymoRateLimitError(say('Paymo is limiting requests (HTTP 429).'), seconds);
    }
  }
  if (status >= 500) {
    return new PaymoServerError(`Paymo had a problem answering (HTTP ${status})${message ? `: ${message}` : '.'}`, status);
  }
  if (status >= 400) return new PaymoBadRequestError(say(`Paymo refused the request (HTTP ${status}).`), field, status);
  return new PaymoMalformedResponseError({ kind: 'unexpectedStatus' }, status);
}

/** A GET reads; a POST to a collection creates; a POST or PUT to one object (`clients/5`) updates it. */
function refusedRequest({ method, path }: Pick<HttpRequest, 'method' | 'path'>): RefusedRequest {
  const [collection = '', id] = path.split('?')[0]!.split('/');
  const operation = method === 'GET' ? 'read' : method === 'DELETE' ? 'delete' : method === 'POST' && !id ? 'create' : 'update';
  return { operation, collection };
}

/** Paymo's error body is `{"message": …}`, sometimes with the `field` it is about. */
function errorBody(text: string): { message?: string; field?: string } {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return {};
    const { message, field } = body as Record<string, unknown>;
    return {
      message: typeof message === 'string' && message.trim() ? message : undefined,
      field: typeof field === 'string' && field ? field : undefined,
    };
  } catch {
    return {};
  }
}

/**
 * Failures that happen before a single byte of the request left this machine: the server cannot
 * have acted on it. Anything else (a socket closed mid-exchange, a reset) may have reached it.
 */
const UNTRUSTED_CERTIFICATE = new Set([
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);
const BEFORE_SENDING = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
  ...UNTRUSTED_CERTIFICATE,
]);

function fromTransport({ reason, host, error, timeoutMs }: TransportFailure): PaymoError {
  if (reason === 'cancelled') return new PaymoCancelledError(true);
  if (reason === 'timeout') {
    const seconds = (timeoutMs ?? 0) / 1000;
    return new PaymoTimeoutError(`Paymo (${host}) did not answer within ${seconds} second${seconds === 1 ? '' : 's'}.`, true, host, seconds);
  }
  const code = errorCode(error);
  const beforeSending = code !== undefined && BEFORE_SENDING.has(code);
  const failure = networkFailure(code);
  return new PaymoNetworkError(networkMessage(failure, code, host, error), !beforeSending, error, host, failure, code);
}

function networkFailure(code: string | undefined): NetworkFailure {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknownHost';
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connectTimeout';
    case 'UND_ERR_SOCKET':
    case 'ECONNRESET':
    case 'EPIPE':
      return 'closed';
  }
  return code && UNTRUSTED_CERTIFICATE.has(code) ? 'untrustedCertificate' : 'other';
}

/** The English sentence for the log (the extension says it in the user's language from `failure`). */
function networkMessage(failure: NetworkFailure, code: string | undefined, host: string, error: unknown): string {
  switch (failure) {
    case 'refused':
      return `Could not connect to ${host}: the connection was refused. Check the address and that the server is running.`;
    case 'unknownHost':
      return `Could not find ${host}. Check the address and your network connection.`;
    case 'connectTimeout':
      return `Could not connect to ${host}: the connection timed out. Check your network or proxy settings.`;
    case 'closed':
      return `The connection to ${host} was closed before an answer arrived.`;
    case 'untrustedCertificate':
      return `The TLS certificate of ${host} is not trusted (${code}). Behind a proxy that inspects TLS, check the http.proxyStrictSSL setting.`;
    case 'other':
      return `Network error talking to ${host}: ${networkDetail(error)}`;
  }
}

/** What Node or undici said, for a failure without a better name. */
function networkDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Node and undici put the code on the error, on its cause, or (happy eyeballs) on an AggregateError's parts. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && e.code !== 'UND_ERR') return e.code;
  if (Array.isArray(e.errors) && e.errors.length > 0) return errorCode(e.errors[0]);
  return e.cause ? errorCode(e.cause) : undefined;
}

/** A create that failed after it may have reached the server: say so, and never retry it. */
export function uncertainCreate(error: PaymoError, what: CreatedKind): PaymoError {
  // A create cancelled once on its way is as uncertain as one whose answer was lost.
  if (!error.mayHaveReachedServer) return error;
  return new PaymoOutcomeUnknownError(
    `The ${what} may have been created even though this failed (${error.message}). Refresh and check before creating it again.`,
    error,
    what,
  );
}
