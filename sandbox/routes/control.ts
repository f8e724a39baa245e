import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxApp } from '../app';
import { readRawBody } from '../bodies';
import { companyOfUser } from '../companies';
import { errorResponse } from '../errors';
import { validateFault } from '../faults';
import { HttpError, badRequest } from '../httpError';
import { toRateLimitConfig, type RateLimitConfig, type RateLimitMode } from '../rateLimit';
import { writeJson, type ApiResponse } from '../response';
import { generateData, type GenerateSpec } from '../seed/generate';
import { reseed, SEED_NAMES, type SeedName } from '../seed/index';
import { verifyPassword } from '../passwords';
import { addUser, setUserType } from '../users';
import { expireSessions } from './sessions';

// The `/__sandbox/` control endpoints for tests and benches (docs/ARCHITECTURE.md): no
// credentials, JSON in and out, and only for peers on the loopback interface that are not web
// pages (a page on this machine could otherwise reset the data with a simple cross-site POST).

function isLoopback(address: string | undefined): boolean {
  return !!address && (/^(::ffff:)?127\./.test(address) || address === '::1');
}

type ControlHandler = (app: SandboxApp, body: Record<string, unknown>) => unknown | Promise<unknown>;

const HANDLERS: Record<string, ControlHandler> = {
  'GET /__sandbox/faults': (app) => ({ faults: app.faults.pending() }),
  'POST /__sandbox/faults': (app, body) => {
    const fault = validateFault(body);
    app.faults.add(fault);
    return { fault };
  },
  'DELETE /__sandbox/faults': (app) => (app.faults.clear(), {}),
  'GET /__sandbox/requests': (app) => ({ requests: app.requestLog.list() }),
  'DELETE /__sandbox/requests': (app) => (app.requestLog.clear(), {}),
  'POST /__sandbox/ratelimit': (app, body) => {
    const config = toRateLimitConfig(body.mode !== undefined ? (body.mode as RateLimitMode) : (body as unknown as RateLimitConfig));
    app.rateLimiter.configure(config);
    return config;
  },
  'GET /__sandbox/quirks': (app) => app.quirks.current(),
  'POST /__sandbox/quirks': (app, body) => app.quirks.configure(body),
  'DELETE /__sandbox/quirks': (app) => (app.quirks.clear(), {}),
  'POST /__sandbox/generate': (app, body) => generateData(app.db, body as unknown as GenerateSpec),
  'POST /__sandbox/reset': async (app, body) => {
    const seed = (body.seed ?? 'demo') as SeedName;
    if (!SEED_NAMES.includes(seed)) {
      throw badRequest(`seed must be one of ${SEED_NAMES.join(', ')}`, 'seed');
    }
    await reseed(app, seed);
    return { seed };
  },
  'POST /__sandbox/users': async (app, body) => {
    const user = await addUser(app.db, body);
    const { id, name } = companyOfUser(app.db, user.id)!;
    return { id: user.id, name: user.name, email: user.email, type: user.type, password: user.password, apiKey: user.api_key, company: { id, name } };
  },
  'POST /__sandbox/users/type': (app, body) => setUserType(app.db, body),
  'POST /__sandbox/sessions/expire': (app, body) => expireSessions(app.db, typeof body.userId === 'number' ? body.userId : undefined),
  // Checks a contact's portal password (portal sign-in itself is not modelled), so that tests can
  // see that granting access stored the password they sent.
  'POST /__sandbox/portal-login': async (app, body) => {
    const row = app.db.prepare('SELECT id, password_hash FROM clientcontacts WHERE email = ? COLLATE NOCASE AND access = 1').get(String(body.email ?? '')) as
      { id: number; password_hash: string | null } | undefined;
    const ok = !!row && (await verifyPassword(String(body.password ?? ''), row.password_hash));
    return { ok, contactId: ok ? row!.id : null };
  },
};

async function answerControl(app: SandboxApp, req: IncomingMessage, url: URL): Promise<ApiResponse> {
  try {
    if (!isLoopback(req.socket.remoteAddress)) {
      throw new HttpError(403, 'The sandbox control endpoints answer loopback clients only');
    }
    if (req.headers.origin !== undefined) {
      throw new HttpError(403, 'The sandbox control endpoints do not answer web pages');
    }
    const handler = HANDLERS[`${req.method} ${url.pathname}`];
    if (!handler) {
      throw new HttpError(404, `Unknown control endpoint: ${req.method} ${url.pathname}`);
    }
    const raw = await readRawBody(req);
    let body: unknown = {};
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      throw badRequest('The control endpoints take a JSON body');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw badRequest('The control endpoints take a JSON object');
    }
    return { status: 200, body: await handler(app, body as Record<string, unknown>) };
  } catch (e) {
    return errorResponse(e);
  }
}

export async function handleControl(app: SandboxApp, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const response = await answerControl(app, req, url);
  writeJson(res, response.status, JSON.stringify(response.body), response.headers ?? {});
}
