import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { centreAnalysis } from '../../functions/services/analytics.service.js';
import { pulseDimensionIndex } from '../../shared/analytics/indices.js';
import { formatReading } from '../../shared/i18n/analytics-messages.js';
import type { PublishedPulseFigure } from '../../shared/publication/published-figure.js';
import { groupId } from '../../shared/publication/pulse-groups.js';
import { type PulseDimension, pulseDimensions } from '../../shared/surveys/pulse-dimensions.js';
import { formatNumber } from '../../web/format/locale-format.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let teams: { teamId: string; name: string }[];
const cookies: Record<string, string> = {};

const users = {
  hr: { email: 'drc@centre.example', role: 'hr' },
  englishHr: { email: 'hr.en@centre.example', role: 'hr' },
  admin: { email: 'admin@centre.example', role: 'admin' },
  payroll: { email: 'payroll@centre.example', role: 'payroll' },
} as const;

/** Escapes text the way hono/jsx writes it into the page. */
const escaped = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;');

/** The heatmap table's shown cells: the figure each names, and the value it prints. */
function shownHeatmapCells(html: string) {
  return [
    ...html.matchAll(/<td class="num" data-ref="([^"|]+)\|([a-z]+):([^"|]+)\|([a-z-]+)">([^<]*)<\/td>/g),
  ].map((m) => ({
    group: m[1] ?? '',
    window: { kind: m[2] ?? '', id: m[3] ?? '' },
    dimension: (m[4] ?? '') as PulseDimension,
    text: m[5] ?? '',
  }));
}

function hiddenHeatmapCells(html: string) {
  return [...html.matchAll(/<td class="hidden-figure" data-hidden="([^"|]+)\|([a-z-]+)">([^<]*)<\/td>/g)].map(
    (m) => ({ teamId: m[1] ?? '', dimension: (m[2] ?? '') as PulseDimension, text: m[3] ?? '' }),
  );
}

/** What a reader sees: the page's text and titles, without styles, tags or attributes. */
const visibleText = (html: string) =>
  html.replaceAll(/<style>[^<]*<\/style>/g, ' ').replaceAll(/<[^>]+>/g, ' ');

const withoutPath = (body: string) => body.replaceAll(/No route for [A-Z]+ \S+"/g, 'No route"');

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  const seeded = await seedDemoTables(h.db, h.clock.now());
  teams = seeded.history.teams.map((t) => ({ teamId: t.teamId, name: t.name }));
  const firstTeam = teams[0]?.teamId ?? '';
  const firstAdvisor = seeded.history.advisors[0]?.payrollId ?? '';
  const all = {
    ...users,
    manager: { email: 'manager@centre.example', role: 'manager', teams: [firstTeam] },
    advisor: { email: 'advisor@centre.example', role: 'advisor', advisorId: firstAdvisor },
  };
  for (const [name, user] of Object.entries(all)) {
    await addUser(h.deps, user);
    cookies[name] = await h.signInAs(user.email);
  }
  await h.request('POST', '/account/language', { cookie: cookies.englishHr, form: { locale: 'en' } });
}, 240_000);

