import { badRequest } from './httpError';

// Faults injected through POST /__sandbox/faults for tests of a client's error handling. Each
// fault applies to the next `count` API requests (default 1) whose method matches (when given)
// and whose pathname starts with `path` (when given); the oldest matching fault goes first.

export type FaultAction = 'status' | 'delay' | 'drop' | 'dropAfter' | 'malformed';
const ACTIONS: readonly FaultAction[] = ['status', 'delay', 'drop', 'dropAfter', 'malformed'];

export interface FaultSpec {
  action: FaultAction;
  count?: number;
  method?: string;
  path?: string;
  /** `status`: the status to answer (default 500). */
  status?: number;
  /** `status`: a Retry-After header in seconds (a 429 always gets one, default 1). */
  retryAfter?: number;
  /** `status`: the `message` of the answer. */
  message?: string;
  /** `delay`: how long to wait before handling (default 1000 ms). */
  delayMs?: number;
}

export interface Fault extends FaultSpec {
  count: number;
}

function optionalNumber(spec: Record<string, unknown>, name: string, min: number, max: number): void {
  const v = spec[name];
  if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)) {
    throw badRequest(`${name} must be an integer from ${min} to ${max}`, name);
  }
}

export function validateFault(spec: Record<string, unknown>): Fault {
  if (!ACTIONS.includes(spec.action as FaultAction)) {
    throw badRequest(`action must be one of ${ACTIONS.join(', ')}`, 'action');
  }
  optionalNumber(spec, 'count', 1, 1_000_000);
  optionalNumber(spec, 'status', 100, 599);
  optionalNumber(spec, 'retryAfter', 0, 86_400);
  optionalNumber(spec, 'delayMs', 0, 600_000);
  for (const name of ['method', 'path', 'message']) {
    if (spec[name] !== undefined && typeof spec[name] !== 'string') {
      throw badRequest(`${name} must be a string`, name);
    }
  }
  return { ...(spec as unknown as FaultSpec), count: (spec.count as number | undefined) ?? 1 };
}

export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push(fault);
  }

  clear(): void {
    this.faults = [];
  }

  pending(): readonly Fault[] {
    return this.faults;
  }

  /** The fault for this request, if any, with one use consumed. */
  take(method: string, pathname: string): Fault | undefined {
    const fault = this.faults.find((f) => (!f.method || f.method.toUpperCase() === method) && (!f.path || pathname.startsWith(f.path)));
    if (fault && --fault.count === 0) {
      this.faults = this.faults.filter((f) => f !== fault);
    }
    return fault;
  }
}
