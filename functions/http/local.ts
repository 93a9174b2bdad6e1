import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { AppDeps } from './app-deps.js';

/** Serves the app with Node on this machine; the local stack (scripts/start.ts) wires the deps. */
export function serveLocally(deps: AppDeps, port: number) {
  return serve({ fetch: createApp(deps).fetch, port });
}
