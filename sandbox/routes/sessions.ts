import { randomBytes } from 'node:crypto';
import { nowSeconds, toIso } from '../clock';
import { notFound } from '../httpError';
import { ok } from '../response';
import { route, type ApiRequest, type Route } from '../router';

// Sessions: POST /api/sessions (signed in with Basic) gives an id to send as `X-Session`;
// DELETE /api/sessions/{id} ends it. Sessions last 30 days.

const SESSION_SECONDS = 30 * 24 * 3600;

function createSession({ app, user }: ApiRequest) {
  const id = randomBytes(24).toString('hex');
  const expires = nowSeconds() + SESSION_SECONDS;
  app.db.prepare('INSERT INTO sessions (id, user_id, expires_on) VALUES (?, ?, ?)').run(id, user.id, expires);
  return ok({ sessions: [{ id, expires_on: toIso(expires), user_id: user.id }] }, 201, { Location: `/api/sessions/${id}` });
}

function deleteSession({ app, user, params }: ApiRequest) {
  const result = app.db.prepare('DELETE FROM sessions WHERE id = ? AND user_id = ?').run(params[0], user.id);
  if (result.changes === 0) {
    throw notFound(`The session ${params[0]} does not exist`);
  }
  return ok({});
}

export const sessionRoutes: Route[] = [route('POST', /^\/api\/sessions$/, createSession), route('DELETE', /^\/api\/sessions\/([A-Za-z0-9]+)$/, deleteSession)];
