import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SandboxApp } from './app';
import { serveAsset } from './assets';
import { Authenticator } from './auth';
import { openDatabase } from './db';
import { handleApiExchange } from './exchange';
import { FaultQueue } from './faults';
import { RateLimiter, toRateLimitConfig, type RateLimitConfig, type RateLimitMode } from './rateLimit';
import { Quirks } from './quirks';
import { RequestLog } from './requestLog';
import { writeJson } from './response';
import { handleControl } from './routes/control';
import { initialiseData, type SeedName } from './seed/index';
import { DEMO_USER, EMPLOYEE_USER, userById } from './users';

// The Paymo-compatible server: plain node:http on 127.0.0.1 only, data in SQLite under dataDir.

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Where the database and images live; a temporary folder, removed on close, when omitted. */
  dataDir?: string;
  /** Data for a new (empty) data folder; an existing one is kept as it is. Default 'demo'. */
  seed?: SeedName;
  rateLimit?: RateLimitMode | RateLimitConfig;
}

export interface SandboxUser {
  email: string;
  password: string;
  apiKey: string;
}

export interface Sandbox extends SandboxUser {
  /** `http://127.0.0.1:PORT/api/` */
  apiUrl: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  dataDir: string;
  /** A user who is not an admin: may read, gets 403 on changes. */
  employee: SandboxUser;
  close(): Promise<void>;
}

function route(app: SandboxApp, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> | void {
  const url = new URL(req.url ?? '/', app.origin);
  if (url.pathname.startsWith('/__sandbox/')) {
    return handleControl(app, req, res, url);
  }
  if (url.pathname.startsWith('/assets/') && (req.method === 'GET' || req.method === 'HEAD')) {
    return serveAsset(app.assetsDir, url.pathname, req, res);
  }
  if (url.pathname.startsWith('/api/')) {
    return handleApiExchange(app, req, res, url);
  }
  writeJson(res, 404, JSON.stringify({ message: `Not found: ${url.pathname} (the API is under /api/)` }), {});
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const tempDir = options.dataDir ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'paymo-sandbox-'));
  const dataDir = path.resolve(options.dataDir ?? tempDir!);
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(dataDir);
  const stopping = new AbortController();
  const app: SandboxApp = {
    stopping: stopping.signal,
    db,
    dataDir,
    assetsDir: path.join(dataDir, 'assets'),
    origin: '',
    auth: new Authenticator(db),
    rateLimiter: new RateLimiter(toRateLimitConfig(options.rateLimit)),
    faults: new FaultQueue(),
    requestLog: new RequestLog(),
    quirks: new Quirks(),
  };
  // Requests still being handled: close() waits for them before it closes the database.
  const inFlight = new Set<Promise<void>>();
  const server = http.createServer((req, res) => {
    // Through then(): a synchronous throw in a handler becomes this promise's rejection, not a crash.
    const handling = Promise.resolve()
      .then(() => route(app, req, res))
      .catch((e: unknown) => {
        console.error('Paymo sandbox: request failed', e);
        res.destroy();
      })
      .finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  try {
    await initialiseData(app, options.seed ?? 'demo');
    const port = await listen(server, options.port ?? 0);
    app.origin = `http://127.0.0.1:${port}`;
    const userOf = (u: typeof DEMO_USER | typeof EMPLOYEE_USER): SandboxUser => ({
      email: u.email,
      password: u.password,
      apiKey: userById(db, u.id)!.api_key,
    });
    let closed: Promise<void> | undefined;
    return {
      ...userOf(DEMO_USER),
      employee: userOf(EMPLOYEE_USER),
      apiUrl: `${app.origin}/api/`,
      origin: app.origin,
      port,
      dataDir,
      close: () =>
        (closed ??= new Promise<void>((resolve) => {
          stopping.abort();
          server.close(() => resolve());
          server.closeAllConnections();
        }).then(async () => {
          await Promise.all(inFlight);
          db.close();
          if (tempDir) {
            fs.rmSync(tempDir, { recursive: true, force: true });
          }
        })),
    };
  } catch (e) {
    db.close();
    if (tempDir) {
      fs.rmSync(tempDir, { recursive: true, force: true });
    }
    throw e;
  }
}
