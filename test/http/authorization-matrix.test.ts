import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/access/index.js';
import { type PageResponse, signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies = {} as Record<keyof typeof signInUsers, string>;

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
  for (const name of Object.keys(signInUsers) as (keyof typeof signInUsers)[]) {
    cookies[name] = await h.signInAs(signInUsers[name].email);
  }
});

/** Routes that answer without a session (public pages, survey links, the API's bearer keys, /dev). */
const publicRoutes = new Set([
  'GET /',
  'GET /login',
  'GET /auth/sign-in',
  'GET /auth/callback',
  'POST /auth/sign-out',
  'GET /health',
  'GET /privacy',
  'GET /assets/pay-policy-check.js',
  'GET /brand/logo',
  'GET /favicon.ico',
]);
const publicPrefixes = ['/api/', '/s/', '/u/', '/dev/'];

/**
 * Signed-in routes that name no object and act only on the caller's own user (every role may
 * use them); each has its own test below.
 */
const ownRoutes = new Set(['POST /account/language']);

type MatrixRequest = { method: string; path: string; form?: Record<string, string> };

const outsiders = ['admin', 'hr', 'payroll', 'manager', 'advisor', 'otherManager', 'otherAdvisor'] as const;

/**
 * The callers a row's request is outside the scope of: every outsider when the row names an
 * object per caller; for a route that names no object (the centre overview), the roles that may
 * not open it at all.
 */
function outsidersOf(row: (typeof matrix)[number]): readonly (typeof outsiders)[number][] {
  if (typeof row.request === 'function') return outsiders;
  return outsiders.filter((name) => !row.allowed.includes(signInUsers[name].role));
}

function requestOf(row: (typeof matrix)[number], caller: (typeof outsiders)[number]): MatrixRequest {
  return typeof row.request === 'function' ? row.request(caller) : row.request;
}

/**
 * Every signed-in route, with the request that names an object outside the caller's scope and
 * the roles that may open it at all. An admin's object outside scope is a user that does not
 * exist. Add a row with every new route: the first test fails until it is here.
 */
