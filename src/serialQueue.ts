// Runs changes one at a time, in the order they were asked for: SecretStorage reports our own writes
// back as change events, and an event read while another change is half done would undo it. A change
// that fails is reported and the next one still runs. Plain Node, for every layer.
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly onError: (error: Error) => void) {}

  /** Runs `op` after every change queued before it; its result (or failure) goes to the caller too. */
  run<T>(op: () => Promise<T>): Promise<T> {
    const result = this.tail.then(op);
    this.tail = result.catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
    return result;
  }
}
