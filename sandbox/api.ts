import type { IncomingMessage } from 'node:http';
import type { SandboxApp } from './app';
import { unauthorized } from './auth';
import { parseBody } from './bodies';
import { errorResponse } from './errors';
import type { ApiResponse } from './response';
import { matchRoute, type Route } from './router';
import { clientRoutes } from './routes/clients';
import { companyRoutes } from './routes/company';
import { contactRoutes } from './routes/contacts';
import { meRoutes } from './routes/me';
import { sessionRoutes } from './routes/sessions';

const ROUTES: Route[] = [...meRoutes, ...companyRoutes, ...sessionRoutes, ...clientRoutes, ...contactRoutes];

/**
 * One `/api/` request once its body is read: identify the caller, count it against the rate
 * limit (every answer, even a 401 or 429, carries the X-Ratelimit-* headers), then route it.
 */
export async function answerApi(app: SandboxApp, req: IncomingMessage, url: URL, raw: Buffer): Promise<ApiResponse> {
  const method = req.method ?? 'GET';
  const user = await app.auth.identify(req.headers);
  let rateHeaders: Record<string, string> = {};
  try {
    rateHeaders = app.rateLimiter.hit(user ? `user:${user.id}` : `peer:${req.socket.remoteAddress}`);
    if (!user) {
      throw unauthorized();
    }
    const { handler, params } = matchRoute(ROUTES, method, url.pathname);
    const body = await parseBody(raw, req.headers);
    const response = await handler({ app, method, url, params, user, body });
    return { ...response, headers: { ...rateHeaders, ...response.headers } };
  } catch (e) {
    const response = errorResponse(e);
    return { ...response, headers: { ...rateHeaders, ...response.headers } };
  }
}
