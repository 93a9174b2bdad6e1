import { createMiddleware } from 'hono/factory';
import { authenticateApiKey } from '../services/api-key.service.js';
import type { ApiKeyRepository } from '../services/ports/api-key.port.js';
import type { AppEnv } from './app-deps.js';

/** Integration routes: `Authorization: Bearer <key>` (or `X-Api-Key`), checked on every request. */
export function apiKeyAuth(repo: ApiKeyRepository) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    const presented = header?.startsWith('Bearer ') ? header.slice(7).trim() : c.req.header('x-api-key');
    c.set('scope', await authenticateApiKey(repo, presented));
    await next();
  });
}
