import type { Authenticator } from './auth';
import type { Db } from './db';
import type { FaultQueue } from './faults';
import type { Quirks } from './quirks';
import type { RateLimiter } from './rateLimit';
import type { RequestLog } from './requestLog';

/** The state of one running sandbox, shared by its request handlers. */
export interface SandboxApp {
  db: Db;
  dataDir: string;
  assetsDir: string;
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  origin: string;
  auth: Authenticator;
  rateLimiter: RateLimiter;
  faults: FaultQueue;
  requestLog: RequestLog;
  quirks: Quirks;
  /** Aborted when the sandbox closes: a delayed request then ends without touching the database. */
  stopping: AbortSignal;
}
