import { HttpError } from './httpError';

// Paymo's rate limit as users observe it: a fixed window per key (here: per user, or per peer
// address before sign-in); once over the limit every request is a 429 with Retry-After until
// the window ends. Every API answer carries the X-Ratelimit-* headers.

export interface RateLimitConfig {
  limit: number;
  periodSeconds: number;
}
export type RateLimitMode = 'generous' | 'paymo';

export const RATE_LIMIT_MODES: Record<RateLimitMode, RateLimitConfig> = {
  generous: { limit: 1000, periodSeconds: 5 },
  paymo: { limit: 5, periodSeconds: 5 },
};

export function toRateLimitConfig(value: RateLimitMode | RateLimitConfig | undefined): RateLimitConfig {
  if (value === undefined) {
    return RATE_LIMIT_MODES.generous;
  }
  if (typeof value === 'string') {
    const config = RATE_LIMIT_MODES[value];
    if (!config) {
      throw new HttpError(400, `Unknown rate-limit mode "${value}" (use generous or paymo)`, 'mode');
    }
    return config;
  }
  if (!Number.isInteger(value.limit) || value.limit < 1 || !Number.isInteger(value.periodSeconds) || value.periodSeconds < 1) {
    throw new HttpError(400, 'limit and periodSeconds must be positive integers', 'limit');
  }
  return { limit: value.limit, periodSeconds: value.periodSeconds };
}

interface Window {
  start: number;
  count: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private config: RateLimitConfig) {}

  configure(config: RateLimitConfig): void {
    this.config = config;
    this.windows.clear();
  }

  /** Counts a request; returns the headers to send, or throws the 429. */
  hit(key: string): Record<string, string> {
    const now = Date.now();
    const periodMs = this.config.periodSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || now >= window.start + periodMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    const headers = {
      'X-Ratelimit-Decay-Period': String(this.config.periodSeconds),
      'X-Ratelimit-Limit': String(this.config.limit),
      'X-Ratelimit-Remaining': String(Math.max(0, this.config.limit - window.count)),
    };
    if (window.count > this.config.limit) {
      const retryAfter = Math.max(1, Math.ceil((window.start + periodMs - now) / 1000));
      throw new HttpError(
        429,
        `Rate limit exceeded: at most ${this.config.limit} requests per ${this.config.periodSeconds} seconds; retry after ${retryAfter} s`,
        undefined,
        {
          ...headers,
          'Retry-After': String(retryAfter),
        },
      );
    }
    return headers;
  }
}
