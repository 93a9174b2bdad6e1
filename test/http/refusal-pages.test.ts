import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { refusalMessages } from '../../shared/i18n/refusal-messages.js';
import type { Locale } from '../../shared/roster/index.js';
import { advisor, interaction } from '../support/roster-fixtures.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
const cookies = {} as Record<keyof typeof signInUsers, string>;
/** A key limited to lille-1: lyon-1, its advisor A1 and its contact are outside it. */
let lilleKey: string;

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
  Object.assign(cookies, await h.signInEveryone());
  lilleKey = (await createApiKey(h.deps.apiKeys, h.clock, { name: 'lille', teams: ['lille-1'] })).key;
  const contact = await h.app.request('/api/v1/interactions', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${(await createApiKey(h.deps.apiKeys, h.clock, { name: 'all' })).key}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ interactions: [interaction('lyon-contact', 'A1', h.clock.now())] }),
  });
  expect(contact.status).toBe(201);
  expect(advisor('A1').teamId).toBe('lyon-1');
});

/** Who asks: signed out, each role signed in (a French hr, an English admin…), a team-limited API key. */
const callers = [
  'signedOut',
  'advisor',
  'manager',
  'otherManager',
  'hr',
  'payroll',
  'admin',
  'lilleKey',
] as const;
type Caller = (typeof callers)[number];

/** The language a caller's refusal pages speak: the person's own, else the browser's (English below). */
function pageLocaleOf(caller: Caller): Locale {
  if (caller === 'signedOut' || caller === 'lilleKey') return 'en';
  const user = signInUsers[caller];
  return 'locale' in user ? user.locale : 'fr';
}

/** A browser (its Accept, English first) and an API client asking JSON in French. */
const modes = {
  browser: {
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'en-GB,en;q=0.9,fr;q=0.5',
  },
  json: { accept: 'application/json', 'accept-language': 'fr-FR,fr;q=0.9' },
} as const;
type Mode = keyof typeof modes;

/**
 * A value for each path parameter of the app's routes, naming objects of lyon-1 (outside the
 * second manager, the colleague advisor and the lille key) or objects that do not exist.
 */
const params: Readonly<Record<string, string>> = {
  teamId: 'lyon-1',
  alertKind: 'wellbeing-falling',
  month: '2026-02',
  responseId: 'r1',
  quarter: '2026-Q1',
  payrollId: 'A1',
  contestId: 'r1',
  revision: '1',
  kind: 'csv',
  externalId: 'lyon-contact',
  token: 'not-a-token',
  file: 'no-such-message.eml',
};

function concrete(pattern: string): string {
  return pattern.replaceAll(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`no test value for :${name} in ${pattern}`);
    return value;
  });
}

const isApi = (path: string) => path.startsWith('/api/');

