// One API call from start to finish: wait for its turn (rate limiter), send (transport), read the
// answer into a value or a typed error, log each attempt, and retry when the policy allows.
import type * as v from 'valibot';
import { toPaymoError } from './errorMapping';
import { PaymoError } from './errors';
import type { HttpRequest, HttpResponse, HttpTransport } from './http';
import { RateLimiter, retryAfterSeconds } from './rateLimiter';
import { withRetry, type RetryPolicy } from './retry';
import { decode } from './schemas';

/** One HTTP attempt, for the extension's log. Never headers or bodies: they carry credentials and passwords. */
export interface PaymoLogEntry {
  method: string;
  /** Path and query only. */
  url: string;
  status?: number;
  ms: number;
  /** 1 for the first try of a call, counting re-sends after 429s and retries. */
  attempt: number;
  error?: string;
}

export interface CallOptions<T> {
  /** How to read a successful answer; none for answers whose body does not matter (DELETE). */
  schema?: v.GenericSchema<unknown, T>;
  retry: RetryPolicy;
  signal?: AbortSignal;
  /** For deletes: a 404 after an earlier attempt may have done the work means it is done. */
  goneIsDone?: boolean;
}

export interface CallResult<T> {
  value: T | undefined;
  response: HttpResponse;
}

type Outcome<T> = { value: T | undefined } | { error: PaymoError };

export class RequestPipeline {
  private readonly limiter = new RateLimiter();

  constructor(
    private readonly transport: HttpTransport,
    private readonly log: (entry: PaymoLogEntry) => void = () => {},
  ) {}

  call<T>(req: HttpRequest, options: CallOptions<T>): Promise<CallResult<T>> {
    const { signal } = options;
    let attempt = 0;
    return withRetry(
      options.retry,
      async (_n, earlierMayHaveReachedServer) => {
        let outcome: Outcome<T> = { value: undefined };
        const exchange = async (): Promise<HttpResponse> => {
          const entry = { method: req.method, url: this.transport.target(req), attempt: ++attempt };
          const started = Date.now();
          try {
            const res = await this.transport.send(req, signal);
            outcome = interpret(req, res, options, earlierMayHaveReachedServer);
            this.log({ ...entry, status: res.status, ms: Date.now() - started, ...('error' in outcome ? { error: outcome.error.message } : {}) });
            return res;
          } catch (error) {
            this.log({ ...entry, ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) });
            throw error;
          }
        };
        const response = await this.limiter.run(exchange, signal);
        if ('error' in outcome) throw outcome.error;
        return { value: outcome.value, response };
      },
      signal,
    );
  }
}

function interpret<T>(req: HttpRequest, res: HttpResponse, options: CallOptions<T>, earlierMayHaveReachedServer: boolean): Outcome<T> {
  try {
    if (res.status >= 200 && res.status < 300) {
      return { value: options.schema ? decode(options.schema, res.text, res.status) : undefined };
    }
    if (res.status === 404 && options.goneIsDone && earlierMayHaveReachedServer) return { value: undefined };
    return { error: toPaymoError({ status: res.status, text: res.text, retryAfterSeconds: retryAfterSeconds(res), request: req }) };
  } catch (error) {
    if (error instanceof PaymoError) return { error };
    throw error;
  }
}
