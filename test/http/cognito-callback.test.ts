import { createHash } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cognitoIdentityProvider,
  idTokenVerifier,
} from '../../functions/adapters/auth/cognito-identity-provider.js';
import { signInStateCookies } from '../../functions/adapters/auth/sign-in-state.js';
import { sessionCookieFrom, signInHarness, signInUsers } from '../support/sign-in-harness.js';
import { createTestDatabase } from '../support/test-tables.js';

const settings = {
  userPoolId: 'eu-west-3_AbCdEf123',
  clientId: '1example23456789abcdefghij',
  domain: 'https://duopulse-test.auth.eu-west-3.amazoncognito.com',
  redirectUri: 'https://pulse.centre.example/auth/callback',
};
const issuer = 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_AbCdEf123';

type Claims = Record<string, unknown>;
let h: Awaited<ReturnType<typeof signInHarness>>;
let signIdToken: (claims: Claims) => Promise<string>;
/** What the fake token endpoint answers next, and the requests it received. */
let nextIdClaims: Claims;
const tokenRequests: URLSearchParams[] = [];
const challenges = new Map<string, string>();

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  signIdToken = (claims) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  const verifier = idTokenVerifier(settings);
  verifier.cacheJwks({ keys: [jwk as never] });
  const identity = cognitoIdentityProvider(settings, {
    verifier,
    // Cognito's token endpoint: gives the ID token only for the code's PKCE verifier (RFC 7636).
    fetchToken: async (_url, init) => {
      const form = new URLSearchParams(String(init.body));
      tokenRequests.push(form);
      const challenge = createHash('sha256')
        .update(form.get('code_verifier') ?? '')
        .digest('base64url');
      if (challenges.get(form.get('code') ?? '') !== challenge) {
        return new Response('{"error":"invalid_grant"}', { status: 400 });
      }
      return Response.json({ id_token: await signIdToken(nextIdClaims), token_type: 'Bearer' });
    },
  });
  const db = await createTestDatabase();
  // The ID tokens are signed now: the app's clock must agree for the sign-in state cookie.
  h = await signInHarness({
    db,
    now: new Date(),
    signIn: {
      acceptedIssuers: [issuer],
      provider: { identity, state: signInStateCookies(db.config.APP_SECRET) },
      devLogin: false,
    },
  });
  await h.seed();
});

/** Starts a sign-in, lets "Cognito" issue `code` for it, and returns the callback's answer. */
async function signInThroughCognito(claims: Claims, options: { tamperState?: boolean } = {}) {
  const start = await h.request('GET', '/auth/sign-in');
  expect(start.status).toBe(302);
  const location = new URL(start.headers.get('location') ?? '');
  const stateCookie = start.headers
    .getSetCookie()
    .find((c) => c.startsWith('__Host-duopulse-sign-in='))
    ?.split(';')[0];
  const code = `code-${challenges.size}`;
  challenges.set(code, location.searchParams.get('code_challenge') ?? '');
  nextIdClaims = claims;
  const state = options.tamperState ? 'forged-state' : (location.searchParams.get('state') ?? '');
  return h.request('GET', `/auth/callback?code=${code}&state=${encodeURIComponent(state)}`, {
    cookie: stateCookie,
  });
}

function idClaims(email: string, groups: string[], extra: Claims = {}): Claims {
  return {
    iss: issuer,
    aud: settings.clientId,
    token_use: 'id',
    sub: `sub-${email}`,
    email,
    email_verified: true,
    'cognito:groups': groups,
    auth_time: Math.floor(Date.now() / 1000),
    ...extra,
  };
}

describe('Cognito managed login, code flow with PKCE', () => {
  it('verifies the ID token with aws-jwt-verify, maps the group to the role and opens the same session', async () => {
    const res = await signInThroughCognito(idClaims(signInUsers.manager.email, ['manager']));
    expect(res.status).toBe(303);
    const cookie = sessionCookieFrom(res.headers);
    expect(cookie).toBeDefined();
    expect(tokenRequests.at(-1)?.get('redirect_uri')).toBe(settings.redirectUri);
    const home = await h.request('GET', '/', { cookie });
    expect(home.body).toContain('claire.martin@centre.example');
  });

  it.each([
    ['a forged state', idClaims(signInUsers.hr.email, ['hr']), { tamperState: true }, 400],
    ['two role groups', idClaims(signInUsers.admin.email, ['admin', 'hr']), {}, 403],
    ['no role group', idClaims(signInUsers.hr.email, ['readers']), {}, 403],
    ['a group other than the recorded role', idClaims(signInUsers.manager.email, ['hr']), {}, 403],
    ['an unverified email', idClaims(signInUsers.hr.email, ['hr'], { email_verified: false }), {}, 403],
    ['another client as audience', idClaims(signInUsers.hr.email, ['hr'], { aud: 'other-client' }), {}, 403],
    ['another pool as issuer', idClaims(signInUsers.hr.email, ['hr'], { iss: `${issuer}x` }), {}, 403],
    ['an access token', idClaims(signInUsers.hr.email, ['hr'], { token_use: 'access' }), {}, 403],
    ['an unknown person', idClaims('stranger@centre.example', ['hr']), {}, 403],
  ] as const)('refuses %s: no session cookie', async (_case, claims, options, status) => {
    const res = await signInThroughCognito(claims, options);
    expect(res.status).toBe(status);
    expect(sessionCookieFrom(res.headers)).toBeUndefined();
  });

  it('a callback without the sign-in cookie, or with a bad code, is refused with a page, never a 500', async () => {
    const bare = await h.request('GET', '/auth/callback?code=x&state=y');
    expect(bare.status).toBe(400);
    expect(bare.body).toContain('Recommencez');
    const start = await h.request('GET', '/auth/sign-in');
    const stateCookie = start.headers.getSetCookie()[0]?.split(';')[0];
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const badCode = await h.request('GET', `/auth/callback?code=unknown&state=${state}`, {
      cookie: stateCookie,
    });
    expect(badCode.status).toBe(403);
  });

  it('sign-out ends the session here and sends the browser to Cognito’s logout', async () => {
    const res = await signInThroughCognito(idClaims(signInUsers.payroll.email, ['payroll']));
    const cookie = sessionCookieFrom(res.headers);
    const out = await h.request('POST', '/auth/sign-out', { cookie });
    expect(out.headers.get('location')).toBe(
      `${settings.domain}/logout?client_id=${settings.clientId}&logout_uri=https%3A%2F%2Fpulse.centre.example%2F`,
    );
    expect((await h.request('GET', '/', { cookie })).body).not.toContain('payroll@centre.example');
  });
});
