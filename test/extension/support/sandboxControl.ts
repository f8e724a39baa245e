// The suite's sandbox's /__sandbox/ control endpoints, over HTTP from the extension host. (The Node
// helpers in test/support/sandbox.ts start a sandbox in-process, which loads SQLite; the extension
// host only talks to the one the runner started.)
import type { FaultSpec } from '../../../sandbox/faults';
import type { LoggedRequest } from '../../../sandbox/requestLog';
import { suiteSandbox } from './sandbox';

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${suiteSandbox().origin}/__sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T & { message?: string };
  if (!res.ok) throw new Error(`Sandbox control ${method} ${path} failed (${res.status}): ${json.message}`);
  return json;
}

export const sandboxControl = {
  fault: (spec: FaultSpec) => control('POST', 'faults', spec),
  clearFaults: () => control('DELETE', 'faults'),
  requests: async () => (await control<{ requests: LoggedRequest[] }>('GET', 'requests')).requests,
  clearRequests: () => control('DELETE', 'requests'),
  reset: (seed: 'demo' | 'empty') => control('POST', 'reset', { seed }),
};
