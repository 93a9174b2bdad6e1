import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { InvalidCursorError } from '../services/errors.js';
import type { Page } from '../services/ports/roster.port.js';
import type { AppDeps, AppEnv } from './app-deps.js';

const macLength = 22;
const keys = new WeakMap<AppDeps['customerKey'], Buffer>();

/**
 * The cursor key, derived from the app secret through the keyed customer hash under a label
 * that no email address can equal (it has no `@`), so no response ever carries it.
 */
function cursorKey(deps: Pick<AppDeps, 'customerKey'>): Buffer {
  let key = keys.get(deps.customerKey);
  if (!key) {
    key = Buffer.from(deps.customerKey('duopulse/page-cursor/v1'), 'base64url');
    keys.set(deps.customerKey, key);
  }
  return key;
}

/** What a cursor is valid for: this key, this route and these filters (not the page size). */
function cursorContext(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  const filters = [...url.searchParams.entries()]
    .filter(([name]) => name !== 'cursor' && name !== 'limit')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([c.var.scope.keyId, url.pathname, filters]);
}

function mac(deps: Pick<AppDeps, 'customerKey'>, context: string, inner: string): string {
  return createHmac('sha256', cursorKey(deps))
    .update(`${context}\n${inner}`)
    .digest('base64url')
    .slice(0, macLength);
}

/**
 * Seals a repository's page cursor (HMAC-SHA256 with a key derived from the app secret), bound to
 * the caller's key, the route and its filters. A cursor changed in any way, or used on another
 * route, with other filters or by another key, is a 400 naming `cursor`.
 */
export function sealCursor(c: Context<AppEnv>, deps: Pick<AppDeps, 'customerKey'>, inner: string): string {
  return `${inner}.${mac(deps, cursorContext(c), inner)}`;
}

/** The repository cursor inside a sealed one; throws InvalidCursorError for anything else. */
export function openCursor(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'customerKey'>,
  sealed: string | undefined,
): string | undefined {
  if (sealed === undefined) return undefined;
  const dot = sealed.lastIndexOf('.');
  if (dot <= 0) throw new InvalidCursorError();
  const inner = sealed.slice(0, dot);
  const given = Buffer.from(sealed.slice(dot + 1));
  const expected = Buffer.from(mac(deps, cursorContext(c), inner));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidCursorError();
  return inner;
}

/** The page with its `next` cursor sealed for this caller and route. */
export function sealedPage<T>(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'customerKey'>,
  page: Page<T>,
): Page<T> {
  return page.next ? { ...page, next: sealCursor(c, deps, page.next) } : page;
}
