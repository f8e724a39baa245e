// Credentials as Paymo expects them: HTTP Basic for an API key or an email and password, the
// `X-Session` header for a Paymo session (`POST /api/sessions`). The header is built here and handed
// only to the transport; nothing else (logs included) ever sees it.
import { PaymoInvalidInputError } from './errors';

export type Credentials =
  | { kind: 'apiKey'; apiKey: string }
  | { kind: 'password'; email: string; password: string }
  /** A Paymo session opened with the email and password, which are then forgotten; `email` says whose. */
  | { kind: 'session'; sessionId: string; email: string };

/** The header that authenticates a request with these credentials, as name and value. */
export function authHeader(credentials: Credentials): [name: string, value: string] {
  if (credentials.kind === 'session') return ['x-session', required(credentials.sessionId.trim(), 'sessionId', 'The session id is empty.')];
  return ['authorization', authorizationHeader(credentials)];
}

/** `Basic base64(KEY:X)` for an API key (any password works; Paymo ignores it), `Basic base64(email:password)` otherwise. */
export function authorizationHeader(credentials: Exclude<Credentials, { kind: 'session' }>): string {
  const pair =
    credentials.kind === 'apiKey'
      ? `${required(credentials.apiKey.trim(), 'apiKey', 'The API key is empty.')}:X`
      : `${userId(credentials.email)}:${required(credentials.password, 'password', 'The password is empty.')}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

function userId(email: string): string {
  const value = required(email.trim(), 'email', 'The email address is empty.');
  // Basic auth splits user and password at the first colon, so a colon here would corrupt both.
  if (value.includes(':')) throw new PaymoInvalidInputError('The email address must not contain ":".', 'email');
  return value;
}

function required(value: string, field: string, message: string): string {
  if (!value) throw new PaymoInvalidInputError(message, field);
  return value;
}
