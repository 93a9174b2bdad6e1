import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app.js';
import type { AppDeps } from './app-deps.js';
import { deployedApiRateLimit } from './middleware/api-rate-limit.js';

/**
 * Serves the app with Node on this machine (scripts/start.ts wires the deps), on loopback unless
 * `hostname` says otherwise; /dev routes read the connection's own remote address.
 */
export function serveLocally(deps: AppDeps, port: number, hostname = '127.0.0.1') {
  const app = createApp({
    peerAddress: (c) => getConnInfo(c).remote.address,
    apiRateLimit: { ...deployedApiRateLimit, nowMs: () => performance.now() },
    ...deps,
  });
  return serve({ fetch: app.fetch, port, hostname });
}
