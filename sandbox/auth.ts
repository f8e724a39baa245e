import type { IncomingHttpHeaders } from 'node:http';
import type { Db } from './db';
import { nowSeconds } from './clock';
import { HttpError } from './httpError';
import { verifyPassword } from './passwords';
import type { User } from './users';

// Paymo's authentication: HTTP Basic with email:password, or with the API key as the user name
// and any password (`KEY:X`); or an `X-Session` id from POST /api/sessions. `apikey:KEY` and
// anything else is a 401.

export const unauthorized = () =>
  new HttpError(401, 'Invalid or missing credentials: use HTTP Basic with email:password or API_KEY:X', undefined, {
    'WWW-Authenticate': 'Basic realm="Paymo"',
  });

export class Authenticator {
  /** Authorization headers already verified (scrypt is deliberately slow; passwords never change here). */
  private readonly verified = new Map<string, number>();

  constructor(private readonly db: Db) {}

  async identify(headers: IncomingHttpHeaders): Promise<User | undefined> {
    const session = headers['x-session'];
    if (typeof session === 'string') {
      return this.db
        .prepare('SELECT u.id, u.name, u.email, u.type, u.api_key FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_on > ?')
        .get(session, nowSeconds()) as User | undefined;
    }
    const header = headers.authorization ?? '';
    const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!m) {
      return undefined;
    }
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) {
      return undefined;
    }
    const name = decoded.slice(0, colon);
    const byKey = this.db.prepare('SELECT id, name, email, type, api_key FROM users WHERE api_key = ?').get(name) as User | undefined;
    if (byKey) {
      return byKey;
    }
    const cached = this.verified.get(header);
    const row = this.db.prepare('SELECT id, name, email, type, api_key, password_hash FROM users WHERE email = ?').get(name) as
      (User & { password_hash: string }) | undefined;
    if (!row || (cached !== row.id && !(await verifyPassword(decoded.slice(colon + 1), row.password_hash)))) {
      return undefined;
    }
    this.verified.set(header, row.id);
    const { password_hash: _hash, ...user } = row;
    return user;
  }
}
