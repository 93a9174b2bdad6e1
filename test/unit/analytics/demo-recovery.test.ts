import { describe, expect, it } from 'vitest';
import { generateDemoCentre, plantedCorrelation, pressureTeamId } from '../../../scripts/demo/demo-centre.js';
import { demoAggregates } from '../../../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';
import { analyseCentre } from '../../../shared/analytics/centre-analysis.js';

const now = new Date('2026-11-23T12:00:00Z');

/** The demo centre as the product sees it: stored items, their aggregates, then the analysis. */
function analysedDemo(seed?: number) {
  const centre = generateDemoCentre(seed === undefined ? {} : { seed });
  const history = buildDemoHistory(centre, now, (email) => email.toLowerCase());
  return analyseCentre({
    teams: history.teams,
    weeks: centre.plan.weeks,
    ...demoAggregates(history, centre.plan.weeks),
  });
}

describe.each([
  ['the default seed', undefined],
  ['seed 424242', 424242],
])('analysis of the demo centre (%s) from aggregates alone', (_, seed) => {
  const analysis = analysedDemo(seed);

  it('recovers the planted lead of wellbeing on next week customer satisfaction', () => {
    const lead = analysis.pooled.wellbeingLeadsCustomer;
    expect(lead.state).toBe('ok');
    if (lead.state !== 'ok') return;
    expect(lead.ci95[0]).toBeLessThanOrEqual(plantedCorrelation);
    expect(lead.ci95[1]).toBeGreaterThanOrEqual(plantedCorrelation);
    expect(lead.ci95[0]).toBeGreaterThan(0);
    const reverse = analysis.pooled.customerLeadsWellbeing;
    expect(reverse.state).toBe('ok');
    if (reverse.state === 'ok') expect(lead.estimate).toBeGreaterThan(reverse.estimate);
  });

  it('raises the productivity-pressure alert for the pressure team and no other', () => {
    const pressured = analysis.alerts.filter((a) => a.kind === 'productivity-pressure').map((a) => a.teamId);
    expect(pressured).toEqual([pressureTeamId]);
    const alert = analysis.alerts.find((a) => a.kind === 'productivity-pressure');
    expect(alert?.periods).toEqual(analysis.weeks.slice(-4));
    expect(alert?.evidence.handleTimeSlopeShare).toBeLessThanOrEqual(-0.02);
    expect(alert?.evidence.wellbeingSlope).toBeLessThanOrEqual(-1);
  });

  it('shows weekly pulse figures only from at least five respondents', () => {
    const shown = analysis.teams.flatMap((t) => t.weeks.map((w) => w.wellbeing));
    expect(shown.some((w) => w.state === 'shown')).toBe(true);
    for (const figure of shown)
      if (figure.state === 'shown') expect(figure.respondents).toBeGreaterThanOrEqual(5);
  });
});