const matrix: readonly {
  readonly route: string;
  /**
   * The request naming an object outside the caller's scope: one for everyone, or one per
   * caller (a manager asks for another manager's team, an advisor for a colleague).
   */
  readonly request: MatrixRequest | ((caller: (typeof outsiders)[number]) => MatrixRequest);
  readonly allowed: readonly Role[];
  /** Signed out, the route answers the 404 of an unknown path instead of sending to sign-in. */
  readonly signedOutUnknown?: true;
}[] = [
  { route: 'GET /admin/users', request: { method: 'GET', path: '/admin/users' }, allowed: ['admin'] },
  {
    route: 'POST /admin/users',
    request: {
      method: 'POST',
      path: '/admin/users',
      form: { email: 'intruder@centre.example', role: 'admin' },
    },
    allowed: ['admin'],
  },
  {
    route: 'POST /admin/users/remove',
    request: { method: 'POST', path: '/admin/users/remove', form: { email: signInUsers.admin.email } },
    allowed: ['admin'],
  },
  {
    route: 'GET /me',
    // An advisor's page names no one: a colleague's id in the path is an unknown path; every
    // other role is refused the page itself.
    request: (caller) =>
      caller === 'advisor'
        ? { method: 'GET', path: '/me/B1' }
        : caller === 'otherAdvisor'
          ? { method: 'GET', path: '/me/A1' }
          : { method: 'GET', path: '/me' },
    allowed: ['advisor'],
  },
  {
    route: 'GET /me/pay',
    // The advisor's pay page names no one either: a colleague's id in the path is an unknown path.
    request: (caller) =>
      caller === 'advisor'
        ? { method: 'GET', path: '/me/pay/B1' }
        : caller === 'otherAdvisor'
          ? { method: 'GET', path: '/me/pay/A1' }
          : { method: 'GET', path: '/me/pay' },
    allowed: ['advisor'],
  },
  {
    route: 'POST /me/pay/contests',
    // Contests name a response, never an advisor; a colleague's response id is refused with 404
    // and nothing stored (test/http/advisor-pay-page.test.ts).
    request: (caller) => {
      const form = { quarter: '2026-Q1', responseId: 'r1', reason: 'Forged contest reason' };
      return caller === 'advisor'
        ? { method: 'POST', path: '/me/pay/B1/contests', form }
        : caller === 'otherAdvisor'
          ? { method: 'POST', path: '/me/pay/A1/contests', form }
          : { method: 'POST', path: '/me/pay/contests', form };
    },
    allowed: ['advisor'],
  },
  { route: 'GET /centre', request: { method: 'GET', path: '/centre' }, allowed: ['hr'] },
  {
    route: 'GET /logics',
    request: { method: 'GET', path: '/logics' },
    allowed: ['hr', 'manager'],
    signedOutUnknown: true,
  },
  { route: 'GET /pay/policy', request: { method: 'GET', path: '/pay/policy' }, allowed: ['hr', 'payroll'] },
  { route: 'GET /admin/brand', request: { method: 'GET', path: '/admin/brand' }, allowed: ['admin'] },
  {
    route: 'POST /admin/brand',
    request: { method: 'POST', path: '/admin/brand', form: { displayName: 'Forged brand' } },
    allowed: ['admin'],
  },
  {
    route: 'GET /admin/pay-prerequisites',
    request: { method: 'GET', path: '/admin/pay-prerequisites' },
    allowed: ['admin'],
  },
  {
    route: 'POST /admin/pay-prerequisites',
    request: {
      method: 'POST',
      path: '/admin/pay-prerequisites',
      form: { cseConsultedOn: '2026-01-05', advisorsInformedOn: '2026-01-06' },
    },
    allowed: ['admin'],
  },
  { route: 'GET /admin/logics', request: { method: 'GET', path: '/admin/logics' }, allowed: ['admin'] },
  {
    route: 'POST /admin/logics/tools',
    request: {
      method: 'POST',
      path: '/admin/logics/tools',
      form: {
        'tool-0-id': 'forged-tool',
        'tool-0-kind': 'tool',
        'tool-0-fr': 'Forgé',
        'tool-0-en': 'Forged',
      },
    },
    allowed: ['admin'],
  },
  {
    route: 'POST /admin/logics/resources',
    request: {
      method: 'POST',
      path: '/admin/logics/resources',
      form: {
        'resource-0-id': 'forged',
        'resource-0-kind': 'process',
        'resource-0-fr': 'Forgé',
        'resource-0-en': 'Forged',
        'resource-0-tags': 'rely-colleagues:high',
      },
    },
    allowed: ['admin'],
  },
  {
    route: 'GET /pay/quarters/:quarter/revisions/:revision/files/:kind',
    request: { method: 'GET', path: '/pay/quarters/2026-Q1/revisions/1/files/csv' },
    allowed: ['hr', 'payroll'],
  },
  {
    route: 'POST /pay/quarters/:quarter/revisions/:revision/check',
    request: { method: 'POST', path: '/pay/quarters/2026-Q1/revisions/1/check', form: { file: 'x' } },
    allowed: ['hr', 'payroll'],
  },
  { route: 'POST /pay/enable', request: { method: 'POST', path: '/pay/enable', form: {} }, allowed: ['hr'] },
  {
    route: 'POST /pay/policy/drafts',
    request: { method: 'POST', path: '/pay/policy/drafts', form: { policy: '{}' } },
    allowed: ['hr'],
  },
  {
    route: 'POST /pay/policy/check',
    request: { method: 'POST', path: '/pay/policy/check', form: { policy: '{}' } },
    allowed: ['hr'],
  },
  {
    route: 'POST /pay/policy/publish',
    request: { method: 'POST', path: '/pay/policy/publish', form: { version: '1' } },
    allowed: ['hr'],
  },
  {
    route: 'GET /pay/quarters/:quarter',
    request: { method: 'GET', path: '/pay/quarters/2026-Q1' },
    allowed: ['hr', 'payroll'],
  },
  ...(
    [
      ['POST /pay/quarters/:quarter/compute', '/pay/quarters/2026-Q1/compute', {}],
      ['POST /pay/quarters/:quarter/rows/:payrollId/approve', '/pay/quarters/2026-Q1/rows/A1/approve', {}],
      ['POST /pay/quarters/:quarter/approve-pending', '/pay/quarters/2026-Q1/approve-pending', {}],
      [
        'POST /pay/quarters/:quarter/rows/:payrollId/override',
        '/pay/quarters/2026-Q1/rows/A1/override',
        { value: '1.2', reason: 'Forged override' },
      ],
      [
        'POST /pay/quarters/:quarter/contests/:contestId/resolve',
        '/pay/quarters/2026-Q1/contests/r1/resolve',
        { decision: 'accept', reason: 'Forged decision' },
      ],
      ['POST /pay/quarters/:quarter/close', '/pay/quarters/2026-Q1/close', {}],
    ] as const
  ).map(([route, path, form]) => ({
    route,
    request: { method: 'POST', path, form: { ...form } },
    allowed: ['hr'] as const,
  })),
  ...(
    [
      'GET /teams/:teamId',
      'GET /teams/:teamId/alerts/:alertKind',
      'GET /teams/:teamId/actions',
      'GET /teams/:teamId/actions/new',
      'POST /teams/:teamId/actions',
      'GET /teams/:teamId/comments',
      'POST /teams/:teamId/comments/:month/acknowledge',
      'GET /teams/:teamId/callbacks',
      'POST /teams/:teamId/callbacks/:responseId/handled',
    ] as const
  ).map((route) => ({
    route,
    // A manager names the other manager's team; hr (every team) a team that does not exist.
    request: (caller: (typeof outsiders)[number]): MatrixRequest => {
      const team = caller === 'hr' ? 'no-such-team' : caller === 'manager' ? 'lille-1' : 'lyon-1';
      const [method = 'GET', pattern = ''] = route.split(' ');
      const path = pattern
        .replace(':teamId', team)
        .replace(':alertKind', 'wellbeing-falling')
        .replace(':month', '2026-02')
        .replace(':responseId', 'r1');
      return method === 'POST'
        ? { method, path, form: { what: 'Forged action', who: 'Nobody', week: '2026-W08' } }
        : { method, path };
    },
    allowed: ['hr', 'manager'] as const,
  })),
];

