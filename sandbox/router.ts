import type { SandboxApp } from './app';
import type { ParsedBody } from './bodies';
import { HttpError } from './httpError';
import type { ApiResponse } from './response';
import type { User } from './users';

export interface ApiRequest {
  app: SandboxApp;
  method: string;
  url: URL;
  /** The pattern's captured groups (ids). */
  params: string[];
  user: User;
  body: ParsedBody;
}

export type Handler = (req: ApiRequest) => ApiResponse | Promise<ApiResponse>;

export interface Route {
  methods: string[];
  pattern: RegExp;
  handler: Handler;
}

export function route(methods: string | string[], pattern: RegExp, handler: Handler): Route {
  return { methods: Array.isArray(methods) ? methods : [methods], pattern, handler };
}

/** The handler for a request, or a 404 (no such path) / 405 (path exists, not with this method). */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): { handler: Handler; params: string[] } {
  let pathKnown = false;
  for (const r of routes) {
    const m = r.pattern.exec(pathname);
    if (m) {
      pathKnown = true;
      if (r.methods.includes(method)) {
        return { handler: r.handler, params: m.slice(1) };
      }
    }
  }
  throw pathKnown ? new HttpError(405, `Method ${method} is not allowed on ${pathname}`) : new HttpError(404, `Unknown API endpoint: ${pathname}`);
}
