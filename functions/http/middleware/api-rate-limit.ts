import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app-deps.js';

/** How many requests a key may send: a steady rate per second and a burst above it. */
export interface ApiRateLimit {
  readonly perSecond: number;
  readonly burst: number;
  /** A monotonic clock in milliseconds (`performance.now`). */
  readonly nowMs: () => number;
}

/** The deployed API's throttling (infra/stateless-stack.ts): 50 requests a second, bursts of 100. */
export const deployedApiRateLimit = { perSecond: 50, burst: 100 } as const;

/**
 * Throttles each API key with a token bucket: past its burst, a request is refused with 429 and
 * `Retry-After` (whole seconds until a request would pass), before anything is read or written.
 * The buckets live in this process: behind the gateway, which throttles the whole API first, it
 * only ever refuses what one instance alone receives.
 */
export function apiRateLimit(limit: ApiRateLimit) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const now = limit.nowMs();
    const bucket = buckets.get(c.var.scope.keyId) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
    bucket.at = now;
    buckets.set(c.var.scope.keyId, bucket);
    if (bucket.tokens < 1) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond))));
      throw new HTTPException(429, {
        message: `More than ${limit.perSecond} requests a second with this key; retry after Retry-After seconds`,
      });
    }
    bucket.tokens -= 1;
    await next();
  });
}
