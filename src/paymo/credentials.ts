// Credentials as Paymo expects them: HTTP Basic for an API key or an email and password, the
// `X-Session` header for a Paymo session (`POST /api/sessions`). The header is built here and handed
// only to the transport; nothing else (logs included) ever sees it.
import { PaymoInvalidInputError } from './errors';
import type { InputProblem } from './inputProblems';

export type Credentials =
  | { kind: 'apiKey'; apiKey: string }
  | { kind: 'password'; email: string; password: string }
  /** A Paymo session opened with the email and password, which are then forgotten; `email` says whose. */
  | { kind: 'session'; sessionId: string; email: string };

/** The header that authenticates a request with these credentials, as name and value. */
export function authHeader(credentials: Credentials): [name: string, value: string] {
  if (credentials.kind === 'session') return ['x-session', required(credentials.sessionId.trim(), { kind: 'badSessionId' })];
  return ['authorization', authorizationHeader(credentials)];
}

/** `Basic base64(KEY:X)` for an API key (any password works; Paymo ignores it), `Basic base64(email:password)` otherwise. */
export function authorizationHeader(credentials: Exclude<Credentials, { kind: 'session' }>): string {
  const pair =
    credentials.kind === 'apiKey'
      ? `${required(credentials.apiKey.trim(), { kind: 'emptyApiKey' })}:X`
      : `${userId(credentials.email)}:${required(credentials.password, { kind: 'emptyPassword' })}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

function userId(email: string): string {
  const value = required(email.trim(), { kind: 'emptyEmail' });
  // Basic auth splits user and password at the first colon, so a colon here would corrupt both.
  if (value.includes(':')) throw new PaymoInvalidInputError({ kind: 'colonInEmail' });
  return value;
}

function required(value: string, problem: InputProblem): string {
  if (!value) throw new PaymoInvalidInputError(problem);
  return value;
}
