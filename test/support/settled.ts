import type { LoggedRequest } from '../../sandbox/requestLog';
import { until } from './until';

// A request the sandbox delayed is still handled after the client gave up on it, so a test that
// clears a fault waits for the sandbox to finish everything it received before it looks or retries.
// Takes the request log's reader, so that plain-Node and extension-host tests share it.

export async function untilSandboxSettled(requests: () => Promise<readonly LoggedRequest[]>, timeoutMs = 10_000): Promise<void> {
  const unfinished = async () => (await requests()).some((r) => r.status === null && r.fault !== 'drop');
  await until(async () => !(await unfinished()), 'the sandbox to finish its delayed requests', timeoutMs);
}
