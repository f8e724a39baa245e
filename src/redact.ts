// What the log must never show, removed from a line before it is written: the secrets the session
// registered, whatever follows `Basic`/`Bearer`, password and key fields, and user:password@ in URLs.
// Plain text in, plain text out (no `vscode`), so that it is tested in plain Node.

const REDACTED = '[redacted]';
const AUTH_SCHEME = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._-]+/gi;
const SECRET_FIELD = /("?(?:password|apiKey|api_key|authorization|x-session)"?\s*[:=]\s*)("[^"]*"|[^\s,}&]+)/gi;
const URL_USERINFO = /\/\/[^/\s:@]+:[^/\s@]+@/g;

export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out
    .replace(AUTH_SCHEME, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(SECRET_FIELD, (_match, key: string) => `${key}${REDACTED}`)
    .replace(URL_USERINFO, `//${REDACTED}@`);
}