interface Answer {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/**
 * One request as `caller` in `mode`; a POST or PUT sends an empty form (pages) or `{}` (API), so
 * a caller the route is open to changes nothing that matters here.
 */
async function send(caller: Caller, mode: Mode, method: string, path: string): Promise<Answer> {
  const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', ...modes[mode] };
  if (caller === 'lilleKey') headers.authorization = `Bearer ${lilleKey}`;
  else if (caller !== 'signedOut') headers.cookie = cookies[caller];
  const withBody = method === 'POST' || method === 'PUT';
  if (withBody)
    headers['content-type'] = isApi(path) ? 'application/json' : 'application/x-www-form-urlencoded';
  const res = await h.app.request(`http://localhost${path}`, {
    method,
    headers,
    body: withBody ? (isApi(path) ? '{}' : '') : undefined,
  });
  const list: [string, string][] = [];
  res.headers.forEach((value, name) => {
    list.push([name, value]);
  });
  return {
    status: res.status,
    // Every header, none left out: the app sets no Date, request id nor cookie on these answers.
    headers: list.sort(([a], [b]) => a.localeCompare(b)),
    body: await res.text(),
  };
}

/** The answer of a path that exists nowhere, for the same caller, mode and method. */
const unknownAnswers = new Map<string, Answer>();
async function unknown(caller: Caller, mode: Mode, method: string, api: boolean): Promise<Answer> {
  const key = [caller, mode, method, api].join(' ');
  let answer = unknownAnswers.get(key);
  if (!answer) {
    answer = await send(caller, mode, method, api ? '/api/v1/nothing-here' : '/nothing-here');
    unknownAnswers.set(key, answer);
  }
  return answer;
}

/** Routes every role may use, which answer no refusal to compare (sign-out ends the session). */
const skipped = new Set(['POST /auth/sign-out']);

/**
 * 404s that are not refusals: a page the caller may open, shown again with the field naming what
 * does not exist in its scope (a user to remove, a proposal of a quarter not computed, a revision
 * not closed), as their own tests check.
 */
const ownPages = new Set([
  'POST /admin/users/remove as admin',
  'POST /pay/quarters/:quarter/rows/:payrollId/approve as hr',
  'GET /pay/quarters/:quarter/revisions/:revision/files/:kind as hr',
  'GET /pay/quarters/:quarter/revisions/:revision/files/:kind as payroll',
]);

function appRoutes(): { method: string; path: string }[] {
  const seen = new Set(h.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
  return [...seen]
    .filter((r) => !skipped.has(r))
    .map((r) => {
      const [method = '', path = ''] = r.split(' ');
      return { method, path };
    });
}

describe('out of scope answers exactly like unknown, for every role × route', () => {
  it('every 404 of every route equals the unknown path’s: status, headers and body', async () => {
    const refused = new Map<string, Set<Caller>>();
    let compared = 0;
    for (const route of appRoutes()) {
      const path = concrete(route.path);
      for (const caller of callers) {
        for (const mode of isApi(path) ? (['json'] as const) : (['browser', 'json'] as const)) {
          const answer = await send(caller, mode, route.method, path);
          if (answer.status !== 404) continue;
          const what = `${route.method} ${route.path} as ${caller} (${mode})`;
          if (ownPages.has(`${route.method} ${route.path} as ${caller}`)) {
            expect(answer.body, what).not.toContain(refusalMessages.en.notFound);
            continue;
          }
          expect(answer, what).toEqual(await unknown(caller, mode, route.method, isApi(path)));
          compared += 1;
          const name = `${route.method} ${route.path}`;
          refused.set(name, (refused.get(name) ?? new Set()).add(caller));
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    // Every signed-in page route is refused to someone (the language switch is everyone's own),
    // and each API route naming a team's object to the lille key.
    for (const { method, path } of appRoutes()) {
      const name = `${method} ${path}`;
      const signedInPage = /^\/(admin|teams|me|centre|logics|pay)(\/|$)/.test(path);
      if (signedInPage) expect(refused.get(name)?.size ?? 0, name).toBeGreaterThan(0);
      if (isApi(path) && /:(teamId|payrollId|externalId)/.test(path)) {
        expect(refused.get(name)?.has('lilleKey'), name).toBe(true);
      }
    }
    // Known refusals among them, for each role.
    expect(refused.get('GET /centre')).toEqual(
      new Set(['advisor', 'manager', 'otherManager', 'payroll', 'admin']),
    );
    expect(refused.get('GET /teams/:teamId')).toEqual(
      new Set(['advisor', 'otherManager', 'payroll', 'admin']),
    );
    expect(refused.get('GET /admin/users')).toEqual(
      new Set(['advisor', 'manager', 'otherManager', 'hr', 'payroll']),
    );
  });

  it('a browser gets a page in the person’s language with a link home; an API client problem+json', async () => {
    for (const caller of callers) {
      const locale = pageLocaleOf(caller);
      const page = await send(caller, 'browser', 'GET', '/centre-of-nothing');
      expect(page.status).toBe(404);
      expect(new Map(page.headers).get('content-type')).toBe('text/html; charset=UTF-8');
      expect(new Map(page.headers).get('content-language')).toBe(locale);
      expect(page.body).toContain(`<html lang="${locale}">`);
      expect(page.body).toContain(`<h1>${refusalMessages[locale].titles[404]}</h1>`);
      expect(page.body).toContain('<a href="/">');
      expect(page.body).not.toContain('centre-of-nothing');
      // The security headers every page has, none a sub-app adds to its own answers only.
      expect(new Map(page.headers).get('referrer-policy')).toBe('same-origin');
      expect(new Map(page.headers).has('x-robots-tag')).toBe(false);
      for (const path of [
        '/centre-of-nothing',
        ...(caller === 'lilleKey' ? ['/api/v1/teams/nowhere/else'] : []),
      ]) {
        const json = await send(caller, 'json', 'GET', path);
        expect(new Map(json.headers).get('content-type')).toBe('application/problem+json');
        expect(JSON.parse(json.body)).toEqual({
          type: 'about:blank',
          title: 'Page introuvable',
          status: 404,
          detail: refusalMessages.fr.notFound,
        });
      }
    }
  });

  it('under /api/ a browser also gets problem+json, in English when Accept-Language names no language it speaks', async () => {
    const res = await h.app.request('/api/v1/nothing-here', {
      headers: { accept: 'text/html', 'accept-language': 'de-DE', authorization: `Bearer ${lilleKey}` },
    });
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).title).toBe('Not found');
  });

  it('a signed-out browser with no language of ours gets the French page, ?lang=en the English one', async () => {
    const fr = await h.request('GET', '/nothing-here', { headers: { 'accept-language': 'de-DE' } });
    expect(fr.body).toContain('<html lang="fr">');
    const en = await h.request('GET', '/nothing-here?lang=en');
    expect(en.body).toContain('<html lang="en">');
  });
});
