import type { FaultSpec } from '../../sandbox/faults';
import type { QuirkSpec } from '../../sandbox/quirks';
import type { RateLimitConfig, RateLimitMode } from '../../sandbox/rateLimit';
import type { LoggedRequest } from '../../sandbox/requestLog';
import type { GenerateSpec } from '../../sandbox/seed/generate';
import type { UserType } from '../../sandbox/users';

// A running sandbox's /__sandbox/ control endpoints, over plain HTTP. Only types come from the
// sandbox's code, so that this loads anywhere: in Node next to a sandbox the test started
// (test/support/sandbox.ts), and in the extension host, which only talks to the one the runner
// started (better-sqlite3 and sharp are not there to load).

export type { FaultSpec, LoggedRequest, QuirkSpec, UserType };

/** Where the control endpoints are: a started `Sandbox`, or the extension-host suite's. */
export interface SandboxOrigin {
  /** `http://127.0.0.1:PORT` */
  origin: string;
}

async function control<T>(sb: SandboxOrigin, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sb.origin}/__sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T & { message?: string };
  if (!res.ok) {
    throw new Error(`Sandbox control ${method} ${path} failed (${res.status}): ${json.message}`);
  }
  return json;
}

/** Queues a fault for the next matching API request(s); see docs/ARCHITECTURE.md. */
export async function injectFault(sb: SandboxOrigin, fault: FaultSpec): Promise<void> {
  await control(sb, 'POST', 'faults', fault);
}

export async function clearFaults(sb: SandboxOrigin): Promise<void> {
  await control(sb, 'DELETE', 'faults');
}

/** Faults not used up yet. */
export async function pendingFaults(sb: SandboxOrigin): Promise<(FaultSpec & { count: number })[]> {
  return (await control<{ faults: (FaultSpec & { count: number })[] }>(sb, 'GET', 'faults')).faults;
}

/** The API requests the sandbox received, oldest first. */
export async function requestLog(sb: SandboxOrigin): Promise<LoggedRequest[]> {
  return (await control<{ requests: LoggedRequest[] }>(sb, 'GET', 'requests')).requests;
}

export async function clearRequestLog(sb: SandboxOrigin): Promise<void> {
  await control(sb, 'DELETE', 'requests');
}

/** Makes the sandbox answer as some real servers do (capped pages, odd records); see sandbox/quirks.ts. */
export async function setQuirks(sb: SandboxOrigin, quirks: QuirkSpec): Promise<void> {
  await control(sb, 'POST', 'quirks', quirks);
}

export async function clearQuirks(sb: SandboxOrigin): Promise<void> {
  await control(sb, 'DELETE', 'quirks');
}

export async function setRateLimit(sb: SandboxOrigin, limit: RateLimitMode | RateLimitConfig): Promise<void> {
  await control(sb, 'POST', 'ratelimit', typeof limit === 'string' ? { mode: limit } : limit);
}

/** Wipes clients and contacts and reseeds; the API key stays. */
export async function resetSandbox(sb: SandboxOrigin, seed: 'demo' | 'empty' = 'demo'): Promise<void> {
  await control(sb, 'POST', 'reset', { seed });
}

/** Adds bulk clients and contacts (no images) in one transaction. */
export async function generateData(sb: SandboxOrigin, spec: GenerateSpec): Promise<{ clients: number; contacts: number; ms: number }> {
  return control(sb, 'POST', 'generate', spec);
}

/** Whether a contact can sign in to the portal with this email and password. */
export async function portalLogin(sb: SandboxOrigin, email: string, password: string): Promise<boolean> {
  return (await control<{ ok: boolean }>(sb, 'POST', 'portal-login', { email, password })).ok;
}

/** A user the sandbox made on request: one more person who can sign in, with their own API key. */
export interface AddedUser {
  id: number;
  name: string;
  email: string;
  password: string;
  apiKey: string;
  /** What the user may do (sandbox/routes/permissions.ts). */
  type: UserType;
  /** Paymo's company the user belongs to (`GET /api/company`). */
  company: { id: number; name: string };
}

/** Adds a user (an admin unless `type` says otherwise), in the company named `company` (made when new; the demo company by default). */
export function addUser(sb: SandboxOrigin, user: { name: string; email: string; password: string; type?: UserType; company?: string }): Promise<AddedUser> {
  return control(sb, 'POST', 'users', user);
}

/** Changes a user's type, as an admin does in Paymo's web app: their next request meets the new rules. */
export async function setUserType(sb: SandboxOrigin, id: number, type: UserType): Promise<void> {
  await control(sb, 'POST', 'users/type', { id, type });
}

/** Makes the open Paymo sessions expire (all, or one user's): their `X-Session` ids then get 401. */
export async function expireSessions(sb: SandboxOrigin, userId?: number): Promise<number> {
  return (await control<{ expired: number }>(sb, 'POST', 'sessions/expire', userId === undefined ? {} : { userId })).expired;
}

/** `Authorization` header value for HTTP Basic. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** `Authorization` header value with the sandbox's API key, as Paymo's third-party tools send it. */
export function apiKeyAuth(sb: { apiKey: string }): string {
  return basicAuth(sb.apiKey, 'X');
}
