import { describe, expect, it } from 'vitest';
import { generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import { demoAggregates } from '../../../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';
import { analyseCentre } from '../../../shared/analytics/centre-analysis.js';
import { centreQuadrantThresholds } from '../../../shared/analytics/centre-thresholds.js';

const now = new Date('2026-11-23T12:00:00Z');
const centre = generateDemoCentre();
const history = buildDemoHistory(centre, now, (email) => email.toLowerCase());
const weeks = centre.plan.weeks;
const data = demoAggregates(history, weeks);
const whole = analyseCentre({ teams: history.teams, weeks, ...data });

/** What a one-team read holds: that team's aggregates and its own groups' figures only. */
function oneTeamData(teamId: string) {
  return {
    customer: data.customer.filter((c) => c.teamId === teamId),
    customerByWorkMode: data.customerByWorkMode.filter((c) => c.teamId === teamId),
    operations: data.operations.filter((o) => o.teamId === teamId),
    published: data.published.filter(
      (f) => f.group === `team:${teamId}` || f.group.startsWith(`team:${teamId}/`),
    ),
  };
}

describe('the centre quadrant thresholds for a one-team read', () => {
  it("equal the whole centre analysis's medians, from the last four weeks alone", () => {
    const recent = weeks.slice(-4);
    const thresholds = centreQuadrantThresholds({
      teamIds: history.teams.map((t) => t.teamId),
      weeks: recent,
      customer: data.customer.filter((c) => recent.includes(c.period)),
      published: data.published.filter((f) => f.group.startsWith('team:') && !f.group.includes('/mode:')),
    });
    expect(whole.quadrantThresholds).not.toBeNull();
    expect(thresholds).toEqual(whole.quadrantThresholds);
    expect(thresholds?.teams).toBe(history.teams.length);
  });

  it("place a team as the whole centre does, where its own medians would always say 'at the centre'", () => {
    const thresholds = whole.quadrantThresholds;
    if (!thresholds) throw new Error('no thresholds');
    let differsFromOwn = 0;
    for (const team of history.teams) {
      const one = analyseCentre({
        teams: [team],
        weeks,
        ...oneTeamData(team.teamId),
        quadrantThresholds: thresholds,
      });
      const inWhole = whole.teams.find((t) => t.teamId === team.teamId);
      expect(one.quadrantThresholds).toEqual(thresholds);
      expect(one.teams[0]?.symmetry).toEqual(inWhole?.symmetry);
      expect(JSON.stringify(one)).not.toMatch(
        new RegExp(
          history.teams
            .filter((t) => t.teamId !== team.teamId)
            .map((t) => `"${t.teamId}"`)
            .join('|'),
        ),
      );

      const own = analyseCentre({ teams: [team], weeks, ...oneTeamData(team.teamId) });
      const symmetry = own.teams[0]?.symmetry;
      if (symmetry && 'point' in symmetry) {
        expect(own.quadrantThresholds).toMatchObject({ ...symmetry.point, teams: 1 });
        if (own.quadrantThresholds?.wellbeingIndex !== thresholds.wellbeingIndex) differsFromOwn++;
      }
    }
    expect(differsFromOwn).toBeGreaterThan(0);
  });

  it('places no quadrant when the caller may not be given the thresholds', () => {
    const [team] = history.teams;
    if (!team) throw new Error('no team');
    const one = analyseCentre({
      teams: [team],
      weeks,
      ...oneTeamData(team.teamId),
      quadrantThresholds: null,
    });
    expect(one.quadrantThresholds).toBeNull();
    expect(one.teams[0]?.symmetry).toEqual({
      state: 'insufficient-evidence',
      reading: { key: 'quadrant.insufficient', params: { reason: 'no-thresholds' } },
    });
  });
});
