import { createMiddleware } from 'hono/factory';
import { authenticateApiKey } from '../services/api-key.service.js';
import type { ApiKeyRepository } from '../services/ports/api-key.port.js';
import { type ApiScope, assertHasScope } from '../services/scope.js';
import type { AppEnv } from './app-deps.js';

/** The credentials of `Authorization: Bearer <key>`; the scheme is case-insensitive (RFC 7235). */
export function bearerCredentials(header: string | undefined): string | undefined {
  const match = header ? /^bearer +(\S+) *$/i.exec(header) : null;
  return match?.[1];
}

/** Integration routes: `Authorization: Bearer <key>`, the one way to pass a key, checked on every request. */
export function apiKeyAuth(repo: ApiKeyRepository) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('scope', await authenticateApiKey(repo, bearerCredentials(c.req.header('authorization'))));
    await next();
  });
}

/** A route's required scope: a key without it gets 403 before anything is read or written. */
export function requireScope(needed: ApiScope) {
  return createMiddleware<AppEnv>(async (c, next) => {
    assertHasScope(c.var.scope, needed);
    await next();
  });
}

/** How a key's writes appear in the roster history. */
export function keyAuthor(scope: { keyId: string }): string {
  return `key:${scope.keyId}`;
}
