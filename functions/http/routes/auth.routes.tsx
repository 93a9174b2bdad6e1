import type { Context } from 'hono';
import { Hono } from 'hono';
import { DevLoginPage } from '../../../web/pages/auth/dev-login.page.js';
import { SignInRefusedPage } from '../../../web/pages/auth/sign-in-refused.page.js';
import { newSignInAttempt } from '../../adapters/auth/sign-in-state.js';
import { endSession } from '../../services/access/session.service.js';
import { signInLocally, signInWithCode } from '../../services/access/sign-in.service.js';
import { SignInRefusedError } from '../../services/access/sign-in-refused.js';
import { NotFoundError } from '../../services/errors.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { browserLocale } from '../middleware/request-locale.js';
import {
  clearSessionCookie,
  clearSignInCookie,
  readSignInCookie,
  setSessionCookie,
  setSignInCookie,
} from '../middleware/session-cookie.js';

/** Longest `code` or `state` accepted from the callback's query (Cognito's are far shorter). */
const maxCallbackParam = 2048;

/** Opens the session a sign-in produced, or shows why it was refused; never a 500. */
async function openSession(c: Context<AppEnv>, signIn: () => Promise<{ token: string; expiresAt: Date }>) {
  try {
    const { token, expiresAt } = await signIn();
    setSessionCookie(c, token, expiresAt);
    return c.redirect('/', 303);
  } catch (error) {
    if (!(error instanceof SignInRefusedError)) throw error;
    c.header('Cache-Control', 'no-store');
    return c.html(<SignInRefusedPage locale={browserLocale(c)} reason={error.reason} />, 403);
  }
}

function noRoute(c: Context): never {
  throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
}

/**
 * /auth: sign-in through the identity provider (Cognito's managed login, code flow with PKCE),
 * its callback, and sign-out, which ends the session on the server.
 */
export function authRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/sign-in', async (c) => {
    c.header('Cache-Control', 'no-store');
    if (c.get('viewer')) return c.redirect('/', 303);
    const provider = deps.signIn?.provider;
    if (provider) {
      const attempt = newSignInAttempt();
      setSignInCookie(c, await provider.state.seal(attempt, deps.clock.now()));
      return c.redirect(provider.identity.authorizationUrl(attempt), 302);
    }
    if (deps.signIn?.devLogin) return c.redirect('/dev/login', 303);
    return noRoute(c);
  });

  app.get('/callback', async (c) => {
    const provider = deps.signIn?.provider;
    if (!provider) return noRoute(c);
    c.header('Cache-Control', 'no-store');
    const code = c.req.query('code') ?? '';
    const state = c.req.query('state') ?? '';
    const sealed = readSignInCookie(c);
    clearSignInCookie(c);
    const verifier =
      sealed && code && state && code.length <= maxCallbackParam && state.length <= maxCallbackParam
        ? await provider.state.open(sealed, state, deps.clock.now())
        : undefined;
    if (!verifier) {
      return c.html(<SignInRefusedPage locale={browserLocale(c)} reason="invalid-sign-in" />, 400);
    }
    return openSession(c, () => signInWithCode(deps, provider.identity, code, verifier));
  });

  app.post('/sign-out', async (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) await endSession(deps, sessionId);
    clearSessionCookie(c);
    c.header('Cache-Control', 'no-store');
    const provider = deps.signIn?.provider;
    return c.redirect(provider ? provider.identity.signOutUrl() : '/', 303);
  });

  return app;
}

/**
 * /dev/login, on this machine only (mounted behind the loopback guard in local mode): pick a
 * user and get the same session a real sign-in gives, from the local issuer.
 */
export function devLoginRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    const users = (await deps.users.listUsers()).sort(
      (a, b) => a.role.localeCompare(b.role) || a.email.localeCompare(b.email),
    );
    const scoped = users.map((u) => ({
      email: u.email,
      role: u.role,
      scope: u.teams.length > 0 ? u.teams.join(', ') : (u.advisorId ?? ''),
    }));
    return c.html(<DevLoginPage locale={browserLocale(c)} users={scoped} />);
  });
  app.post('/', async (c) => {
    const email = ((await formFields(c)).email ?? '').slice(0, 254);
    return openSession(c, () => signInLocally(deps, email));
  });
  return app;
}
