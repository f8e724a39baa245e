// What the log must never show, removed from a line before it is written: the secrets the sign-in
// registered (also as JSON or a URL writes them), whatever follows `Basic`/`Bearer`, the values of
// fields named like a secret, and the user information of URLs. Plain text in, plain text out (no
// `vscode`), so that it is tested in plain Node.

const REDACTED = '[redacted]';
const AUTH_SCHEME = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._-]+/gi;
/** Field names whose value is a secret, as a key of JSON, a query or a header (`password=…`, `"token": "…"`). */
const SECRET_NAMES =
  'password|passwd|pwd|pass|secret|client_secret|token|access_token|refresh_token|(?:x-)?api[-_]?key|apikey|authorization|x-session|session_?id';
// A quoted value ends at its closing quote, not at an escaped one (`"s3cr\"et"`).
const SECRET_FIELD = new RegExp(`((?<![\\w-])"?(?:${SECRET_NAMES})"?\\s*[:=]\\s*)("(?:[^"\\\\]|\\\\.)*"|[^\\s,}&]+)`, 'gi');
// The user information runs to the authority's last `@`: a password may hold one.
const URL_USERINFO = /\/\/[^/\s?#@]*(?::[^/\s?#]*)?@(?=[^/\s?#@]*(?:[/?#\s]|$))/g;
/** Secrets this short would garble ordinary words: they are removed only where they stand alone. */
const SHORT = 4;

export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    for (const form of writtenForms(secret)) out = secret.length < SHORT ? replaceToken(out, form) : out.split(form).join(REDACTED);
  }
  return out
    .replace(AUTH_SCHEME, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(SECRET_FIELD, (_match, key: string) => `${key}${REDACTED}`)
    .replace(URL_USERINFO, `//${REDACTED}@`);
}

/** The secret as it is, inside a JSON string, and percent-encoded in a URL. */
function writtenForms(secret: string): string[] {
  if (!secret) return [];
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}

function replaceToken(text: string, token: string): string {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'gu'), REDACTED);
}