describe('GET /centre, the centre overview of the head of customer relations', () => {
  it('shows every team by name on the quadrant and the heatmap, in French with decimal commas', async () => {
    const res = await h.request('GET', '/centre', { cookie: cookies.hr });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(teams).toHaveLength(8);
    for (const team of teams) expect(res.body).toContain(escaped(team.name));
    expect(res.body).toContain('class="chart quadrant"');
    expect(res.body).toContain('aria-labelledby="centre-heatmap-chart-title"');
    for (const team of teams) expect(res.body).toContain(`href="/teams/${team.teamId}"`);
    expect(visibleText(res.body)).toMatch(/\d,\d/);
    expect(res.body).toContain('Vue du centre');
    expect(res.body).toContain('Médianes du centre');
    for (const english of [
      'Customer',
      'Wellbeing',
      'wellbeing',
      'Hidden',
      'week of',
      'Balanced',
      'Team spirit',
      'fewer than',
      'answers',
      'Not established',
      'Centre overview',
    ])
      expect(visibleText(res.body), english).not.toContain(english);
    expect(visibleText(res.body)).not.toMatch(/\d\.\d/);
  });

  it('prints in each heatmap cell the latest published figure of the team, and nothing else', async () => {
    const res = await h.request('GET', '/centre', { cookie: cookies.hr });
    const shown = shownHeatmapCells(res.body);
    const weeks = consecutiveRange('2026-W23', '2026-W48');
    const published = await h.deps.publication.figuresOfGroups(
      teams.map((t) => groupId({ kind: 'team', teamId: t.teamId })),
      weeks[0] ?? '',
      weeks.at(-1) ?? '',
    );
    expect(shown.length + hiddenHeatmapCells(res.body).length).toBe(teams.length * pulseDimensions.length);
    expect(shown.length).toBeGreaterThan(teams.length * 4);
    for (const cell of shown) {
      const figure = published.find(
        (f) => f.group === cell.group && f.window.kind === cell.window.kind && f.window.id === cell.window.id,
      );
      expect(figure, `${cell.group} ${cell.window.id}`).toBeDefined();
      const stats = (figure as PublishedPulseFigure).dimensions[cell.dimension];
      expect(stats).toBeDefined();
      const index = pulseDimensionIndex(stats ?? { n: 0, sum: 0, sumSq: 0 });
      expect(cell.text.split(', ')[0]).toBe(formatNumber('fr', index.value ?? Number.NaN));
      expect(cell.text).toContain(`${index.n}\u00a0réponses`);
      const later = published.filter(
        (f) =>
          f.group === cell.group &&
          f.dimensions[cell.dimension] &&
          weeks.includes(f.lastWeek) &&
          f.lastWeek > (figure as PublishedPulseFigure).lastWeek,
      );
      expect(later).toEqual([]);
    }
  });

  it('marks a cell hidden, with its reason, when the period published no figure of the item', async () => {
    const lastWeek = await h.request('GET', '/centre?from=2026-W47&to=2026-W47', { cookie: cookies.hr });
    expect(lastWeek.status).toBe(200);
    const [figures] = [
      await h.deps.publication.figuresOfGroups(
        teams.map((t) => groupId({ kind: 'team', teamId: t.teamId })),
        '2026-W47',
        '2026-W47',
      ),
    ];
    const hidden = hiddenHeatmapCells(lastWeek.body);
    expect(hidden.length).toBeGreaterThan(0);
    for (const cell of hidden) {
      expect(cell.text).toBe('Masqué : moins de 5\u00a0conseillers ont répondu à cette question');
      const inWeek = (figures ?? []).filter(
        (f) => f.group === `team:${cell.teamId}` && f.lastWeek === '2026-W47' && f.dimensions[cell.dimension],
      );
      expect(inWeek).toEqual([]);
    }
    expect(lastWeek.body).toContain('Cases hachurées');

    const beforeAnyPublication = await h.request('GET', '/centre?from=2026-W01&to=2026-W04', {
      cookie: cookies.hr,
    });
    expect(beforeAnyPublication.status).toBe(200);
    const notYet = hiddenHeatmapCells(beforeAnyPublication.body);
    expect(notYet).toHaveLength(teams.length * pulseDimensions.length);
    for (const cell of notYet) expect(cell.text).toBe('Masqué : période pas encore publiée');
    expect(shownHeatmapCells(beforeAnyPublication.body)).toEqual([]);
  });

  it('lists the comparisons, the pooled correlations with their verdict, and the alerts linking to their team', async () => {
    const res = await h.request('GET', '/centre', { cookie: cookies.hr });
    for (const heading of ['Par profil de management', 'Par site', 'Par canal', 'Par mode de travail'])
      expect(res.body).toContain(heading);
    expect(res.body).toContain('Connectés');
    expect(res.body).toContain('Non mesuré par canal');
    expect(res.body).toContain('au sein des équipes, sur tout le centre');
    expect(res.body).toMatch(/Se confirme|Non établi|Pas assez d’éléments/);
    const analysis = await centreAnalysis(h.deps, {}, {});
    const links = [...res.body.matchAll(/href="\/teams\/([^"/]+)\/alerts\/([a-z-]+)"/g)].map(
      (m) => `${m[1]}/${m[2]}`,
    );
    expect(links).toEqual(analysis.alerts.map((a) => `${a.teamId}/${a.kind}`));
    if (analysis.alerts.length === 0) expect(res.body).toContain('Aucune alerte sur la période.');
    expect(res.body).toContain('Les dimensions du pouls qui vont avec la satisfaction client');
    expect(analysis.drivers.length).toBeGreaterThan(0);
    for (const driver of analysis.drivers)
      expect(res.body).toContain(escaped(formatReading('fr', driver.correlation.reading)));
  });

  it('switches to English with the person’s language', async () => {
    const res = await h.request('GET', '/centre', { cookie: cookies.englishHr });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Centre overview');
    expect(res.body).toContain('Customer satisfaction');
    expect(visibleText(res.body)).toMatch(/\d\.\d/);
    for (const french of ['Vue du centre', 'Satisfaction client', 'Masqué', 'semaine du', 'Équilibre'])
      expect(visibleText(res.body), french).not.toContain(french);
  });

  it.each(['manager', 'advisor', 'payroll', 'admin'])(
    'answers %s exactly like an unknown path',
    async (name) => {
      const res = await h.request('GET', '/centre', { cookie: cookies[name] });
      const unknown = await h.request('GET', '/centre-nothing-here', { cookie: cookies[name] });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
      expect(withoutPath(res.body)).toBe(withoutPath(unknown.body));
      // The refusal page's menu names only the viewer's own teams (the manager's first team).
      const own = name === 'manager' ? teams[0]?.name : undefined;
      for (const team of teams) if (team.name !== own) expect(res.body).not.toContain(escaped(team.name));
    },
  );

  it('sends a signed-out visitor to sign-in', async () => {
    const res = await h.request('GET', '/centre');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/auth/sign-in');
  });

  it('refuses a bad period with a 400 page naming the field, in the person’s language', async () => {
    const bad = await h.request('GET', '/centre?from=2026-W99', { cookie: cookies.hr });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('text/html');
    expect(bad.body).toContain('<code>from</code>');
    expect(bad.body).toContain('une semaine ISO qui existe');
    expect(bad.body).not.toContain('<code>to</code>');
    const reversed = await h.request('GET', '/centre?from=2026-W40&to=2026-W30', { cookie: cookies.hr });
    expect(reversed.status).toBe(400);
    expect(reversed.body).toContain('<code>from</code>');
    expect(reversed.body).toContain('la première semaine doit précéder la dernière');
    const english = await h.request('GET', '/centre?to=garbage', { cookie: cookies.englishHr });
    expect(english.status).toBe(400);
    expect(english.body).toContain('<code>to</code>');
    expect(english.body).toContain('an ISO week that exists');
  });
});

/** The ISO weeks from `first` to `last` of one year, both included. */
function consecutiveRange(first: string, last: string): string[] {
  const year = first.slice(0, 5);
  const weeks: string[] = [];
  for (let w = Number(first.slice(-2)); w <= Number(last.slice(-2)); w++)
    weeks.push(`${year}W${String(w).padStart(2, '0')}`);
  return weeks;
}
