import { minimumAdvisorResponses } from '../../shared/advisor-results/advisor-estimates.js';
import {
  type AdvisorResults,
  advisorQuarterFigures,
  advisorWeeklySeries,
  maxAdvisorComments,
} from '../../shared/advisor-results/advisor-results.js';
import { quarterOfWeek, type WeekRange } from '../../shared/advisor-results/week-range.js';
import { defaultSharedObjectives, type SharedObjectives } from '../../shared/objectives/shared-objectives.js';
import type { AdvisorResultsRepository } from './ports/advisor-results.port.js';

export interface AdvisorResultsDeps {
  readonly advisorResults: AdvisorResultsRepository;
}

/**
 * One advisor's own customer results over a range of weeks. The advisor id is the caller's own
 * (the route takes it from the session only).
 * 1. read the advisor's weekly counters, the quarter of the range's last week, and the latest comments
 * 2. estimate each week and the quarter: n, a 95% interval and a state; below the minimum
 *    number of responses a figure is withheld, never shown as a number
 * 3. read the quarter against the shared objectives
 * No pulse data is read: an advisor's wellbeing never appears on an individual page.
 */
export async function advisorResults(
  deps: AdvisorResultsDeps,
  advisorId: string,
  range: WeekRange,
  objectives: SharedObjectives = defaultSharedObjectives,
): Promise<AdvisorResults> {
  const quarter = quarterOfWeek(range.to);
  const [weeks, quarterCounts, comments] = await Promise.all([
    deps.advisorResults.advisorWeeks(advisorId, range.from, range.to),
    deps.advisorResults.advisorQuarter(advisorId, quarter),
    deps.advisorResults.advisorComments(advisorId, range.from, range.to, maxAdvisorComments),
  ]);
  return {
    advisorId,
    range,
    weeks: advisorWeeklySeries(range, weeks),
    quarter: advisorQuarterFigures(quarter, quarterCounts, objectives),
    comments,
    objectives,
    minimumResponses: minimumAdvisorResponses,
  };
}
