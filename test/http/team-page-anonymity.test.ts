import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { defaultAnonymityThreshold } from '../../shared/analytics/anonymity.js';
import { pulseDimensionIndex } from '../../shared/analytics/indices.js';
import { publishWeeksByWeek } from '../../shared/publication/publish-week.js';
import type { PublishedPulseFigure } from '../../shared/publication/published-figure.js';
import {
  type AnonymousPulseAnswer,
  buildPulseCells,
  type PulseParticipation,
} from '../../shared/publication/pulse-cells.js';
import { advisorSchema, teamSchema, type WorkMode } from '../../shared/roster/index.js';
import { pulseItemsFor } from '../../shared/surveys/pulse-bank.js';
import { formatNumber } from '../../web/format/locale-format.js';
import { signInHarness } from '../support/sign-in-harness.js';

const k = defaultAnonymityThreshold;
const now = new Date('2026-11-23T09:00:00Z');
const weeks = Array.from({ length: 10 }, (_, i) => `2026-W${String(38 + i).padStart(2, '0')}`);
const team = {
  teamId: 'nantes-1',
  name: 'Nantes Petite Équipe',
  site: 'Nantes',
  managementProfile: 'connector',
};
/** Eight advisors on site and three remote: the remote group never reaches k. */
const roster: { id: string; workMode: WorkMode }[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ id: `N${i + 1}`, workMode: 'on-site' as const })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `R${i + 1}`, workMode: 'remote' as const })),
];
const manager = 'nantes.manager@centre.example';

let h: Awaited<ReturnType<typeof signInHarness>>;
let published: PublishedPulseFigure[];
let body: string;

beforeAll(async () => {
  h = await signInHarness({ now });
  await h.deps.roster.upsertTeams([teamSchema.parse(team)]);
  await h.deps.roster.upsertAdvisors(
    roster.map((a) =>
      advisorSchema.parse({
        payrollId: a.id,
        email: `${a.id.toLowerCase()}@centre.example`,
        teamId: team.teamId,
        workMode: a.workMode,
        fte: 1,
        startDate: '2025-01-06',
      }),
    ),
  );
  const answers: AnonymousPulseAnswer[] = [];
  const participation: PulseParticipation[] = [];
  weeks.forEach((week, w) => {
    roster.forEach((a, i) => {
      const values: Record<string, number> = {};
      for (const item of pulseItemsFor(week))
        values[item.id] = item.dimension === 'enps' ? (i + w) % 11 : 1 + ((i * 3 + w) % 5);
      answers.push({ teamId: team.teamId, week, workMode: a.workMode, answers: values });
      participation.push({
        advisorId: a.id,
        teamId: team.teamId,
        workMode: a.workMode,
        week,
        countsTowardKFrom: '2025-02-03',
      });
    });
  });
  const byWeek = publishWeeksByWeek({
    teams: [{ teamId: team.teamId, site: team.site, managementProfile: 'connector' }],
    weeks,
    cells: buildPulseCells(answers, participation),
    k,
  });
  for (const [week, figures] of byWeek) await h.deps.publication.publishWeek(week, figures, randomUUID());
  published = [...byWeek.values()].flat();
  await addUser(h.deps, { email: manager, role: 'manager', teams: [team.teamId] });
  const res = await h.request('GET', `/teams/${team.teamId}?from=${weeks[0]}&to=${weeks.at(-1)}`, {
    cookie: await h.signInAs(manager),
  });
  expect(res.status).toBe(200);
  body = res.body;
}, 240_000);

/** The wellbeing values (one decimal, French) of every published figure with at least k answers to the item. */
function publishedWellbeingValues(): Set<string> {
  return new Set(
    published.flatMap((f) => {
      const stats = f.dimensions.wellbeing;
      if (!stats || stats.n < k) return [];
      const value = pulseDimensionIndex(stats).value;
      return value === null ? [] : [formatNumber('fr', value, 1)];
    }),
  );
}

describe('the team page of a team with a small work-mode group', () => {
  it('publishes the team but never the remote group (the fixture is what the test says)', () => {
    expect(published.some((f) => f.group.includes('remote'))).toBe(false);
    expect(published.some((f) => f.dimensions.wellbeing !== undefined)).toBe(true);
  });

  it('shows no wellbeing figure for the remote advisors: the cell says it is hidden and why', () => {
    const row = body.match(/<tr><th scope="row">À distance<\/th>[\s\S]*?<\/tr>/)?.[0];
    expect(row).toBeDefined();
    expect(row).toContain(`moins de ${k}\u00a0répondants, pour protéger l’anonymat`);
    expect(row).not.toMatch(/\d,\d/);
  });

  it('shows every wellbeing figure as a published figure from at least k respondents', () => {
    const allowed = publishedWellbeingValues();
    const series = body.slice(
      body.indexOf('<h3>Bien-être des conseillers par semaine</h3>'),
      body.indexOf('<h3>Satisfaction client par semaine</h3>'),
    );
    const weekly = [
      ...series.matchAll(/<th scope="row">semaine du [^<]+<\/th><td class="num">([^<]+)<\/td>/g),
    ].map((m) => m[1]);
    const cuts = [...body.matchAll(/<td class="wellbeing-figure">([^<]+?) \[/g)].map((m) => m[1]);
    expect(weekly.length).toBeGreaterThan(0);
    for (const value of [...weekly, ...cuts]) expect(allowed, String(value)).toContain(value);
    const counts = [...body.matchAll(/(\d+)\u00a0répondants/g)].map((m) => Number(m[1]));
    expect(counts.length).toBeGreaterThan(0);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(k);
  });
});
