import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { jwtSessionTokens } from '../../functions/adapters/auth/session-tokens.js';
import { accessKeys } from '../../functions/adapters/dynamo/keys.js';
import { loadConfig } from '../../functions/config.js';
import { createApp } from '../../functions/http/app.js';
import { localIssuer } from '../../functions/services/access/sign-in.service.js';
import { deployedSignIn } from '../../functions/wiring/sign-in.wiring.js';
import { sessionCookieFrom, signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
});

describe('/dev/login and the session cookie', () => {
  it('lists the local users and signs one in with a __Host- cookie (HttpOnly, Secure, SameSite=Lax, Path=/)', async () => {
    const page = await h.request('GET', '/dev/login');
    expect(page.status).toBe(200);
    for (const user of Object.values(signInUsers)) expect(page.body).toContain(user.email);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");

    const res = await h.request('POST', '/dev/login', { form: { email: signInUsers.manager.email } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-duopulse-session='));
    expect(setCookie).toMatch(/; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    expect(setCookie).not.toMatch(/Domain=/i);
    // The session lasts ten hours from sign-in.
    const expires = Date.parse(/Expires=([^;]+)/.exec(setCookie ?? '')?.[1] ?? '');
    expect(expires).toBe(Date.parse('2026-03-02T19:00:00Z'));
  });

  it('the landing page says who is signed in and plainly that the team pages come next', async () => {
    const cookie = await h.signInAs(signInUsers.manager.email);
    const home = await h.request('GET', '/', { cookie });
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('no-store');
    expect(home.body).toContain('claire.martin@centre.example');
    expect(home.body).toContain('manager d&#39;équipe');
    expect(home.body).toContain('lyon-1');
    expect(home.body).not.toContain('lille-1');
    expect(home.body).toContain('href="/teams/lyon-1"');
    expect(home.body).not.toContain('href="/pay/policy"');
    expect(home.body).not.toContain('href="/admin/users"');

    const admin = await h.request('GET', '/', { cookie: await h.signInAs(signInUsers.admin.email) });
    expect(admin.body).toContain('Signed in as <strong>admin@centre.example</strong>');
    expect(admin.body).toContain('href="/admin/users"');
    expect(admin.body).not.toContain('href="/teams/');
    expect(admin.body).not.toContain('href="/me"');

    const signedOut = await h.request('GET', '/');
    expect(signedOut.body).not.toContain('Signed in as');
    expect(signedOut.body).not.toContain('Connecté en tant que');
  });

  it('refuses an email that is no user, with a page and no cookie', async () => {
    const res = await h.request('POST', '/dev/login', { form: { email: 'stranger@centre.example' } });
    expect(res.status).toBe(403);
    expect(sessionCookieFrom(res.headers)).toBeUndefined();
    expect(res.body).toContain('Aucun utilisateur Duopulse');
  });

  it('/login and /auth/sign-in lead to /dev/login on this machine', async () => {
    expect((await h.request('GET', '/login')).headers.get('location')).toBe('/auth/sign-in');
    expect((await h.request('GET', '/auth/sign-in')).headers.get('location')).toBe('/dev/login');
  });

  it('/dev/login answers only a loopback peer, like the other /dev tools', async () => {
    const remote = createApp({ ...h.deps, peerAddress: () => '203.0.113.7' });
    const res = await remote.request('http://localhost/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: `email=${encodeURIComponent(signInUsers.admin.email)}`,
    });
    expect(res.status).toBe(404);
    expect(sessionCookieFrom(res.headers)).toBeUndefined();
  });
});

describe('sign-out ends the session on the server', () => {
  it('a signed-out cookie no longer works, even replayed before it expires', async () => {
    const cookie = await h.signInAs(signInUsers.admin.email);
    expect((await h.request('GET', '/admin/users', { cookie })).status).toBe(200);

    const out = await h.request('POST', '/auth/sign-out', { cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/');
    expect(out.headers.getSetCookie().join('\n')).toMatch(/__Host-duopulse-session=; Max-Age=0; Path=\//);

    const replay = await h.request('GET', '/admin/users', { cookie });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/auth/sign-in');
    expect(replay.body).not.toContain('hr@centre.example');
    expect((await h.request('GET', '/', { cookie })).body).not.toContain('admin@centre.example');
  });

  it('signing out one session leaves the person’s other sessions and other people alone', async () => {
    const first = await h.signInAs(signInUsers.hr.email);
    const second = await h.signInAs(signInUsers.hr.email);
    const other = await h.signInAs(signInUsers.payroll.email);
    await h.request('POST', '/auth/sign-out', { cookie: first });
    expect((await h.request('GET', '/', { cookie: second })).body).toContain('hr@centre.example');
    expect((await h.request('GET', '/', { cookie: other })).body).toContain('payroll@centre.example');
  });

  it('stores the session under the hash of its id, with the TTL attribute in epoch seconds', async () => {
    const cookie = await h.signInAs(signInUsers.payroll.email);
    const claims = await jwtSessionTokens(h.db.config.APP_SECRET).verify(
      cookie.split('=')[1] ?? '',
      h.clock.now(),
    );
    expect(claims?.issuer).toBe(localIssuer);
    const byRawId = await h.db.clients.doc.send(
      new GetCommand({
        TableName: h.db.config.MAIN_TABLE_NAME,
        Key: accessKeys.session(claims?.sessionId ?? ''),
      }),
    );
    expect(byRawId.Item).toBeUndefined();
    const hashed = createHash('sha256')
      .update(claims?.sessionId ?? '')
      .digest('base64url');
    const stored = await h.db.clients.doc.send(
      new GetCommand({ TableName: h.db.config.MAIN_TABLE_NAME, Key: accessKeys.session(hashed) }),
    );
    expect(stored.Item).toMatchObject({
      type: 'Session',
      email: 'payroll@centre.example',
      role: 'payroll',
      issuer: localIssuer,
      expiresAt: Date.parse('2026-03-02T19:00:00Z') / 1000,
    });
  });

  it('an expired session or a tampered cookie signs no one in', async () => {
    const cookie = await h.signInAs(signInUsers.payroll.email);
    const [name, value = ''] = cookie.split('=');
    const tampered = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await h.request('GET', '/', { cookie: tampered })).body).not.toContain('payroll@centre.example');

    h.clock.current = new Date('2026-03-02T19:00:01Z');
    expect((await h.request('GET', '/', { cookie })).body).not.toContain('payroll@centre.example');
    h.clock.current = new Date('2026-03-02T09:00:00Z');
    expect((await h.request('GET', '/', { cookie })).body).toContain('payroll@centre.example');
  });
});

describe('issuers', () => {
  it('the deployed configuration refuses a session from the local issuer, signed with the same secret', async () => {
    const config = loadConfig('app', {
      MAIN_TABLE_NAME: h.db.config.MAIN_TABLE_NAME,
      APP_SECRET: h.db.config.APP_SECRET,
      AWS_REGION: 'eu-west-3',
      COGNITO_USER_POOL_ID: 'eu-west-3_AbCdEf123',
      COGNITO_CLIENT_ID: '1example23456789abcdefghij',
      COGNITO_DOMAIN: 'https://duopulse-test.auth.eu-west-3.amazoncognito.com',
      PUBLIC_BASE_URL: 'https://pulse.centre.example',
      EXPORT_BUCKET: 'duopulse-test-exports',
    });
    const deployed = createApp({ ...h.deps, devOutboxDir: undefined, signIn: deployedSignIn(config) });
    const cookie = await h.signInAs(signInUsers.admin.email);
    // The local app accepts it…
    expect((await h.request('GET', '/admin/users', { cookie })).status).toBe(200);
    // …the deployed one does not, and has no /dev/login to issue one.
    const refused = await deployed.request('http://localhost/admin/users', { headers: { cookie } });
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/auth/sign-in');
    expect(await (await deployed.request('http://localhost/', { headers: { cookie } })).text()).not.toContain(
      'admin@centre.example',
    );
    const devLogin = await deployed.request('http://localhost/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
      body: 'email=admin%40centre.example',
    });
    expect(devLogin.status).toBe(404);
    // Sign-in there goes to Cognito's managed login.
    const signIn = await deployed.request('http://localhost/auth/sign-in');
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get('location')).toMatch(
      /^https:\/\/duopulse-test\.auth\.eu-west-3\.amazoncognito\.com\/oauth2\/authorize\?response_type=code&client_id=1example23456789abcdefghij&redirect_uri=https%3A%2F%2Fpulse\.centre\.example%2Fauth%2Fcallback&scope=openid\+email&state=[\w-]{32}&code_challenge=[\w-]{43}&code_challenge_method=S256$/,
    );
  });

  it('the local runtime refuses a session whose issuer was rewritten, and one from an issuer it does not accept', async () => {
    const tokens = jwtSessionTokens(h.db.config.APP_SECRET);
    const cookie = await h.signInAs(signInUsers.hr.email);
    const claims = await tokens.verify(cookie.split('=')[1] ?? '', h.clock.now());
    if (!claims) throw new Error('no claims');
    const foreign = await tokens.sign({
      ...claims,
      issuer: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_X',
    });
    expect(
      (await h.request('GET', '/', { cookie: `__Host-duopulse-session=${foreign}` })).body,
    ).not.toContain('hr@centre.example');
  });
});
