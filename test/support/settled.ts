import type { LoggedRequest } from '../../sandbox/requestLog';

// A request the sandbox delayed is still handled after the client gave up on it, so a test that
// clears a fault waits for the sandbox to finish everything it received before it looks or retries.
// Takes the request log's reader, so that plain-Node and extension-host tests share it.

export async function untilSandboxSettled(requests: () => Promise<readonly LoggedRequest[]>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while ((await requests()).some((r) => r.status === null && r.fault !== 'drop')) {
    if (Date.now() > end) throw new Error('The sandbox did not finish its delayed requests');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
