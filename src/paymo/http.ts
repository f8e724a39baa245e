// The undici transport: one keep-alive dispatcher per client, the auth header, JSON or multipart
// bodies, a timeout per attempt and the caller's AbortSignal. It returns every answer, whatever its
// status, and turns only failures without an answer into errors (through errorMapping).
import type { Dispatcher, FormData } from 'undici';
import { toPaymoError } from './errorMapping';
import { throwIfCancelled } from './abortable';
import { loadUndici } from './undici';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Relative to the base URL, e.g. `clientcontacts/5`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** JSON is sent as is; a multipart body is made fresh for every attempt (a FormData is read once). */
  body?: { json: unknown } | { multipart: () => FormData };
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface TransportOptions {
  baseUrl: URL;
  /** The credentials' header, name and value (`authorization` or `x-session`). */
  auth: [name: string, value: string];
  /** Called on the first request, so that undici is loaded only when the API client is used. */
  dispatcher: () => Dispatcher;
  timeoutMs: number;
  userAgent: string;
}

export class HttpTransport {
  private dispatcher: Dispatcher | undefined;

  constructor(private readonly options: TransportOptions) {}

  get baseUrl(): URL {
    return this.options.baseUrl;
  }

  /** Path and query, as logged: never the host's credentials or any header. */
  target(req: HttpRequest): string {
    const url = new URL(req.path, this.options.baseUrl);
    const query = Object.entries(req.query ?? {})
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      // %20 rather than URLSearchParams' `+`: Paymo's own examples encode the whole value.
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
      .join('&');
    return query ? `${url.pathname}?${query}` : url.pathname;
  }

  async send(req: HttpRequest, signal: AbortSignal | undefined): Promise<HttpResponse> {
    throwIfCancelled(signal);
    const { baseUrl, timeoutMs } = this.options;
    // One controller for both the timeout and the caller's signal: AbortSignal.any and a second
    // controller per request cost more than the rest of a page's bookkeeping.
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    const onCancel = () => abort.abort();
    signal?.addEventListener('abort', onCancel);
    try {
      this.dispatcher ??= this.options.dispatcher();
      const res = await loadUndici().request(new URL(this.target(req), baseUrl.origin), {
        method: req.method,
        dispatcher: this.dispatcher,
        signal: abort.signal,
        headers: this.headers(req),
        body: encodeBody(req.body),
      });
      return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
    } catch (error) {
      const reason = signal?.aborted ? 'cancelled' : timedOut ? 'timeout' : 'failed';
      throw toPaymoError({ reason, host: baseUrl.host, error, timeoutMs });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCancel);
    }
  }

  async close(): Promise<void> {
    await this.dispatcher?.close();
  }

  private headers(req: HttpRequest): Record<string, string> {
    const headers: Record<string, string> = {
      [this.options.auth[0]]: this.options.auth[1],
      accept: 'application/json',
      'user-agent': this.options.userAgent,
    };
    // undici sets the multipart boundary itself.
    if (req.body && 'json' in req.body) headers['content-type'] = 'application/json';
    return headers;
  }
}

function encodeBody(body: HttpRequest['body']): string | FormData | undefined {
  if (!body) return undefined;
  return 'json' in body ? JSON.stringify(body.json) : body.multipart();
}
