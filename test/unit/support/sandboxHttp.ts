import { apiKeyAuth, type Sandbox } from '../../support/sandbox';

// Plain HTTP against the sandbox for its own tests (these test the server, so no API client).

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  json: T;
}

export interface CallOptions {
  /** JSON body (objects), a ready FormData / URLSearchParams, or raw text (set Content-Type). */
  body?: unknown;
  /** `Authorization` value; the API key by default, null for none. */
  auth?: string | null;
  headers?: Record<string, string>;
}

export async function call<T = Record<string, unknown>>(sb: Sandbox, method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const auth = options.auth === undefined ? apiKeyAuth(sb) : options.auth;
  if (auth !== null) {
    headers.Authorization = auth;
  }
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof URLSearchParams || typeof options.body === 'string') {
    body = options.body;
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(new URL(path, sb.apiUrl), { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as T) : ({} as T) };
}

export type Contact = Record<string, unknown> & { id: number; name: string; client_id: number };

export async function contacts(sb: Sandbox, query: string): Promise<Contact[]> {
  const answer = await call<{ clientcontacts: Contact[] }>(sb, 'GET', `clientcontacts?${query}`);
  if (answer.status !== 200) {
    throw new Error(`GET clientcontacts?${query}: ${answer.status} ${JSON.stringify(answer.json)}`);
  }
  return answer.json.clientcontacts;
}

/** `where=` with the value URL-encoded, as a client sends it. */
export function where(text: string): string {
  return `where=${encodeURIComponent(text)}`;
}
