import { Hono } from 'hono';
import { locales } from '../../../shared/roster/index.js';
import { NotFoundError, ValidationError } from '../../services/errors.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

/**
 * Where to go back after a change: the same-origin page the form was sent from (its path and
 * query only), or home.
 */
function backTo(referer: string | undefined, origin: string): string {
  if (!referer) return '/';
  try {
    const url = new URL(referer);
    return url.origin === origin && url.pathname.startsWith('/') ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}

/** /account: the signed-in person's own settings (every role). */
export function accountRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(authorize('home'));

  /** The language of the person's pages and emails: stored on their user, so it follows them. */
  app.post('/language', async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    const requested = (await formFields(c)).locale;
    const locale = locales.find((l) => l === requested);
    if (!locale) {
      const message = viewer.locale === 'fr' ? 'langue inconnue : fr ou en' : 'unknown language: fr or en';
      throw new ValidationError([{ path: 'locale', message }]);
    }
    await deps.users.setLocale(viewer.email, locale);
    return c.redirect(backTo(c.req.header('Referer'), new URL(c.req.url).origin), 303);
  });

  return app;
}
