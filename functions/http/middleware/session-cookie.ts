import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { signInStateLifetimeSeconds } from '../../adapters/auth/sign-in-state.js';

/**
 * `__Host-` cookies (RFC 6265bis): Secure, Path=/ and no Domain, so no subdomain can set or
 * read them. HttpOnly keeps them from scripts; SameSite=Lax keeps them off cross-site POSTs.
 * Browsers accept Secure cookies on http://localhost and 127.0.0.1, so local sign-in works.
 */
const hostCookie = { prefix: 'host', httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;

/** Name of the session cookie as the browser stores it. */
export const sessionCookieName = '__Host-duopulse-session';
const session = 'duopulse-session';
/** One sign-in attempt's state and PKCE verifier, between /auth/sign-in and /auth/callback. */
const signIn = 'duopulse-sign-in';

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, session, 'host');
}

export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, session, token, { ...hostCookie, expires: expiresAt });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, session, hostCookie);
}

export function readSignInCookie(c: Context): string | undefined {
  return getCookie(c, signIn, 'host');
}

export function setSignInCookie(c: Context, sealed: string): void {
  setCookie(c, signIn, sealed, { ...hostCookie, maxAge: signInStateLifetimeSeconds });
}

export function clearSignInCookie(c: Context): void {
  deleteCookie(c, signIn, hostCookie);
}
