import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../functions/services/api-key.service.js';
import type { PublishedPulseFigure } from '../../shared/publication/published-figure.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;
let fullKey: string;
let teamKey: string;
let published: PublishedPulseFigure[];
let weeks: readonly string[];
const k = 5;

interface ShownFigure {
  group: string;
  week: string;
  window: { kind: string; id: string };
  respondents: number;
  value: number | null;
}

async function analysis(key: string, from: string, to: string) {
  const res = await h.app.request(`/api/v1/analytics/centre?from=${from}&to=${to}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect(res.status).toBe(200);
  return res.json();
}

/** Every pulse figure a response shows, wherever it appears (team weeks and every cut). */
function shownFigures(body: {
  teams: { teamId: string; weeks: { week: string; wellbeing: Record<string, unknown> }[] }[];
  cuts: Record<string, { cut: string; teamId?: string; wellbeing: Record<string, unknown> }[]>;
}): ShownFigure[] {
  const shown: ShownFigure[] = [];
  const add = (group: string, week: string, w: Record<string, unknown>) => {
    if (w.state !== 'shown') return;
    shown.push({
      group,
      week,
      window: w.window as ShownFigure['window'],
      respondents: w.respondents as number,
      value: (w.wellbeing as { value: number | null }).value,
    });
  };
  for (const team of body.teams)
    for (const row of team.weeks) add(`team:${team.teamId}`, row.week, row.wellbeing);
  const groupOf: Record<string, (c: { cut: string; teamId?: string }) => string> = {
    site: (c) => `site:${c.cut}`,
    managementProfile: (c) => `profile:${c.cut}`,
    workMode: (c) => `team:${c.teamId}/mode:${c.cut}`,
  };
  for (const [cut, make] of Object.entries(groupOf)) {
    for (const c of body.cuts[cut] ?? []) add(make(c), String(c.wellbeing.week), c.wellbeing);
  }
  return shown;
}

beforeAll(async () => {
  h = await surveyHarness(new Date('2026-11-30T09:00:00Z'));
  const seeded = await seedDemoTables(h.db, h.clock.now());
  published = seeded.published;
  weeks = seeded.centre.plan.weeks;
  fullKey = (
    await createApiKey(h.deps.apiKeys, h.deps.clock, { name: 'attacker-full', scopes: ['analytics:read'] })
  ).key;
  const smallTeam = seeded.history.teams[0]?.teamId ?? '';
  teamKey = (
    await createApiKey(h.deps.apiKeys, h.deps.clock, {
      name: 'attacker-team',
      teams: [smallTeam],
      scopes: ['analytics:read'],
    })
  ).key;
}, 240_000);

describe('replaying the subtraction attacks against the analytics API', () => {
  it('shows, for any range and any key, only figures of the one publication, each from k advisors', async () => {
    const ranges: [string, string][] = [];
    for (let i = 0; i < weeks.length; i++) {
      ranges.push([weeks[i] as string, weeks[i] as string]);
      if (i + 1 < weeks.length) ranges.push([weeks[i] as string, weeks[i + 1] as string]);
    }
    ranges.push([weeks[0] as string, weeks.at(-1) as string], [weeks[13] as string, weeks[25] as string]);
    const seen = new Map<string, string>();
    let count = 0;
    for (const key of [fullKey, teamKey]) {
      for (const [from, to] of ranges) {
        for (const figure of shownFigures(await analysis(key, from, to))) {
          count++;
          const source = published.find(
            (p) =>
              p.group === figure.group &&
              p.window.kind === figure.window.kind &&
              p.window.id === figure.window.id,
          );
          expect(source, `${figure.group} ${figure.window.id}`).toBeDefined();
          expect(figure.respondents).toBe(source?.dimensions.wellbeing?.n);
          expect(figure.respondents).toBeGreaterThanOrEqual(k);
          // The same group and week show the same figure whatever the request.
          const id = `${figure.group}|${figure.week}`;
          const signature = JSON.stringify([figure.window, figure.respondents, figure.value]);
          expect(seen.get(id) ?? signature).toBe(signature);
          seen.set(id, signature);
        }
      }
    }
    expect(count).toBeGreaterThan(500);
  }, 240_000);

  it('gives a team-limited key no figure that sums other teams', async () => {
    const body = await analysis(teamKey, weeks[0] as string, weeks.at(-1) as string);
    const groups = new Set(shownFigures(body).map((f) => f.group.split('/')[0]));
    expect([...groups].every((g) => g?.startsWith('team:'))).toBe(true);
    expect(groups.size).toBeLessThanOrEqual(1);
  });
});
