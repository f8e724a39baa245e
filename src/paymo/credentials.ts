// HTTP Basic credentials as Paymo expects them. The header value is built here and handed only to the
// transport; nothing else (logs included) ever sees it.
import { PaymoInvalidInputError } from './errors';

export type Credentials = { kind: 'apiKey'; apiKey: string } | { kind: 'password'; email: string; password: string };

/** `Basic base64(KEY:X)` for an API key (any password works; Paymo ignores it), `Basic base64(email:password)` otherwise. */
export function authorizationHeader(credentials: Credentials): string {
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
