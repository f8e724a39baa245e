import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { answerApi } from './api';
import type { SandboxApp } from './app';
import { readRawBody } from './bodies';
import { errorResponse } from './errors';
import type { Fault } from './faults';
import type { LoggedRequest } from './requestLog';
import { writeJson, type ApiResponse } from './response';

// An API exchange from socket to socket: log it, apply an injected fault if one matches, answer.
// Faults (see faults.ts for matching):
// - status: answer `status` with {"message"} (429 always with Retry-After), nothing handled;
// - delay: wait delayMs after reading the body, then handle normally (also if the client gave up;
//   not if the sandbox closes meanwhile);
// - drop: destroy the socket before handling, nothing stored;
// - dropAfter: handle (the change is stored), then destroy the socket without answering;
// - malformed: handle, then answer 200 with the first half of the JSON (not valid JSON).
// Fault answers skip authentication and rate limiting, and so carry no X-Ratelimit-* headers.

function faultAnswer(fault: Fault): ApiResponse {
  const status = fault.status ?? 500;
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined || status === 429) {
    headers['Retry-After'] = String(fault.retryAfter ?? 1);
  }
  return { status, body: { message: fault.message ?? `Injected fault: ${status}` }, headers };
}

export async function handleApiExchange(app: SandboxApp, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? 'GET';
  const entry: LoggedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: null,
    bytes: 0,
    at: new Date().toISOString(),
  };
  app.requestLog.add(entry);
  const fault = app.faults.take(method, url.pathname);
  if (fault) {
    entry.fault = fault.action;
  }
  if (fault?.action === 'drop') {
    req.socket.destroy();
    return;
  }
  let response: ApiResponse;
  try {
    const raw = await readRawBody(req);
    if (fault?.action === 'delay') {
      await sleep(fault.delayMs ?? 1000, undefined, { signal: app.stopping }).catch(() => undefined);
      if (app.stopping.aborted) {
        req.socket.destroy();
        return;
      }
    }
    response = fault?.action === 'status' ? faultAnswer(fault) : await answerApi(app, req, url, raw);
  } catch (e) {
    response = errorResponse(e);
  }
  entry.status = response.status;
  if (fault?.action === 'dropAfter') {
    req.socket.destroy();
    return;
  }
  const json = JSON.stringify(response.body);
  const body = fault?.action === 'malformed' ? json.slice(0, Math.max(1, Math.floor(json.length / 2))) : json;
  entry.bytes = Buffer.byteLength(body);
  writeJson(res, fault?.action === 'malformed' ? 200 : response.status, body, response.headers ?? {});
}
