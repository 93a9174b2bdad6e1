import { describe, expect, it } from 'vitest';
import { generateDemoCentre } from '../../../scripts/demo/demo-centre.js';
import { demoAggregates } from '../../../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';
import { analyseCentre } from '../../../shared/analytics/centre-analysis.js';

const now = new Date('2026-11-23T12:00:00Z');
const centre = generateDemoCentre();
const history = buildDemoHistory(centre, now, (email) => email.toLowerCase());
const weeks = centre.plan.weeks;
const data = demoAggregates(history, weeks);
const analysis = analyseCentre({ teams: history.teams, weeks, ...data });

/** The demo's stored customer responses, summed by team and advisor work mode by hand. */
function responsesByTeamAndMode() {
  const inRange = new Set(weeks);
  const totals = new Map<string, { n: number; sum: number; resolvedN: number; resolvedYes: number }>();
  for (const item of history.mainItems) {
    if (item.type !== 'CustomerResponse' || !inRange.has(String(item.period))) continue;
    const key = `${item.teamId}|${item.workMode}`;
    const t = totals.get(key) ?? { n: 0, sum: 0, resolvedN: 0, resolvedYes: 0 };
    if (typeof item.satisfaction === 'number') {
      t.n++;
      t.sum += item.satisfaction;
    }
    if (typeof item.resolved === 'boolean') {
      t.resolvedN++;
      if (item.resolved) t.resolvedYes++;
    }
    totals.set(key, t);
  }
  return totals;
}

describe('the work-mode cut of the demo centre', () => {
  it('shows real customer figures per team and advisor work mode, equal to the responses summed by hand', () => {
    const expected = responsesByTeamAndMode();
    expect(expected.size).toBeGreaterThan(history.teams.length);
    const shown = analysis.cuts.workMode.filter((c) => c.customer.state === 'shown');
    expect(shown).toHaveLength(expected.size);
    for (const cut of shown) {
      const e = expected.get(`${cut.teamId}|${cut.cut}`);
      if (!e || cut.customer.state !== 'shown') throw new Error(`no responses for ${cut.teamId} ${cut.cut}`);
      expect(cut.customer.responses).toBe(e.n);
      expect(cut.customer.satisfaction.value).toBeCloseTo((10 * e.sum) / e.n, 10);
      expect(cut.customer.onceAndDone.n).toBe(e.resolvedN);
      expect(cut.customer.onceAndDone.value).toBeCloseTo((100 * e.resolvedYes) / e.resolvedN, 10);
      expect(cut.customer.satisfaction.se).toBeGreaterThan(0);
    }
  });

  it("splits each team's responses across its work modes without losing or adding one", () => {
    for (const team of analysis.teams) {
      const total = team.weeks.reduce((sum, w) => sum + w.customer.responses, 0);
      const byMode = analysis.cuts.workMode
        .filter((c) => c.teamId === team.teamId)
        .reduce((sum, c) => sum + (c.customer.state === 'shown' ? c.customer.responses : 0), 0);
      expect(byMode).toBe(total);
    }
  });

  it('says a work mode without responses is absent, never a zero', () => {
    const first = data.customerByWorkMode[0];
    const team = history.teams.find((t) => t.teamId === first?.teamId);
    if (!first || !team) throw new Error('no work-mode aggregate');
    const mode = first.workMode;
    const other = mode === 'hybrid' ? 'remote' : 'hybrid';
    const oneMode = data.customerByWorkMode.filter((c) => c.teamId === team.teamId && c.workMode === mode);
    const result = analyseCentre({
      teams: [team],
      weeks,
      customer: [],
      published: [],
      operations: [],
      customerByWorkMode: [
        ...oneMode,
        {
          teamId: team.teamId,
          period: '2020-W01',
          workMode: other,
          satisfaction: { n: 3, sum: 27, sumSq: 243 },
          recommendation: { n: 0, sum: 0, sumSq: 0 },
          effort: { n: 0, sum: 0, sumSq: 0 },
          resolved: { n: 0, sum: 0, sumSq: 0 },
          promoters: 0,
          passives: 0,
          detractors: 0,
        },
      ],
    });
    const cut = (mode: string) => result.cuts.workMode.find((c) => c.cut === mode)?.customer;
    expect(cut(other)).toEqual({ state: 'absent', reason: 'no-responses' });
    expect(cut(mode)).toMatchObject({
      state: 'shown',
      responses: oneMode.reduce((n, c) => n + c.satisfaction.n, 0),
    });
  });
});
