import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { commentGroupMinimum } from '../../shared/publication/publish-comments.js';
import { weeksOfWindow } from '../../shared/publication/pulse-windows.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { signInHarness } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let seeded: Awaited<ReturnType<typeof seedDemoTables>>;

/** Distinct advisors who answered in a team's month (an upper bound of those counting toward k), and its comments. */
function monthOf(teamId: string, monthId: string) {
  const weeks = new Set(weeksOfWindow({ kind: 'month', id: monthId }, Number(monthId.slice(0, 4))));
  const respondents = new Set(
    seeded.history.participation
      .filter((p) => p.teamId === teamId && weeks.has(p.week))
      .map((p) => p.advisorId),
  ).size;
  const comments = seeded.history.pulseAnswers
    .filter((a) => a.teamId === teamId && weeks.has(a.week) && a.comment)
    .map((a) => a.comment as string);
  return { respondents, comments };
}

beforeAll(async () => {
  h = await signInHarness({ now: new Date('2026-11-30T09:00:00Z') });
  seeded = await seedDemoTables(h.db, h.clock.now());
}, 300_000);

describe('anonymous pulse comments on the team pages', () => {
  it('every published month holds ≥ 10 respondents and exactly that team-month’s comments; smaller months never appear', async () => {
    let shownMonths = 0;
    let hiddenMonths = 0;
    for (const team of seeded.history.teams) {
      const sets = await h.deps.publication.commentSetsOfTeam(team.teamId, '2026-W01', '2026-W53');
      const shown = new Set(sets.map((s) => s.window.id));
      for (const set of sets) {
        const truth = monthOf(team.teamId, set.window.id);
        expect(set.respondents).toBeGreaterThanOrEqual(commentGroupMinimum);
        expect(set.respondents).toBeLessThanOrEqual(truth.respondents);
        expect([...set.comments]).toEqual([...truth.comments].sort());
        shownMonths++;
      }
      const months = new Set(
        seeded.history.pulseAnswers.filter((a) => a.teamId === team.teamId && a.comment).map((a) => a.week),
      );
      for (const week of months) {
        const monthId = seeded.published.find(
          (f) => f.window.kind === 'month' && f.firstWeek <= week && f.lastWeek >= week,
        )?.window.id;
        if (!monthId || shown.has(monthId)) continue;
        if (monthOf(team.teamId, monthId).respondents < commentGroupMinimum) hiddenMonths++;
      }
    }
    // The demo has both: months shown, and months under 10 respondents never shown.
    expect(shownMonths).toBeGreaterThan(0);
    expect(hiddenMonths).toBeGreaterThan(0);
  });

  it('the team’s manager reads them with no date and acknowledges a month; another manager gets the unknown-path 404', async () => {
    const withComments = [];
    for (const team of seeded.history.teams) {
      const sets = await h.deps.publication.commentSetsOfTeam(team.teamId, '2026-W01', '2026-W53');
      if (sets.length > 0) withComments.push({ team, sets });
    }
    const [first, second] = withComments;
    if (!first || !second) throw new Error('the demo needs two teams with published comments');
    await addUser(h.deps, { email: 'm1@centre.example', role: 'manager', teams: [first.team.teamId] });
    await addUser(h.deps, { email: 'm2@centre.example', role: 'manager', teams: [second.team.teamId] });
    const m1 = await h.signInAs('m1@centre.example');
    const m2 = await h.signInAs('m2@centre.example');
    const page = await h.request('GET', `/teams/${first.team.teamId}/comments`, { cookie: m1 });
    expect(page.status).toBe(200);
    const set = first.sets[0];
    if (!set) throw new Error('no set');
    for (const comment of set.comments) expect(page.body).toContain(comment);
    expect(page.body).not.toMatch(/\d{4}-W\d{2}/);
    const team = await h.request('GET', `/teams/${first.team.teamId}`, { cookie: m1 });
    expect(team.body).toContain(`/teams/${first.team.teamId}/comments`);

    const refused = await h.request('GET', `/teams/${first.team.teamId}/comments`, { cookie: m2 });
    expect(refused.status).toBe(404);
    const ackRefused = await h.request(
      'POST',
      `/teams/${first.team.teamId}/comments/${set.window.id}/acknowledge`,
      {
        cookie: m2,
        form: {},
      },
    );
    expect(ackRefused.status).toBe(404);

    const ack = await h.request('POST', `/teams/${first.team.teamId}/comments/${set.window.id}/acknowledge`, {
      cookie: m1,
      form: {},
    });
    expect(ack.status).toBe(303);
    const after = await h.request('GET', `/teams/${first.team.teamId}/comments`, { cookie: m1 });
    expect(after.body).toContain('Pris en compte par m1@centre.example');
    const unknownMonth = await h.request('POST', `/teams/${first.team.teamId}/comments/2019-01/acknowledge`, {
      cookie: m1,
      form: {},
    });
    expect(unknownMonth.status).toBe(404);
  });
});
