import type { CustomerAggregate } from '../../shared/aggregates/aggregate.types.js';
import { emptyStats, mergeStats } from '../../shared/aggregates/sufficient-stats.js';
import { type DriverObservation, teamDrivers } from '../../shared/analytics/drivers.js';
import {
  customerIndices,
  customerSatisfactionIndex,
  type IndexValue,
  onceAndDoneRate,
  pulseIndices,
} from '../../shared/analytics/indices.js';
import { type ReadCorrelation, readDriver } from '../../shared/analytics/inference/reading.js';
import { publishedSeries } from '../../shared/publication/published-series.js';
import { groupId } from '../../shared/publication/pulse-groups.js';
import {
  type Channel,
  channels,
  isActiveInWeek,
  type RosterAdvisor,
  type Team,
  type WorkMode,
} from '../../shared/roster/index.js';
import type { PulseDimension } from '../../shared/surveys/pulse-dimensions.js';
import {
  type AnalyticsDeps,
  analysisWeeks,
  type OneTeamAnalysis,
  teamAnalysis,
} from './analytics.service.js';
import { NotFoundError } from './errors.js';

/** Customer responses a week needs before its satisfaction counts as a weekly point (as analyseCentre). */
const minCustomerResponses = 5;

/** A driver of this team's customer scores, with its interval and plain-language reading. */
export interface TeamDriver {
  readonly dimension: PulseDimension;
  readonly correlation: ReadCorrelation;
  readonly tier: number | null;
}

/** The team's drivers from its own weeks, or why there are none yet. */
export type TeamDrivers =
  | { readonly state: 'shown'; readonly drivers: readonly TeamDriver[] }
  | { readonly state: 'insufficient'; readonly weeksWithBoth: number };

/** Customer figures of one channel over the range (no pulse figure: advisors are not split by channel). */
export interface ChannelCut {
  readonly channel: Channel;
  readonly responses: number;
  readonly satisfaction: IndexValue;
  readonly onceAndDone: IndexValue;
}

/** Published respondents of one week against the team's headcount that week. */
export interface WeekParticipation {
  readonly week: string;
  /** Advisors of the team active that week (roster). */
  readonly headcount: number;
  /** Respondents of the week's own published figure; absent when the week was not published on its own. */
  readonly respondents?: number;
}

export interface TeamPage {
  readonly team: Team;
  readonly analysis: OneTeamAnalysis;
  readonly drivers: TeamDrivers;
  readonly channels: readonly ChannelCut[];
  readonly participation: readonly WeekParticipation[];
  /** Work modes of the team's advisors in the range's last week, so a group never published is still listed (hidden). */
  readonly rosterWorkModes: readonly WorkMode[];
}

async function teamAdvisors(deps: AnalyticsDeps, teamId: string): Promise<RosterAdvisor[]> {
  const all: RosterAdvisor[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.roster.listAdvisors({ teamId, limit: 200, cursor });
    all.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return all;
}

/**
 * The team's drivers: each pulse dimension of a week's own published figure against customer
 * satisfaction the following week (as the centre's drivers), within this team only
 * (`teamDrivers`, p-values adjusted over the dimensions). Reads published figures only.
 */
export function teamDriversFromPublished(input: {
  readonly teamId: string;
  readonly weeks: readonly string[];
  readonly published: Parameters<typeof publishedSeries>[1];
  readonly customer: readonly CustomerAggregate[];
}): TeamDrivers {
  const series = publishedSeries(
    groupId({ kind: 'team', teamId: input.teamId }),
    input.published,
    input.weeks,
    'wellbeing',
  );
  const customerByWeek = new Map(input.customer.filter((c) => c.channel === 'all').map((c) => [c.period, c]));
  const observations: DriverObservation[] = [];
  series.forEach((figure, i) => {
    const next = customerByWeek.get(input.weeks[i + 1] ?? '');
    if (figure.state !== 'shown' || figure.window.kind !== 'week' || !next) return;
    if (next.satisfaction.n < minCustomerResponses) return;
    const customerIndex = customerIndices(next).satisfaction.value;
    if (customerIndex === null) return;
    const dims = pulseIndices(figure.aggregate).dimensions;
    const dimensions: Partial<Record<PulseDimension, number>> = {};
    for (const [d, v] of Object.entries(dims))
      if (v.value !== null) dimensions[d as PulseDimension] = v.value;
    observations.push({ teamId: input.teamId, period: figure.week, customerIndex, dimensions });
  });
  const ranking = teamDrivers(observations, input.teamId);
  if (ranking.scope !== 'team') return { state: 'insufficient', weeksWithBoth: observations.length };
  return {
    state: 'shown',
    drivers: ranking.drivers.map((d) => {
      const read = readDriver(d, input.weeks.length);
      return { dimension: read.dimension, correlation: read.correlation, tier: read.tier };
    }),
  };
}

/** Customer satisfaction and once-and-done per channel, summed over the range. */
export function channelCuts(customer: readonly CustomerAggregate[]): ChannelCut[] {
  return channels.map((channel) => {
    let satisfaction = emptyStats;
    let resolved = emptyStats;
    for (const c of customer) {
      if (c.channel !== channel) continue;
      satisfaction = mergeStats(satisfaction, c.satisfaction);
      resolved = mergeStats(resolved, c.resolved);
    }
    return {
      channel,
      responses: satisfaction.n,
      satisfaction: customerSatisfactionIndex(satisfaction),
      onceAndDone: onceAndDoneRate(resolved),
    };
  });
}

/**
 * Everything the team page shows, from published pulse figures and customer aggregates only.
 * 1. the team's analysis (teamAnalysis: scope check, weeks, correlations, quadrant, alerts, work-mode cuts)
 * 2. its published figures and customer aggregates over the same weeks, for drivers and channel cuts
 * 3. its roster, for the headcount each week's respondents are read against
 */
export async function teamPage(
  deps: AnalyticsDeps,
  teamId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<TeamPage> {
  const scope = { teams: [teamId] };
  const team = (await deps.roster.getTeams([teamId])).get(teamId);
  if (!team) throw new NotFoundError(`No team "${teamId}"`);
  const weeks = analysisWeeks(deps.clock, range.from, range.to);
  const first = weeks[0] ?? '';
  const last = weeks.at(-1) ?? '';
  const [analysis, published, customer, advisors] = await Promise.all([
    teamAnalysis(deps, scope, teamId, range),
    deps.publication.figuresOfGroups([groupId({ kind: 'team', teamId })], first, last),
    deps.aggregates.customerAggregates(teamId, first, last),
    teamAdvisors(deps, teamId),
  ]);
  return {
    team,
    analysis,
    drivers: teamDriversFromPublished({ teamId, weeks, published, customer }),
    channels: channelCuts(customer),
    rosterWorkModes: [
      ...new Set(advisors.filter((a) => isActiveInWeek(a, last)).map((a) => a.workMode)),
    ].sort(),
    participation: analysis.weeks.map((row) => ({
      week: row.week,
      headcount: advisors.filter((a) => isActiveInWeek(a, row.week)).length,
      ...(row.wellbeing.state === 'shown' && row.wellbeing.window.kind === 'week'
        ? { respondents: row.wellbeing.respondents }
        : {}),
    })),
  };
}
