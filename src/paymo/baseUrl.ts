// The API base URL the caller configured, validated once: a typo or an unencrypted remote server is
// refused before any credentials are sent.
import { isIP } from 'node:net';
import { PaymoInvalidInputError } from './errors';

/** Loopback hosts are the only ones allowed over plain `http:` (the local sandbox, a dev server). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  // Not `*.localhost`: a resolver may look such a name up in DNS and send the credentials elsewhere.
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/**
 * Parses the base URL and normalises it to end in `/`. A bare origin (`https://host`) gets
 * Paymo's `/api/` path, and `…/api` gets its missing trailing slash, so that relative resource
 * paths (`clientcontacts`) resolve below it.
 */
export function parseBaseUrl(input: string): URL {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PaymoInvalidInputError(`"${text}" is not a valid URL. Enter the API address, for example https://app.paymoapp.com/api/`, 'baseUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PaymoInvalidInputError(`The API address must start with https:// (got ${url.protocol}).`, 'baseUrl');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new PaymoInvalidInputError(
      `Refusing to send credentials over unencrypted http:// to ${url.hostname}. Use https://, or http:// only for a server on this machine (localhost, 127.0.0.1, ::1).`,
      'baseUrl',
    );
  }
  if (url.username || url.password) {
    throw new PaymoInvalidInputError('The API address must not contain a user name or password; sign in with an API key instead.', 'baseUrl');
  }
  if (url.search || url.hash) {
    throw new PaymoInvalidInputError('The API address must not contain a query (?…) or fragment (#…).', 'baseUrl');
  }
  if (url.pathname === '/') url.pathname = '/api/';
  else if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
