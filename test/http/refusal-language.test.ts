import { beforeAll, describe, expect, it } from 'vitest';
import { maxApiBodyBytes } from '../../functions/http/middleware/api-body-limit.js';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { refusalMessages } from '../../shared/i18n/refusal-messages.js';
import { lyonTeam } from '../support/roster-fixtures.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let cookies: Record<keyof typeof signInUsers, string>;
let admin: string;
let lille: string;
const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
  cookies = await h.signInEveryone();
  admin = (await createApiKey(h.deps.apiKeys, h.clock, { name: 'all' })).key;
  lille = (await createApiKey(h.deps.apiKeys, h.clock, { name: 'lille', teams: ['lille-1'] })).key;
});

async function api(
  method: string,
  path: string,
  init: { key?: string; language?: string; type?: string; body?: string } = {},
) {
  const res = await h.app.request(path, {
    method,
    headers: {
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
      ...(init.language ? { 'accept-language': init.language } : {}),
      ...(init.body !== undefined ? { 'content-type': init.type ?? 'application/json' } : {}),
    },
    body: init.body,
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** A problem without its words: what must not change with the language. */
function bare(body: { errors?: { message: string }[] }) {
  return { ...body, title: '', detail: '', errors: body.errors?.map((e) => ({ ...e, message: '' })) };
}

describe('problem details in the language of Accept-Language', () => {
  it('every refusal the API gives, in French with fr and in English without: status, type and field paths unchanged', async () => {
    const cases = [
      { status: 400, method: 'POST', path: '/api/v1/teams', key: admin, body: '{"teams":[{"teamId":""}]}' },
      { status: 401, method: 'GET', path: '/api/v1/teams' },
      { status: 403, method: 'PUT', path: '/api/v1/settings/survey', key: lille, body: '{}' },
      { status: 404, method: 'GET', path: '/api/v1/teams/nowhere-1', key: admin },
      { status: 405, method: 'DELETE', path: '/api/v1/teams', key: admin },
      {
        status: 413,
        method: 'POST',
        path: '/api/v1/teams',
        key: admin,
        body: ' '.repeat(maxApiBodyBytes + 1),
      },
      { status: 415, method: 'POST', path: '/api/v1/teams', key: admin, body: '{}', type: 'text/plain' },
    ];
    for (const { status, ...request } of cases) {
      const fr = await api(request.method, request.path, { ...request, language: 'fr-CA,en;q=0.5' });
      const en = await api(request.method, request.path, request);
      const what = `${request.method} ${request.path}`;
      expect([fr.status, en.status], what).toEqual([status, status]);
      expect(fr.headers.get('content-type'), what).toBe('application/problem+json');
      expect(fr.headers.get('content-language'), what).toBe('fr');
      expect(en.headers.get('content-language'), what).toBe('en');
      expect(fr.body.title, what).toBe(refusalMessages.fr.titles[status as 400]);
      expect(en.body.title, what).toBe(refusalMessages.en.titles[status as 400]);
      expect(fr.body.detail, what).not.toBe(en.body.detail);
      expect(bare(fr.body), what).toEqual(bare(en.body));
    }
  });

  it('a 400 names its fields with the same paths in both languages, its detail worded in each', async () => {
    const body = JSON.stringify({ teams: [{ ...lyonTeam, teamId: '' }] });
    const fr = await api('POST', '/api/v1/teams', { key: admin, language: 'fr', body });
    expect(fr.body.detail).toBe(refusalMessages.fr.invalidFields);
    expect(fr.body.errors.map((e: { path: string }) => e.path)).toContain('teams[0].teamId');
    const en = await api('POST', '/api/v1/teams', { key: admin, language: 'de-DE', body });
    expect(en.body.detail).toBe(refusalMessages.en.invalidFields);
  });

  it('a field zod refuses is worded in zod’s French under fr, its path and the English answer unchanged', async () => {
    const fr = await api('POST', '/api/v1/teams', { key: admin, language: 'fr', body: '{"teams":"x"}' });
    const en = await api('POST', '/api/v1/teams', { key: admin, body: '{"teams":"x"}' });
    expect(fr.body.errors.map((e: { path: string }) => e.path)).toEqual(['teams']);
    expect(en.body.errors).toEqual([
      { path: 'teams', message: 'Invalid input: expected array, received string' },
    ]);
    expect(fr.body.errors[0].message).toMatch(/^Entrée invalide/);
    const page = await h.request('POST', '/account/language', {
      cookie: cookies.hr,
      form: { locale: 'de' },
      headers: browser,
    });
    expect(page.body).not.toContain('Invalid');
  });

  it('405 keeps its Allow header and words the method in French', async () => {
    const res = await api('DELETE', '/api/v1/teams', { key: admin, language: 'fr' });
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(res.body.detail).toBe('DELETE n’est pas accepté ici\u00a0; utilisez GET, HEAD, POST');
  });
});

describe('refusals of the pages are pages', () => {
  it('a refused form field: a 400 page in the person’s language naming the field, a link home, nothing changed', async () => {
    const res = await h.request('POST', '/account/language', {
      cookie: cookies.hr,
      form: { locale: 'de' },
      headers: { ...browser, 'accept-language': 'en' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(res.body).toContain('<html lang="fr">');
    expect(res.body).toContain(`<h1>${refusalMessages.fr.titles[400]}</h1>`);
    expect(res.body).toContain(refusalMessages.fr.invalidFields);
    expect(res.body).toContain('<code>locale</code>');
    expect(res.body).toContain('<a href="/">');
    expect((await h.deps.users.getUser(signInUsers.hr.email))?.locale).toBe('fr');
  });

  it('the same refusal asked as JSON is problem details naming the field', async () => {
    const res = await h.request('POST', '/account/language', {
      cookie: cookies.hr,
      form: { locale: 'de' },
      headers: { accept: 'application/problem+json', 'accept-language': 'fr' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = JSON.parse(res.body);
    expect(body.title).toBe(refusalMessages.fr.titles[400]);
    expect(body.errors[0].path).toBe('locale');
  });

  it('a conflict (a user already there): a 409 page in the English admin’s language, nothing added', async () => {
    const before = (await h.deps.users.listUsers()).length;
    const res = await h.request('POST', '/admin/users', {
      cookie: cookies.admin,
      form: { email: signInUsers.hr.email, role: 'hr', locale: 'fr' },
      headers: browser,
    });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('email');
    expect((await h.deps.users.listUsers()).length).toBe(before);
  });

  it('a signed-out form post: a 401 page in the browser’s language saying to sign in first, nothing changed', async () => {
    const res = await h.request('POST', '/account/language', {
      form: { locale: 'en' },
      headers: { ...browser, 'accept-language': 'fr-FR' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(res.body).toContain('<html lang="fr">');
    expect(res.body).toContain('Connectez-vous d’abord.');
    expect(res.body).toContain('<a href="/">');
  });

  it('a signed-out browser refused sees its own language from Accept-Language', async () => {
    const res = await h.request('GET', '/dev/outbox/no-such-message.eml', {
      headers: { ...browser, 'accept-language': 'en-US' },
    });
    expect(res.status).toBe(404);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain(refusalMessages.en.notFound);
  });
});

describe('the favicon', () => {
  it('is a 32×32 Windows icon, cached, with no session needed', async () => {
    const res = await h.app.request('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d{4,}$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const view = new DataView(bytes.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([bytes[6], bytes[7]]).toEqual([32, 32]);
    expect(view.getUint32(14, true) + view.getUint32(18, true)).toBe(bytes.length);
    expect(view.getInt32(22 + 8, true)).toBe(64);
    // Its centre pixel is the accent colour or the white line; its corner is transparent.
    const pixel = (x: number, y: number) => 62 + ((31 - y) * 32 + x) * 4;
    expect(bytes[pixel(0, 0) + 3]).toBe(0);
    expect(bytes[pixel(16, 4) + 3]).toBe(255);
    expect([bytes[pixel(16, 4)], bytes[pixel(16, 4) + 1], bytes[pixel(16, 4) + 2]]).toEqual([
      0xad, 0x5c, 0x0b,
    ]);
  });
});
