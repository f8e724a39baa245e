import { randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { nowSeconds, toIso } from '../clock';
import { notFound } from '../httpError';
import { ok } from '../response';
import { route, type ApiRequest, type Route } from '../router';

// Sessions: POST /api/sessions (signed in with Basic) gives an id to send as `X-Session`;
// DELETE /api/sessions/{id} ends it; GET /api/sessions lists the user's. Sessions last 30 days and
// never change, so their creation time is their expiry less that; the sandbox only listens on
// 127.0.0.1, which is every session's `ip`.

const SESSION_SECONDS = 30 * 24 * 3600;

interface SessionRow {
  id: string;
  user_id: number;
  expires_on: number;
}

function sessionToJson(row: SessionRow): Record<string, unknown> {
  const created = toIso(row.expires_on - SESSION_SECONDS);
  return { id: row.id, ip: '127.0.0.1', expires_on: toIso(row.expires_on), created_on: created, updated_on: created, user_id: row.user_id };
}

function createSession({ app, user }: ApiRequest) {
  const row: SessionRow = { id: randomBytes(24).toString('hex'), user_id: user.id, expires_on: nowSeconds() + SESSION_SECONDS };
  app.db.prepare('INSERT INTO sessions (id, user_id, expires_on) VALUES (?, ?, ?)').run(row.id, row.user_id, row.expires_on);
  return ok({ sessions: [sessionToJson(row)] }, 201, { Location: `/api/sessions/${row.id}` });
}

function listSessions({ app, user }: ApiRequest) {
  const rows = app.db
    .prepare('SELECT id, user_id, expires_on FROM sessions WHERE user_id = ? AND expires_on > ? ORDER BY expires_on')
    .all(user.id, nowSeconds());
  return ok({ sessions: (rows as SessionRow[]).map(sessionToJson) });
}

function deleteSession({ app, user, params }: ApiRequest) {
  const result = app.db.prepare('DELETE FROM sessions WHERE id = ? AND user_id = ?').run(params[0], user.id);
  if (result.changes === 0) {
    throw notFound(`The session ${params[0]} does not exist`);
  }
  return ok({});
}

/** Makes sessions expire now (all, or one user's), as time would: their ids then get 401. */
export function expireSessions(db: Db, userId?: number): { expired: number } {
  const past = nowSeconds() - 1;
  const result =
    userId === undefined
      ? db.prepare('UPDATE sessions SET expires_on = ? WHERE expires_on > ?').run(past, past)
      : db.prepare('UPDATE sessions SET expires_on = ? WHERE expires_on > ? AND user_id = ?').run(past, past, userId);
  return { expired: result.changes };
}

export const sessionRoutes: Route[] = [
  route('POST', /^\/api\/sessions$/, createSession),
  route('GET', /^\/api\/sessions$/, listSessions),
  route('DELETE', /^\/api\/sessions\/([A-Za-z0-9]+)$/, deleteSession),
];
