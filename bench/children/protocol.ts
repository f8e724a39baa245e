// The child's side of `childProcess.ts`: read the JSON input, do the work, send one answer.

export type ChildAnswer<T> = { ok: true; result: T } | { ok: false; error: string };

export function childInput<I>(): I {
  return JSON.parse(process.argv[2] ?? 'null') as I;
}

export function answer<T>(message: ChildAnswer<T>): Promise<void> {
  return new Promise((resolve, reject) => {
    process.send!(message, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** For one-shot children: answers with the work's result or its error, then lets the process end. */
export async function serveOnce<I, O>(work: (input: I) => Promise<O>): Promise<void> {
  try {
    await answer({ ok: true, result: await work(childInput<I>()) });
  } catch (error) {
    await answer({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  process.disconnect();
}
