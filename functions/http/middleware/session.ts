import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { type AccessObject, type Area, mayAccess } from '../../../shared/access/index.js';
import { resolveViewer } from '../../services/access/session.service.js';
import { NotFoundError, UnauthenticatedError } from '../../services/errors.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { readSessionCookie } from './session-cookie.js';

/**
 * Resolves the signed-in viewer from the session cookie, once per request: `viewer` stays
 * undefined without a cookie, with a cookie that does not verify, from an issuer this runtime
 * does not accept, of an ended or expired session, or of a removed user.
 */
export function resolveSession(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('viewer', undefined);
    c.set('sessionId', undefined);
    const token = readSessionCookie(c);
    if (token && deps.signIn) {
      const resolved = await resolveViewer(deps, token, deps.signIn.acceptedIssuers);
      if (resolved) {
        c.set('viewer', resolved.viewer);
        c.set('sessionId', resolved.sessionId);
      }
    }
    await next();
  });
}

/** The detail of a signed-out refusal (worded in French by the problem wording). */
const signInFirst = 'Sign in first.';

/**
 * The one authorization check of every signed-in route: the viewer may open `area` and the
 * object the route names (read by `object` from the request) is in their scope. Signed out, a
 * page GET goes to sign-in and anything else is a 401 refusal (a page for a browser); out of scope answers exactly like a path
 * that does not exist (404), so a refusal says nothing about what exists.
 */
export function authorize(
  area: Area,
  object?: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => AccessObject | undefined,
): MiddlewareHandler<AppEnv> {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const viewer = c.get('viewer');
    if (!viewer) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect('/auth/sign-in', 303);
      throw new UnauthenticatedError(signInFirst);
    }
    if (!mayAccess(viewer, area, object?.(c))) {
      throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    }
    await next();
  });
}
