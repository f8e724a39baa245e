// Polling for what happens asynchronously (the extension, VS Code, a browser window, the sandbox),
// instead of sleeping for a guessed time. Loads anywhere: Node, the extension host, the UI journeys.

/**
 * Resolves once `predicate` holds; rejects with "Timed out waiting for <what>" after `timeoutMs`.
 * Checks soon at first, then less often (up to every 250 ms), so that a quick change is seen
 * quickly and a slow one does not flood the server or the browser with checks.
 */
export async function until(predicate: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let pause = 25;
  while (!(await predicate())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 250);
  }
}
