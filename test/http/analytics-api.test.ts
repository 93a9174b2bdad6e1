import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { publishClosedWeeks } from '../../functions/services/publication/publish-pulse.service.js';
import { dispatchPulse } from '../../functions/services/pulse-dispatch.service.js';
import { publicationDeps } from '../../functions/wiring/publication.wiring.js';
import { pulseItemsFor } from '../../shared/surveys/pulse-bank.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;
let allTeams: string;
let lilleOnly: string;
const weeks = ['2026-W44', '2026-W45', '2026-W46', '2026-W47'];

async function get(path: string, key: string) {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${key}` } });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  h = await surveyHarness(new Date('2026-10-27T08:00:00Z'));
  for (const [i, week] of weeks.entries()) {
    await dispatchPulse(h.dispatchDeps, week, 1);
    const items = pulseItemsFor(week);
    for (const mail of h.mailer.sent.filter((m) => m.tags.period === week)) {
      const value = String(2 + ((i + mail.to.length) % 3));
      const form = Object.fromEntries(items.map((item) => [item.id, value]));
      const res = await h.app.request(linkIn(mail, '/s/p/'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
      expect(res.status).toBe(200);
    }
    h.clock.advanceDays(7);
  }
  // W47's links expire on 2026-11-30: from then on its figures are published, once.
  h.clock.advanceDays(7);
  expect(
    (await publishClosedWeeks({ ...publicationDeps(h.db.config, h.db.clients), clock: h.clock })).published,
  ).toEqual(expect.arrayContaining(weeks));
  allTeams = (await createApiKey(h.deps.apiKeys, h.deps.clock, { name: 'bi' })).key;
  lilleOnly = (await createApiKey(h.deps.apiKeys, h.deps.clock, { name: 'lille', teams: ['lille-1'] })).key;
});

describe('analytics read API', () => {
  it('shows the six-advisor team week by week and never the one-advisor team', async () => {
    const { status, body } = await get('/api/v1/analytics/centre?from=2026-W44&to=2026-W47', allTeams);
    expect(status).toBe(200);
    expect(body.weeks).toEqual(weeks);
    const lyon = body.teams.find((t: { teamId: string }) => t.teamId === 'lyon-1');
    const lille = body.teams.find((t: { teamId: string }) => t.teamId === 'lille-1');
    expect(
      lyon.weeks.map((w: { wellbeing: { state: string; respondents?: number } }) => w.wellbeing),
    ).toEqual(weeks.map(() => expect.objectContaining({ state: 'shown', respondents: 6 })));
    expect(
      lille.weeks.every((w: { wellbeing: { state: string } }) => w.wellbeing.state === 'suppressed'),
    ).toBe(true);
    const text = JSON.stringify(body);
    for (const match of text.matchAll(/"respondents":(\d+)/g))
      expect(Number(match[1])).toBeGreaterThanOrEqual(5);
  });

  it('hides the Lille site total that would reveal the one-advisor team by subtraction', async () => {
    const { body } = await get('/api/v1/analytics/centre?from=2026-W44&to=2026-W47', allTeams);
    const lilleSite = body.cuts.site.find((c: { cut: string }) => c.cut === 'Lille');
    expect(lilleSite.wellbeing.state).toBe('suppressed');
    const lilleProfile = body.cuts.managementProfile.find((c: { cut: string }) => c.cut === 'always-on');
    expect(lilleProfile.wellbeing.state).toBe('suppressed');
    const lyonTeam = body.teams.find((t: { teamId: string }) => t.teamId === 'lyon-1');
    expect(lyonTeam.weeks.at(-1).wellbeing.respondents).toBe(6);
  });

  it('says there is not enough evidence on four weeks, never NaN', async () => {
    const { body } = await get('/api/v1/analytics/teams/lyon-1?from=2026-W44&to=2026-W47', allTeams);
    expect(body.correlation.wellbeingLeadsCustomer.pearson.state).toBe('insufficient-evidence');
    expect(body.correlation.sameWeek.spearman.estimate).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
  });

  it('limits a team-scoped key to its teams, with the same anonymity rules', async () => {
    const { body } = await get('/api/v1/analytics/centre?from=2026-W44&to=2026-W47', lilleOnly);
    expect(body.teams.map((t: { teamId: string }) => t.teamId)).toEqual(['lille-1']);
    expect(JSON.stringify(body)).not.toContain('lyon-1');
    expect(
      body.teams[0].weeks.every((w: { wellbeing: { state: string } }) => w.wellbeing.state === 'suppressed'),
    ).toBe(true);
    expect((await get('/api/v1/analytics/teams/lyon-1', lilleOnly)).status).toBe(404);
  });

  it('names a bad range', async () => {
    const bad = await get('/api/v1/analytics/centre?from=2026-W99', allTeams);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('from');
    const reversed = await get('/api/v1/analytics/centre?from=2026-W47&to=2026-W44', allTeams);
    expect(reversed.status).toBe(400);
  });
});
