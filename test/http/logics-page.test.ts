import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildLogicsMonth } from '../../shared/logics/build-logics-month.js';
import { plantCentre, plantedTools } from '../../shared/logics/plant-logics.js';
import { signInHarness, type signInUsers } from '../support/sign-in-harness.js';

// One discovery with bootstrap on 300 planted respondents before the requests: seconds, never timed.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Awaited<ReturnType<typeof signInHarness>>;
let cookies: Record<keyof typeof signInUsers, string>;

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-04-02T09:00:00Z') });
  await h.seed();
  cookies = await h.signInEveryone();
  const planted = plantCentre({ respondents: 300, seed: 4 });
  // Lyon (the manager's team), Lille and Nantes share the respondents.
  const respondents = planted.answers.map((vector, i) => ({
    site: ['Lyon', 'Lille', 'Nantes'][i % 3] as string,
    answers: Object.fromEntries(
      planted.items.flatMap((item, j) => (vector[j] === null ? [] : [[item.id, vector[j] as number]])),
    ),
  }));
  const month = buildLogicsMonth({
    month: '2026-03',
    k: 5,
    publishedAt: new Date('2026-03-20T03:30:00Z'),
    tools: plantedTools,
    resources: [
      {
        id: 'peer-circles',
        kind: 'training-format',
        title: { fr: 'Cercles de pairs', en: 'Peer circles' },
        addresses: [{ itemId: 'rely-colleagues', when: 'high' }],
      },
    ],
    respondents,
    notYetCountingBySite: {},
  });
  expect(await h.deps.logicsPublication?.publishMonth(month)).toBe('published');
  // February: 20 answers only, every view withheld.
  const february = buildLogicsMonth({
    month: '2026-02',
    k: 5,
    publishedAt: new Date('2026-02-20T03:30:00Z'),
    tools: plantedTools,
    resources: [],
    respondents: respondents.slice(0, 20),
    notYetCountingBySite: {},
  });
  expect(await h.deps.logicsPublication?.publishMonth(february)).toBe('published');
});

const views = (body: string) => [...body.matchAll(/data-view="([^"]+)"/g)].map((m) => m[1]);

