// The faults of the matrix, as data: what the sandbox does to every request of the operation under
// test until the fault is cleared, and what the user must be told for each operation.
import type { PaymoErrorKind } from '../../../src/paymo';
import type { FaultSpec } from '../../support/sandbox';

/**
 * The client under test gives up on an answer after this long; the sandbox's `delay` outlasts it.
 * Short, to keep the matrix fast, but well above a loaded 2-core machine's slowest honest answer.
 */
export const CLIENT_TIMEOUT_MS = 600;
const DELAY_MS = 1500;
/** A fault lasts until the test clears it ("once the fault is gone"), not for a set number of requests. */
const UNTIL_CLEARED = 1000;

/** The operation's traits that decide the outcome of a fault. */
export interface OperationTraits {
  name: string;
  /** A create: never sent twice after a failure that may have reached the server. */
  create: boolean;
  /** Reads its answer's body (a delete does not). */
  readsBody: boolean;
}

/** The user-visible outcome: it worked, or a typed error whose message says what happened. */
export type Expected = { ok: true } | { kind: PaymoErrorKind; message: RegExp; cause?: PaymoErrorKind };

export interface FaultKind {
  name: string;
  /** Injected on the operation's requests; absent for "gone elsewhere", which is a real delete by someone else. */
  spec?: Omit<FaultSpec, 'method' | 'path'>;
  expect(op: OperationTraits): Expected;
}

/** A create whose outcome is unknown says so and says what to do; other operations report the fault itself. */
function uncertainForCreate(kind: PaymoErrorKind, message: RegExp): (op: OperationTraits) => Expected {
  return (op) =>
    op.create
      ? { kind: 'outcomeUnknown', message: /may have been created even though this failed .*Refresh and check before creating it again\./, cause: kind }
      : { kind, message };
}

function serverError(status: number): FaultKind {
  return {
    name: String(status),
    spec: { action: 'status', status, message: 'Database is being upgraded', count: UNTIL_CLEARED },
    expect: uncertainForCreate('server', new RegExp(`Paymo had a problem answering \\(HTTP ${status}\\): Database is being upgraded`)),
  };
}

export const FAULT_KINDS: readonly FaultKind[] = [
  serverError(500),
  serverError(502),
  serverError(503),
  {
    // Waited out by the client: a 429 was not processed, so even a create is sent again.
    name: '429 Retry-After 1 s',
    spec: { action: 'status', status: 429, retryAfter: 1, message: 'Rate limit exceeded', count: 1 },
    expect: () => ({ ok: true }),
  },
  {
    name: '429 Retry-After 120 s',
    spec: { action: 'status', status: 429, retryAfter: 120, message: 'Rate limit exceeded', count: UNTIL_CLEARED },
    expect: () => ({ kind: 'rateLimit', message: /^Rate limit exceeded$/ }),
  },
  {
    name: 'dropped before stored',
    spec: { action: 'drop', count: UNTIL_CLEARED },
    expect: uncertainForCreate('network', /closed before an answer arrived/),
  },
  {
    name: 'dropped after stored',
    spec: { action: 'dropAfter', count: UNTIL_CLEARED },
    expect: uncertainForCreate('network', /closed before an answer arrived/),
  },
  {
    name: 'timeout',
    spec: { action: 'delay', delayMs: DELAY_MS, count: UNTIL_CLEARED },
    expect: uncertainForCreate('timeout', new RegExp(`did not answer within ${CLIENT_TIMEOUT_MS / 1000} seconds`)),
  },
  {
    name: 'malformed body',
    spec: { action: 'malformed', count: UNTIL_CLEARED },
    // A delete reads no body: the change is made and nothing is wrong.
    expect: (op) => (op.readsBody ? uncertainForCreate('malformed', /not valid JSON/)(op) : { ok: true }),
  },
  {
    name: '401 mid-session',
    spec: { action: 'status', status: 401, message: 'Invalid API key', count: UNTIL_CLEARED },
    expect: () => ({ kind: 'auth', message: /^Invalid API key$/ }),
  },
  {
    // Someone else deleted the contact (for a create: its client) before the user acted.
    name: 'gone elsewhere',
    expect: (op) => {
      if (op.name === 'list') return { ok: true };
      if (op.create) return { kind: 'badRequest', message: /client_id \d+ does not exist/ };
      return { kind: 'notFound', message: /The client contact \d+ does not exist/ };
    },
  },
];
