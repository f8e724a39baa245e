import type { FaultSpec } from '../../sandbox/faults';
import type { RateLimitConfig, RateLimitMode } from '../../sandbox/rateLimit';
import type { LoggedRequest } from '../../sandbox/requestLog';
import type { GenerateSpec } from '../../sandbox/seed/generate';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';

// Helpers for tests that run against a real sandbox: start one on a free port with a temporary
// data folder, and drive its /__sandbox/ control endpoints over HTTP.

export type { FaultSpec, LoggedRequest, Sandbox };

/** Starts a sandbox (port 0, temporary data, demo data unless told otherwise), runs `fn`, closes it. */
export async function withSandbox<T>(fn: (sb: Sandbox) => Promise<T>, options: SandboxOptions = {}): Promise<T> {
  const sb = await startSandbox({ port: 0, seed: 'demo', ...options });
  try {
    return await fn(sb);
  } finally {
    await sb.close();
  }
}

/**
 * One sandbox for a mocha suite: started in `before`, closed in `after`. Read `.current` inside
 * tests. Faults and the request log are cleared before each test so tests do not leak into each other.
 */
export function useSandbox(options: SandboxOptions = {}): { readonly current: Sandbox } {
  let sb: Sandbox | undefined;
  before(async () => {
    sb = await startSandbox({ port: 0, seed: 'demo', ...options });
  });
  beforeEach(async () => {
    await clearFaults(sb!);
    await clearRequestLog(sb!);
  });
  after(async () => {
    await sb?.close();
  });
  return {
    get current(): Sandbox {
      if (!sb) {
        throw new Error('The sandbox is not started yet: use it inside a test or a hook');
      }
      return sb;
    },
  };
}

async function control<T>(sb: Sandbox, method: string, path: string, body?: unknown): Promise<T> {
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
export async function injectFault(sb: Sandbox, fault: FaultSpec): Promise<void> {
  await control(sb, 'POST', 'faults', fault);
}

export async function clearFaults(sb: Sandbox): Promise<void> {
  await control(sb, 'DELETE', 'faults');
}

/** Faults not used up yet. */
export async function pendingFaults(sb: Sandbox): Promise<(FaultSpec & { count: number })[]> {
  return (await control<{ faults: (FaultSpec & { count: number })[] }>(sb, 'GET', 'faults')).faults;
}

/** The API requests the sandbox received, oldest first. */
export async function requestLog(sb: Sandbox): Promise<LoggedRequest[]> {
  return (await control<{ requests: LoggedRequest[] }>(sb, 'GET', 'requests')).requests;
}

export async function clearRequestLog(sb: Sandbox): Promise<void> {
  await control(sb, 'DELETE', 'requests');
}

export async function setRateLimit(sb: Sandbox, limit: RateLimitMode | RateLimitConfig): Promise<void> {
  await control(sb, 'POST', 'ratelimit', typeof limit === 'string' ? { mode: limit } : limit);
}

/** Wipes clients and contacts and reseeds; the API key stays. */
export async function resetSandbox(sb: Sandbox, seed: 'demo' | 'empty' = 'demo'): Promise<void> {
  await control(sb, 'POST', 'reset', { seed });
}

/** Adds bulk clients and contacts (no images) in one transaction. */
export async function generateData(sb: Sandbox, spec: GenerateSpec): Promise<{ clients: number; contacts: number; ms: number }> {
  return control(sb, 'POST', 'generate', spec);
}

/** Whether a contact can sign in to the portal with this email and password. */
export async function portalLogin(sb: Sandbox, email: string, password: string): Promise<boolean> {
  return (await control<{ ok: boolean }>(sb, 'POST', 'portal-login', { email, password })).ok;
}

/** `Authorization` header value for HTTP Basic. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** `Authorization` header value with the sandbox's API key, as Paymo's third-party tools send it. */
export function apiKeyAuth(sb: Sandbox): string {
  return basicAuth(sb.apiKey, 'X');
}
