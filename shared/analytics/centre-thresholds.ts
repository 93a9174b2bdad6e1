import type { CustomerAggregate } from '../aggregates/aggregate.types.js';
import type { PublishedPulseFigure } from '../publication/published-figure.js';
import { publishedSeries } from '../publication/published-series.js';
import { groupId } from '../publication/pulse-groups.js';
import { advisorWellbeingIndex, customerSatisfactionIndex } from './indices.js';
import { type QuadrantThresholds, quadrantThresholds, type SymmetryPoint } from './quadrant.js';

/** Weeks a team's current quadrant point is read over (analyseCentre's default `recentWeeks`). */
export const quadrantWindowWeeks = 4;

function mean(values: readonly number[]): number | undefined {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/**
 * The whole centre's quadrant thresholds from only what they need: each team's current point,
 * the mean over the last `recentWeeks` weeks of the range of its week-level published
 * wellbeing index and of its customer satisfaction index (weeks with at least
 * `minCustomerResponses` responses), exactly as analyseCentre places a team. Reads
 * O(teams × recentWeeks) figures, so a one-team reader can be given the centre's two medians
 * without the analysis of every team, and without any team's figures.
 */
export function centreQuadrantThresholds(input: {
  readonly teamIds: readonly string[];
  /** ISO weeks of the analysed range, oldest first; only the last `recentWeeks` are read. */
  readonly weeks: readonly string[];
  /** Customer aggregates of the teams (all channels) covering those weeks. */
  readonly customer: readonly CustomerAggregate[];
  /** Published figures of the teams' own groups covering those weeks. */
  readonly published: readonly PublishedPulseFigure[];
  readonly minCustomerResponses?: number;
  readonly recentWeeks?: number;
}): QuadrantThresholds | undefined {
  const minResponses = input.minCustomerResponses ?? 5;
  const recent = input.weeks.slice(-(input.recentWeeks ?? quadrantWindowWeeks));
  const figuresByGroup = new Map<string, PublishedPulseFigure[]>();
  for (const f of input.published) {
    const list = figuresByGroup.get(f.group);
    if (list) list.push(f);
    else figuresByGroup.set(f.group, [f]);
  }
  const satisfactionByKey = new Map<string, CustomerAggregate>();
  for (const c of input.customer)
    if (c.channel === 'all') satisfactionByKey.set(`${c.teamId}|${c.period}`, c);

  const points: SymmetryPoint[] = [];
  for (const teamId of input.teamIds) {
    const group = groupId({ kind: 'team', teamId });
    const wellbeing = publishedSeries(group, figuresByGroup.get(group) ?? [], recent, 'wellbeing').flatMap(
      (figure) => {
        if (figure.state !== 'shown' || figure.window.kind !== 'week') return [];
        const value = advisorWellbeingIndex(figure.aggregate).value;
        return value === null ? [] : [value];
      },
    );
    const customer = recent.flatMap((week) => {
      const aggregate = satisfactionByKey.get(`${teamId}|${week}`);
      if (!aggregate || aggregate.satisfaction.n < minResponses) return [];
      const value = customerSatisfactionIndex(aggregate.satisfaction).value;
      return value === null ? [] : [value];
    });
    const wellbeingIndex = mean(wellbeing);
    const customerIndex = mean(customer);
    if (wellbeingIndex !== undefined && customerIndex !== undefined)
      points.push({ wellbeingIndex, customerIndex });
  }
  return quadrantThresholds(points);
}
