import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server';
import { clearFaults, clearQuirks, clearRequestLog } from './sandboxControl';

// Helpers for tests that run against a real sandbox of their own: start one on a free port with a
// temporary data folder. Its /__sandbox/ control endpoints are driven through ./sandboxControl
// (re-exported here, so that a Node test has one import).

export * from './sandboxControl';
export type { Sandbox };

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
 * tests. Faults, quirks and the request log are cleared before each test so tests do not leak into each other.
 */
export function useSandbox(options: SandboxOptions = {}): { readonly current: Sandbox } {
  let sb: Sandbox | undefined;
  before(async () => {
    sb = await startSandbox({ port: 0, seed: 'demo', ...options });
  });
  beforeEach(async () => {
    await clearFaults(sb!);
    await clearQuirks(sb!);
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
