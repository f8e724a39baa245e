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
    throw new PaymoInvalidInputError({ kind: 'notUrl', text });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PaymoInvalidInputError({ kind: 'notHttp', protocol: url.protocol });
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new PaymoInvalidInputError({ kind: 'insecureHttp', host: url.hostname });
  }
  if (url.username || url.password) {
    throw new PaymoInvalidInputError({ kind: 'credentialsInUrl' });
  }
  if (url.search || url.hash) {
    throw new PaymoInvalidInputError({ kind: 'queryInUrl' });
  }
  if (url.pathname === '/') url.pathname = '/api/';
  else if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
