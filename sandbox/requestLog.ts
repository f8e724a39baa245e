// The API requests the sandbox answered, for tests that check what a client sent and for benches
// that count what a refresh cost (GET /__sandbox/requests). Bounded so that a long bench cannot grow it without end.

export interface LoggedRequest {
  method: string;
  path: string;
  /** The decoded query parameters (last value wins). */
  query: Record<string, string>;
  /** The status handled; null when the request was dropped before handling. */
  status: number | null;
  /** ISO time the request arrived. */
  at: string;
  /** Bytes of the response body sent (0 until answered, and when dropped): what a request cost on the wire. */
  bytes: number;
  /** The injected fault applied to it, if any. */
  fault?: string;
}

const MAX_ENTRIES = 10_000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    }
  }

  list(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
