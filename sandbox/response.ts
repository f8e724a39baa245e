import type { ServerResponse } from 'node:http';

/** What a handler answers; written to the socket by the server (or withheld by a fault). */
export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): ApiResponse {
  return { status, body, headers };
}

export function writeJson(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}