function withoutPath(res: PageResponse): string {
  return res.body.replaceAll(/No route for [A-Z]+ \S+"/g, 'No route"');
}

describe('authorization matrix', () => {
  it('lists every signed-in route of the app', () => {
    const served = h.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`)
      .filter((r) => !publicRoutes.has(r) && !publicPrefixes.some((p) => r.split(' ')[1]?.startsWith(p)));
    expect(new Set(served)).toEqual(new Set([...matrix.map((m) => m.route), ...ownRoutes]));
  });

  for (const row of matrix) {
    for (const name of outsidersOf(row)) {
      it(`${row.route} as ${name}: 404 exactly like an unknown path, no data, nothing changed`, async () => {
        const request = requestOf(row, name);
        const res = await h.request(request.method, request.path, {
          cookie: cookies[name],
          form: request.form,
        });
        const unknown = await h.request(request.method, `${request.path}-nothing-here`, {
          cookie: cookies[name],
          form: request.form,
        });
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
        expect(withoutPath(res)).toBe(withoutPath(unknown));
        for (const user of Object.values(signInUsers)) expect(res.body).not.toContain(user.email);
        const users = (await h.deps.users.listUsers()).map((u) => u.email).sort();
        expect(users).toEqual(
          Object.values(signInUsers)
            .map((u) => u.email)
            .sort(),
        );
      });
    }

    it(`${row.route} signed out: ${row.signedOutUnknown ? 'unknown path' : 'sent to sign-in or 401'}, no data`, async () => {
      const request = requestOf(row, 'hr');
      const res = await h.request(request.method, request.path, { form: request.form });
      if (row.signedOutUnknown) {
        const unknown = await h.request(request.method, `${request.path}-nothing-here`, {
          form: request.form,
        });
        expect(res.status).toBe(404);
        expect(withoutPath(res)).toBe(withoutPath(unknown));
        return;
      }
      expect([303, 401]).toContain(res.status);
      if (res.status === 303) expect(res.headers.get('location')).toBe('/auth/sign-in');
      for (const user of Object.values(signInUsers)) expect(res.body).not.toContain(user.email);
    });
  }

  it('the admin may open the users page; an unknown user to remove answers 404 and removes nothing', async () => {
    expect((await h.request('GET', '/admin/users', { cookie: cookies.admin })).status).toBe(200);
    const res = await h.request('POST', '/admin/users/remove', {
      cookie: cookies.admin,
      form: { email: 'nobody@centre.example' },
    });
    expect(res.status).toBe(404);
    expect((await h.deps.users.listUsers()).length).toBe(Object.keys(signInUsers).length);
  });

  it("each person's landing page shows only their own scope", async () => {
    const manager = await h.request('GET', '/', { cookie: cookies.manager });
    expect(manager.body).toContain('lyon-1');
    expect(manager.body).not.toContain('lille-1');
    const other = await h.request('GET', '/', { cookie: cookies.otherManager });
    expect(other.body).toContain('lille-1');
    expect(other.body).not.toContain('lyon-1');
    const advisor = await h.request('GET', '/', { cookie: cookies.advisor });
    expect(advisor.body).toContain('A1');
    expect(advisor.body).not.toContain('B1');
  });
});

describe("the caller's own settings", () => {
  it("the language switch changes only the caller's language, goes back to the page, and names a bad value", async () => {
    const cookie = await h.signInAs(signInUsers.payroll.email);
    const res = await h.request('POST', '/account/language', {
      cookie,
      form: { locale: 'en' },
      headers: { referer: 'http://localhost/privacy?x=1' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/privacy?x=1');
    expect((await h.deps.users.getUser(signInUsers.payroll.email))?.locale).toBe('en');
    expect((await h.deps.users.getUser(signInUsers.hr.email))?.locale).toBe('fr');
    const away = await h.request('POST', '/account/language', {
      cookie,
      form: { locale: 'fr' },
      headers: { referer: 'https://evil.example/page' },
    });
    expect(away.headers.get('location')).toBe('/');
    const bad = await h.request('POST', '/account/language', { cookie, form: { locale: 'de' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('locale');
    expect((await h.deps.users.getUser(signInUsers.payroll.email))?.locale).toBe('fr');
    const signedOut = await h.request('POST', '/account/language', { form: { locale: 'en' } });
    expect(signedOut.status).toBe(401);
  });
});

describe('cross-site form posts are refused', () => {
  const crossSite: Record<string, string>[] = [
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site' },
    { 'sec-fetch-site': '', origin: 'https://evil.example' },
  ];

  it.each(crossSite)('sign-out with %o keeps the session', async (headers) => {
    const cookie = await h.signInAs(signInUsers.hr.email);
    const res = await h.request('POST', '/auth/sign-out', {
      cookie,
      form: {},
      headers,
    });
    expect(res.status).toBe(403);
    expect((await h.request('GET', '/', { cookie })).body).toContain('hr@centre.example');
  });

  it.each(crossSite)('the admin forms with %o add and remove nobody', async (headers) => {
    const add = await h.request('POST', '/admin/users', {
      cookie: cookies.admin,
      form: { email: 'forged@centre.example', role: 'admin' },
      headers,
    });
    const remove = await h.request('POST', '/admin/users/remove', {
      cookie: cookies.admin,
      form: { email: signInUsers.hr.email, confirmed: 'yes' },
      headers,
    });
    expect([add.status, remove.status]).toEqual([403, 403]);
    const users = (await h.deps.users.listUsers()).map((u) => u.email);
    expect(users).not.toContain('forged@centre.example');
    expect(users).toContain(signInUsers.hr.email);
  });
});
