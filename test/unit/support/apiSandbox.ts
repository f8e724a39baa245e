// A sandbox per suite and PaymoApi instances talking real HTTP to it, disposed after each test, with
// every log entry they wrote kept for assertions.
import * as net from 'node:net';
import { PaymoApi, type PaymoApiOptions, type PaymoLogEntry } from '../../../src/paymo';
import type { SandboxOptions } from '../../../sandbox/server';
import { useSandbox, type Sandbox } from '../../support/sandbox';

export interface ApiFixture {
  readonly sb: Sandbox;
  /** What every API client made by `api()` logged in the current test. */
  readonly logs: PaymoLogEntry[];
  /** A client signed in with the sandbox's API key unless `options` say otherwise. */
  api(options?: Partial<PaymoApiOptions>): PaymoApi;
}

export function useApiSandbox(options: SandboxOptions = {}): ApiFixture {
  const sandbox = useSandbox(options);
  const made: PaymoApi[] = [];
  const logs: PaymoLogEntry[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((c) => c.dispose()));
    logs.length = 0;
  });
  return {
    get sb() {
      return sandbox.current;
    },
    logs,
    api(overrides = {}) {
      const sb = sandbox.current;
      const api = new PaymoApi({
        baseUrl: sb.apiUrl,
        credentials: { kind: 'apiKey', apiKey: sb.apiKey },
        log: (entry) => logs.push(entry),
        ...overrides,
      });
      made.push(api);
      return api;
    },
  };
}

/** The rejection of `promise`, asserted to be an instance of `type`. */
export async function rejection<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`Expected ${type.name}, got ${String(error)}`, { cause: error });
  }
  throw new Error(`Expected ${type.name}, but it succeeded`);
}

/** A loopback port where nothing listens. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
