// The bench's handle on a sandbox running in a child process: its API address and key, and its
// loopback control endpoints (data generation, rate limit, request log).
import { request } from 'undici';
import type { LoggedRequest } from '../sandbox/requestLog';
import { forkChild } from './childProcess';
import type { SandboxInfo } from './children/sandboxChild';

/** For the load parts, which measure the client's own cost: a limit no load reaches. */
export const UNLIMITED = { limit: 1_000_000, periodSeconds: 1 };

export type RateLimit = { limit: number; periodSeconds: number } | { mode: 'generous' | 'paymo' };

export class BenchSandbox {
  private constructor(
    readonly info: SandboxInfo,
    private readonly stop: () => Promise<void>,
  ) {}

  static async start(): Promise<BenchSandbox> {
    const child = forkChild<SandboxInfo>('sandboxChild', {});
    const info = await child.answer;
    const exited = new Promise<void>((resolve) => child.process.once('exit', () => resolve()));
    return new BenchSandbox(info, async () => {
      child.process.disconnect();
      await exited;
    });
  }

  /** Replaces all data with `clients` clients of `contactsPerClient` contacts each (every tenth client archived). */
  async fill(clients: number, contactsPerClient: number): Promise<void> {
    await this.control('POST', 'reset', { seed: 'empty' });
    await this.control('POST', 'generate', { clients, contactsPerClient });
  }

  setRateLimit(limit: RateLimit): Promise<unknown> {
    return this.control('POST', 'ratelimit', limit);
  }

  clearRequests(): Promise<unknown> {
    return this.control('DELETE', 'requests');
  }

  async requests(): Promise<LoggedRequest[]> {
    const body = (await this.control('GET', 'requests')) as { requests: LoggedRequest[] };
    return body.requests;
  }

  /** The absolute URL of a logged request, to replay it. */
  urlOf(entry: LoggedRequest): string {
    const query = new URLSearchParams(entry.query).toString();
    return `${this.info.origin}${entry.path}${query ? `?${query}` : ''}`;
  }

  close(): Promise<void> {
    return this.stop();
  }

  private async control(method: 'GET' | 'POST' | 'DELETE', name: string, body?: unknown): Promise<unknown> {
    const res = await request(`${this.info.origin}/__sandbox/${name}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    if (res.statusCode >= 300) throw new Error(`sandbox ${method} /__sandbox/${name}: ${res.statusCode} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}