describe('/logics', () => {
  it('a withheld month says why, in French and in English', async () => {
    const fr = await h.request('GET', '/logics?month=2026-02', { cookie: cookies.hr });
    expect(fr.status).toBe(200);
    expect(views(fr.body)).toEqual(['centre']);
    expect(fr.body).toContain('Vue non montrée');
    expect(fr.body).toContain(
      'Trop peu de réponses ce mois-ci pour dégager des logiques sans exposer personne',
    );
    const en = await h.request('GET', '/logics?month=2026-02', { cookie: cookies.otherManager });
    expect(en.body).toContain('Too few answers this month to find logics without exposing anyone');
  });

  it('hr sees the centre and every site in French', async () => {
    const res = await h.request('GET', '/logics', { cookie: cookies.hr });
    expect(res.status).toBe(200);
    expect(views(res.body)).toEqual(['centre', 'site-Lille', 'site-Lyon', 'site-Nantes']);
    expect(res.body).toMatch(/<option value="2026-03" selected[^>]*>/);
    expect(res.body).toContain('Logiques des conseillers · 2026-03');
    expect(res.body).toContain('3 logiques au niveau du centre');
    expect(res.body).toContain('indice de Rand ajusté moyen');
    expect(res.body).toContain('faible (0,26 à 0,50)');
    // The peer debrief is valued by the relational logic only, and said so in words.
    expect(res.body).toMatch(/data-valued-by-one="tool-peer-debrief"/);
    expect(res.body).toContain('Le débrief entre pairs après un appel difficile');
    expect(res.body).toContain('apprécié par la logique');
    expect(res.body).toContain('Cercles de pairs');
    expect(res.body).toContain('<svg class="chart"');
    expect(res.body).not.toContain('style=');
  });

  it('draws the stored map of the logics in the centre view only, in French and in English', async () => {
    const fr = await h.request('GET', '/logics?month=2026-03', { cookie: cookies.hr });
    const centre = fr.body.slice(fr.body.indexOf('data-view="centre"'), fr.body.indexOf('data-view="site-'));
    expect(centre).toContain('<h3>Carte des logiques</h3>');
    expect(centre).toContain('<svg class="chart logics-map"');
    for (const name of ['A', 'B', 'C']) {
      expect(centre).toContain(`<g data-logic="${name}"><ellipse `);
      expect(centre).toContain(`>Logique ${name}</text>`);
    }
    expect(centre).toMatch(/>Axe 1 \(\d+\s% de la variance\)</);
    expect(centre).toMatch(/>Axe 2 \(\d+\s% de la variance\)</);
    expect(centre).toContain('Les conseillers eux-mêmes ne sont pas dessinés.');
    expect((centre.match(/<g data-item="/g) ?? []).length).toBe(5);
    // One map on the page: the sites' views have none.
    expect(fr.body.match(/<svg class="chart logics-map"/g)).toHaveLength(1);
    // Every stylesheet of the page, the map's included, is allowed by its hash in the policy.
    const policy = fr.headers.get('content-security-policy') ?? '';
    const sheets = [...fr.body.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] as string);
    expect(sheets.some((css) => css.includes('logics-map'))).toBe(true);
    for (const css of sheets) {
      expect(policy).toContain(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    }
    expect(policy).not.toContain('unsafe-inline');

    const en = await h.request('GET', '/logics?month=2026-03', { cookie: cookies.otherManager });
    expect(en.body).toContain('<h3>Map of the logics</h3>');
    expect(en.body).toContain('>Logic A</text>');
    expect(en.body).toMatch(/>Axis 1 \(\d+% of variance\)</);
    expect(en.body).toMatch(/>Axis 2 \(\d+% of variance\)</);
    expect(en.body).toContain('Advisors themselves are not drawn.');
  });

  it('shows nothing about the map when the month has none (every view withheld)', async () => {
    const res = await h.request('GET', '/logics?month=2026-02', { cookie: cookies.hr });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('Carte des logiques');
    expect(res.body).not.toContain('logics-map');
  });

  it('a manager sees the centre and only their own site; in English for an English manager', async () => {
    const lyon = await h.request('GET', '/logics', { cookie: cookies.manager });
    expect(lyon.status).toBe(200);
    expect(views(lyon.body)).toEqual(['centre', 'site-Lyon']);
    expect(lyon.body).not.toContain('Site Lille');
    expect(lyon.body).not.toContain('Site Nantes');
    const lille = await h.request('GET', '/logics?month=2026-03', { cookie: cookies.otherManager });
    expect(lille.status).toBe(200);
    expect(views(lille.body)).toEqual(['centre', 'site-Lille']);
    expect(lille.body).toContain('Advisor logics · 2026-03');
    expect(lille.body).toContain('3 logics at centre level');
    expect(lille.body).toContain('mean adjusted Rand index');
    expect(lille.body).toContain('valued by logic');
  });

  it('names a malformed month field and says when a month is not published', async () => {
    const bad = await h.request('GET', '/logics?month=2026-13', { cookie: cookies.hr });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Le champ «\u00a0mois\u00a0» doit être un mois publié');
    const missing = await h.request('GET', '/logics?month=2025-01', { cookie: cookies.hr });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Le mois 2025-01 n’est pas publié.');
  });

  it('is an unknown path for the advisor, payroll, the admin and signed out', async () => {
    for (const who of ['advisor', 'payroll', 'admin', undefined] as const) {
      const cookie = who ? cookies[who] : undefined;
      const res = await h.request('GET', '/logics?month=2026-03', { cookie });
      const unknown = await h.request('GET', '/logics-nothing-here', { cookie });
      expect(res.status).toBe(404);
      expect(res.body.replaceAll(/No route for GET \S+"/g, '')).toBe(
        unknown.body.replaceAll(/No route for GET \S+"/g, ''),
      );
      expect(res.body).not.toContain('2026-03');
    }
  });
});
