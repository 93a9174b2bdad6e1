import type { AdvisorWeekCustomerAggregate, CustomerCounts } from '../aggregates/aggregate.types.js';
import { emptyStats } from '../aggregates/sufficient-stats.js';
import type { SharedObjectives } from '../objectives/shared-objectives.js';
import type { Channel, Locale } from '../roster/index.js';
import {
  type AdvisorFigures,
  advisorFigures,
  minimumAdvisorResponses,
  type ObjectiveReading,
  readAgainstObjective,
} from './advisor-estimates.js';
import { type WeekRange, weeksOf } from './week-range.js';

/**
 * A customer's comment about one of the advisor's contacts: the week, channel, score and text
 * in the customer's language. Nothing identifies the customer.
 */
export interface AdvisorCustomerComment {
  readonly period: string;
  readonly channel: Channel;
  readonly locale: Locale;
  /** 0–10. */
  readonly satisfaction: number;
  readonly comment: string;
}

/** One week of an advisor's own customer results. */
export interface AdvisorWeek extends AdvisorFigures {
  readonly period: string;
}

/** The quarter's figures, each read against its shared objective when it is shown. */
export interface AdvisorQuarter extends AdvisorFigures {
  readonly quarter: string;
  readonly against: {
    readonly satisfaction?: ObjectiveReading | undefined;
    readonly recommendation?: ObjectiveReading | undefined;
    readonly onceAndDone?: ObjectiveReading | undefined;
  };
}

/** What an advisor sees of their own customer results: never a pulse figure, never a colleague's. */
export interface AdvisorResults {
  readonly advisorId: string;
  readonly range: WeekRange;
  /** Every week of the range, oldest first; a week without responses is there with n = 0. */
  readonly weeks: readonly AdvisorWeek[];
  readonly quarter: AdvisorQuarter;
  /** Newest week first, at most `maxAdvisorComments`. */
  readonly comments: readonly AdvisorCustomerComment[];
  readonly objectives: SharedObjectives;
  /** Responses a figure needs before it is shown. */
  readonly minimumResponses: number;
}

/** Comments one page shows. */
export const maxAdvisorComments = 20;

const noResponses: CustomerCounts = {
  satisfaction: emptyStats,
  recommendation: emptyStats,
  effort: emptyStats,
  resolved: emptyStats,
  promoters: 0,
  passives: 0,
  detractors: 0,
};

/** One row per week of the range, from the advisor's weekly aggregates (absent weeks: no responses). */
export function advisorWeeklySeries(
  range: WeekRange,
  aggregates: readonly AdvisorWeekCustomerAggregate[],
  minimum = minimumAdvisorResponses,
): AdvisorWeek[] {
  const byWeek = new Map(aggregates.map((a) => [a.period, a]));
  return weeksOf(range).map((period) => ({
    period,
    ...advisorFigures(byWeek.get(period) ?? noResponses, minimum),
  }));
}

/** The quarter's figures (from the advisor's quarter counters, as pay reads them) against the objectives. */
export function advisorQuarterFigures(
  quarter: string,
  counts: CustomerCounts | undefined,
  objectives: SharedObjectives,
  minimum = minimumAdvisorResponses,
): AdvisorQuarter {
  const figures = advisorFigures(counts ?? noResponses, minimum);
  return {
    quarter,
    ...figures,
    against: {
      satisfaction: readAgainstObjective(figures.satisfaction, objectives.satisfaction),
      recommendation: readAgainstObjective(figures.recommendation, objectives.recommendation),
      onceAndDone: readAgainstObjective(figures.onceAndDone, objectives.onceAndDoneRate),
    },
  };
}
