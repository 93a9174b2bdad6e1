import type {
  CustomerAggregate,
  CustomerCounts,
  CustomerWorkModeAggregate,
  OperationsAggregate,
  TimeWindow,
} from '../aggregates/aggregate.types.js';
import { emptyStats, meanOf, mergeStats, varianceOf } from '../aggregates/sufficient-stats.js';
import type { PublishedPulseFigure } from '../publication/published-figure.js';
import { publishedSeries, type ShownPulse } from '../publication/published-series.js';
import { groupId, parseGroupId, type TeamOfCentre } from '../publication/pulse-groups.js';
import { type Channel, channels, type ManagementProfile, type WorkMode } from '../roster/index.js';
import { type PulseDimension, pulseDimensions } from '../surveys/pulse-dimensions.js';
import { type PeriodFigures, recentWindowEstimate } from './alerts/window-drop.js';
import { type Alert, teamAlerts } from './alerts.js';
import { type Driver, type DriverObservation, rankDrivers } from './drivers.js';
import {
  advisorWellbeingIndex,
  customerIndices,
  type IndexValue,
  onceAndDoneRate,
  pulseIndices,
} from './indices.js';
import { adjustPooledCorrelations, adjustTeamCorrelations } from './inference/centre-families.js';
import {
  type QuadrantReading,
  type ReadCorrelation,
  readDriver,
  readNoQuadrant,
  readPooledCorrelations,
  readTeamCorrelations,
  withReading,
} from './inference/reading.js';
import { pooledSeriesCorrelation, seriesCorrelation } from './inference/series-correlation.js';
import { laggedCorrelations } from './lagged.js';
import { alignPeriods, type PeriodValues } from './period-series.js';
import { minimumDetectableCorrelation } from './power.js';
import {
  type QuadrantThresholds,
  quadrantThresholds,
  type SymmetryPoint,
  type TeamSymmetry,
  teamSymmetry,
} from './quadrant.js';
import { betweenTeamsCorrelation, type GroupedObservation } from './repeated-measures.js';

/** A pulse figure as the product shows it: the index and where it was read from, or suppressed. */
export type ShownWellbeing =
  | {
      readonly state: 'shown';
      readonly window: TimeWindow;
      readonly respondents: number;
      readonly wellbeing: IndexValue;
      readonly enps: IndexValue;
    }
  | { readonly state: 'suppressed' };

export interface TeamWeek {
  readonly week: string;
  readonly customer: { readonly responses: number } & ReturnType<typeof customerIndices>;
  readonly wellbeing: ShownWellbeing;
  /** Mean handle time (seconds) of the team's contacts that week, from ingestion. */
  readonly handleTimeSeconds: number | null;
  readonly contacts: number;
}

/** A correlation by both methods, each with its plain-language reading. */
export interface CorrelationPair {
  readonly pearson: ReadCorrelation;
  readonly spearman: ReadCorrelation;
}

export interface TeamAnalysis {
  readonly teamId: string;
  readonly site: string;
  readonly managementProfile: ManagementProfile;
  readonly weeks: readonly TeamWeek[];
  readonly correlation: {
    readonly sameWeek: CorrelationPair;
    /** Wellbeing at t against customer satisfaction at t + 1. */
    readonly wellbeingLeadsCustomer: CorrelationPair;
    /** Customer satisfaction at t against wellbeing at t + 1. */
    readonly customerLeadsWellbeing: CorrelationPair;
    /** Smallest |r| these weekly points could detect (α 0.05, power 0.8), when there are enough. */
    readonly detectableCorrelation: number | null;
  };
  readonly symmetry:
    | TeamSymmetry
    | { readonly state: 'insufficient-evidence'; readonly reading: QuadrantReading };
  readonly alerts: readonly Alert[];
}

export interface CutFigure {
  readonly cut: string;
  readonly customer: {
    readonly responses: number;
    readonly satisfaction: IndexValue;
    readonly onceAndDone: IndexValue;
  };
  /** Latest shown wellbeing of the group, under the anonymity rules. */
  readonly wellbeing: ShownWellbeing & { readonly week?: string };
}

/**
 * A work-mode cut of one team: customer figures about its advisors of that work mode (their
 * mode when each survey was sent), or absent with the reason; wellbeing as published.
 */
export interface WorkModeCutFigure extends Omit<CutFigure, 'customer'> {
  readonly teamId: string;
  readonly customer:
    | ({ readonly state: 'shown' } & CutFigure['customer'])
    | { readonly state: 'absent'; readonly reason: 'no-responses' };
}

export interface CentreAnalysis {
  readonly k: number;
  readonly weeks: readonly string[];
  readonly teams: readonly TeamAnalysis[];
  readonly pooled: {
    readonly sameWeek: ReadCorrelation;
    readonly wellbeingLeadsCustomer: ReadCorrelation;
    readonly customerLeadsWellbeing: ReadCorrelation;
    readonly detectableCorrelation: number | null;
  };
  readonly betweenTeams: ReadCorrelation;
  readonly drivers: readonly (Omit<Driver, 'correlation'> & { readonly correlation: ReadCorrelation })[];
  readonly cuts: {
    readonly channel: readonly CutFigure[];
    readonly managementProfile: readonly CutFigure[];
    readonly site: readonly CutFigure[];
    readonly workMode: readonly WorkModeCutFigure[];
  };
  readonly alerts: readonly Alert[];
  /**
   * The quadrant's cross-hairs: medians over every team of the centre (passed in, or computed
   * when the input holds the whole centre). Null when no team has a current point.
   */
  readonly quadrantThresholds: QuadrantThresholds | null;
}

export interface CentreAnalysisInput {
  readonly teams: readonly TeamOfCentre[];
  /** ISO weeks of the range, oldest first, consecutive. */
  readonly weeks: readonly string[];
  readonly customer: readonly CustomerAggregate[];
  /** Customer aggregates per team, week and advisor work mode (the work-mode cut); none by default. */
  readonly customerByWorkMode?: readonly CustomerWorkModeAggregate[];
  /** The published pulse figures of the range (the only pulse data any reader sees). */
  readonly published: readonly PublishedPulseFigure[];
  readonly operations: readonly OperationsAggregate[];
  /** Anonymity threshold the figures were published under, default 5. */
  readonly k?: number;
  /** A team-week's customer index enters correlations from this many responses (default 5). */
  readonly minCustomerResponses?: number;
  /** Weeks read for the current quadrant (default 4). */
  readonly recentWeeks?: number;
  /**
   * The whole centre's quadrant thresholds, when the input holds only some of its teams (a
   * one-team read), or null when the caller may not be given them (no quadrant is placed then);
   * by default they are the medians over the input's teams.
   */
  readonly quadrantThresholds?: QuadrantThresholds | null;
}

const emptyCustomer = (teamId: string, period: string, channel: Channel | 'all'): CustomerAggregate => ({
  teamId,
  period,
  channel,
  satisfaction: emptyStats,
  recommendation: emptyStats,
  effort: emptyStats,
  resolved: emptyStats,
  promoters: 0,
  passives: 0,
  detractors: 0,
});

function sumCustomer(
  parts: readonly CustomerCounts[],
  key: { teamId: string; period: string; channel: Channel | 'all' },
) {
  let { satisfaction, recommendation, effort, resolved } = emptyCustomer(key.teamId, key.period, key.channel);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const p of parts) {
    satisfaction = mergeStats(satisfaction, p.satisfaction);
    recommendation = mergeStats(recommendation, p.recommendation);
    effort = mergeStats(effort, p.effort);
    resolved = mergeStats(resolved, p.resolved);
    promoters += p.promoters;
    passives += p.passives;
    detractors += p.detractors;
  }
  return { ...key, satisfaction, recommendation, effort, resolved, promoters, passives, detractors };
}

function shownWellbeing(figure: ShownPulse | undefined): ShownWellbeing {
  if (figure?.state !== 'shown') return { state: 'suppressed' };
  const indices = pulseIndices(figure.aggregate);
  return {
    state: 'shown',
    window: figure.window,
    respondents: figure.aggregate.respondents,
    wellbeing: advisorWellbeingIndex(figure.aggregate),
    enps: indices.enps,
  };
}

/**
 * A team's weekly figures with their errors, for the quadrant and the alerts: shown week-level
 * wellbeing, and customer satisfaction from `minResponses` responses.
 */
function teamFigures(rows: readonly TeamWeek[], minResponses: number) {
  const wellbeing: Record<string, IndexValue> = {};
  const customer: Record<string, IndexValue> = {};
  for (const row of rows) {
    if (
      row.wellbeing.state === 'shown' &&
      row.wellbeing.window.kind === 'week' &&
      row.wellbeing.wellbeing.value !== null
    )
      wellbeing[row.week] = row.wellbeing.wellbeing;
    if (row.customer.responses >= minResponses && row.customer.satisfaction.value !== null)
      customer[row.week] = row.customer.satisfaction;
  }
  return { wellbeing, customer };
}

function pair(x: number[], y: number[]) {
  return { pearson: seriesCorrelation('pearson', x, y), spearman: seriesCorrelation('spearman', x, y) };
}

function lastShown(series: readonly ShownPulse[] | undefined): ShownWellbeing & { week?: string } {
  const figure = [...(series ?? [])].reverse().find((f) => f.state === 'shown');
  return figure ? { ...shownWellbeing(figure), week: figure.week } : { state: 'suppressed' };
}

/**
 * The symmetry analysis of a centre from its aggregates alone (no raw answer is read, so the
 * cost grows with teams × weeks, not with responses): per team, weekly customer and wellbeing
 * indices under the anonymity rules, correlations within the team (same week and lagged both
 * ways), the symmetry quadrant with trends, and alerts; across teams, repeated-measures
 * correlations (Bakdash & Marusich 2017), the between-team Spearman correlation, the drivers
 * ranking, and cuts by channel, management profile, site and work mode.
 * Correlations use only week-level wellbeing figures (a widened window is not a weekly point).
 */
export function analyseCentre(input: CentreAnalysisInput): CentreAnalysis {
  const k = input.k ?? 5;
  const minResponses = input.minCustomerResponses ?? 5;
  const recent = input.recentWeeks ?? 4;
  const weeks = input.weeks;
  const figuresByGroup = new Map<string, PublishedPulseFigure[]>();
  for (const f of input.published) {
    const list = figuresByGroup.get(f.group);
    if (list) list.push(f);
    else figuresByGroup.set(f.group, [f]);
  }
  const seriesOf = (group: string) =>
    publishedSeries(group, figuresByGroup.get(group) ?? [], weeks, 'wellbeing');
  const customerByKey = new Map(input.customer.map((c) => [`${c.teamId}|${c.period}|${c.channel}`, c]));
  const opsByKey = new Map(input.operations.map((o) => [`${o.teamId}|${o.period}|${o.channel}`, o]));
  const customerOf = (teamId: string, week: string, channel: Channel | 'all' = 'all') =>
    customerByKey.get(`${teamId}|${week}|${channel}`) ?? emptyCustomer(teamId, week, channel);

  const wellbeingSeries = new Map<string, PeriodValues>();
  const customerSeries = new Map<string, PeriodValues>();
  const driverObservations: DriverObservation[] = [];

  const teamWeeks = input.teams.map((team) => {
    const series = seriesOf(groupId({ kind: 'team', teamId: team.teamId }));
    const rows: TeamWeek[] = weeks.map((week, i) => {
      const customer = customerOf(team.teamId, week);
      const ops = opsByKey.get(`${team.teamId}|${week}|all`);
      return {
        week,
        customer: { responses: customer.satisfaction.n, ...customerIndices(customer) },
        wellbeing: shownWellbeing(series[i]),
        handleTimeSeconds: ops ? (meanOf(ops.handleTime) ?? null) : null,
        contacts: ops?.contacts ?? 0,
      };
    });
    const wellbeing: Record<string, number> = {};
    const customer: Record<string, number> = {};
    rows.forEach((row, i) => {
      const figure = series[i];
      if (figure?.state === 'shown' && figure.window.kind === 'week' && row.wellbeing.state === 'shown') {
        const value = row.wellbeing.wellbeing.value;
        if (value !== null) wellbeing[row.week] = value;
        const dims = pulseIndices(figure.aggregate).dimensions;
        const dimensions: Partial<Record<PulseDimension, number>> = {};
        for (const d of pulseDimensions) if (dims[d].value !== null) dimensions[d] = dims[d].value as number;
        const next = weeks[i + 1];
        const nextCustomer = next ? customerOf(team.teamId, next) : undefined;
        if (nextCustomer && nextCustomer.satisfaction.n >= minResponses) {
          const index = customerIndices(nextCustomer).satisfaction.value;
          if (index !== null)
            driverObservations.push({
              teamId: team.teamId,
              period: row.week,
              customerIndex: index,
              dimensions,
            });
        }
      }
      if (row.customer.responses >= minResponses && row.customer.satisfaction.value !== null) {
        customer[row.week] = row.customer.satisfaction.value;
      }
    });
    wellbeingSeries.set(team.teamId, wellbeing);
    customerSeries.set(team.teamId, customer);
    return { team, rows };
  });

  const recentWeeks = weeks.slice(-recent);
  const meanOver = (values: PeriodValues, over: readonly string[]) => {
    const xs = over.map((w) => values[w]).filter((v): v is number => v !== undefined);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
  };
  const pointOf = (teamId: string, over: readonly string[]): SymmetryPoint | undefined => {
    const wellbeing = meanOver(wellbeingSeries.get(teamId) ?? {}, over);
    const customer = meanOver(customerSeries.get(teamId) ?? {}, over);
    return wellbeing === undefined || customer === undefined
      ? undefined
      : { wellbeingIndex: wellbeing, customerIndex: customer };
  };
  const currentPoints = input.teams.flatMap((t) => {
    const p = pointOf(t.teamId, recentWeeks);
    return p ? [p] : [];
  });
  const thresholds =
    input.quadrantThresholds === undefined
      ? quadrantThresholds(currentPoints)
      : (input.quadrantThresholds ?? undefined);

  const teams = teamWeeks.map(({ team, rows }) => {
    const wellbeing = wellbeingSeries.get(team.teamId) ?? {};
    const customer = customerSeries.get(team.teamId) ?? {};
    const same = alignPeriods(weeks, wellbeing, customer, 0);
    const lead = alignPeriods(weeks, wellbeing, customer, 1);
    const lag = alignPeriods(weeks, customer, wellbeing, 1);
    const lagged = laggedCorrelations(weeks, wellbeing, customer, 'spearman');
    const figures = teamFigures(rows, minResponses);
    const handleTimeSeconds: Record<string, IndexValue> = {};
    for (const week of weeks) {
      const ops = opsByKey.get(`${team.teamId}|${week}|all`);
      const mean = ops ? meanOf(ops.handleTime) : undefined;
      const variance = ops ? varianceOf(ops.handleTime) : undefined;
      if (ops && mean !== undefined && variance !== undefined)
        handleTimeSeconds[week] = {
          n: ops.handleTime.n,
          value: mean,
          se: Math.sqrt(variance / ops.handleTime.n),
        };
    }
    const onceAndDoneByChannel: Partial<Record<Channel, PeriodFigures>> = {};
    for (const channel of channels) {
      const rates: Record<string, IndexValue> = {};
      for (const week of weeks) {
        const rate = onceAndDoneRate(customerOf(team.teamId, week, channel).resolved);
        if (rate.value !== null) rates[week] = rate;
      }
      if (Object.keys(rates).length) onceAndDoneByChannel[channel] = rates;
    }
    const wellbeingNow = recentWindowEstimate(weeks, figures.wellbeing, { weeks: recent });
    const customerNow = recentWindowEstimate(weeks, figures.customer, { weeks: recent });
    const symmetry =
      wellbeingNow && customerNow && thresholds
        ? teamSymmetry({
            teamId: team.teamId,
            wellbeing: wellbeingNow,
            customer: customerNow,
            thresholds,
            periods: weeks,
            wellbeingSeries: wellbeing,
            customerSeries: customer,
            wellbeingFigures: figures.wellbeing,
            customerFigures: figures.customer,
            recentWeeks: recent,
          })
        : ({
            state: 'insufficient-evidence',
            reading: readNoQuadrant(thresholds ? 'no-current-figures' : 'no-thresholds'),
          } as const);
    const alerts = teamAlerts({
      teamId: team.teamId,
      periods: weeks,
      wellbeing: figures.wellbeing,
      customer: figures.customer,
      handleTimeSeconds,
      onceAndDoneByChannel,
      ...(thresholds ? { thresholds } : {}),
    });
    return {
      teamId: team.teamId,
      site: team.site,
      managementProfile: team.managementProfile,
      weeks: rows,
      correlation: {
        sameWeek: pair(same.x, same.y),
        wellbeingLeadsCustomer: {
          pearson: seriesCorrelation('pearson', lead.x, lead.y),
          spearman: lagged.xLeadsY,
        },
        customerLeadsWellbeing: {
          pearson: seriesCorrelation('pearson', lag.x, lag.y),
          spearman: lagged.yLeadsX,
        },
        detectableCorrelation: minimumDetectableCorrelation(lead.x.length) ?? null,
      },
      symmetry,
      alerts,
    };
  });

  const grouped = (lag: 0 | 1, reverse = false): GroupedObservation[] =>
    input.teams.flatMap((t) => {
      const w = wellbeingSeries.get(t.teamId) ?? {};
      const c = customerSeries.get(t.teamId) ?? {};
      const aligned = reverse ? alignPeriods(weeks, c, w, lag) : alignPeriods(weeks, w, c, lag);
      return aligned.x.map((x, i) => ({ group: t.teamId, x, y: aligned.y[i] as number }));
    });
  const leadObservations = grouped(1);
  const pooledLead = pooledSeriesCorrelation(leadObservations);
  const teamsWithData = new Set(leadObservations.map((o) => o.group)).size;
  const means = input.teams.flatMap((t) => {
    const w = meanOver(wellbeingSeries.get(t.teamId) ?? {}, weeks);
    const c = meanOver(customerSeries.get(t.teamId) ?? {}, weeks);
    return w === undefined || c === undefined ? [] : [{ group: t.teamId, x: w, y: c }];
  });

  const customerCut = (parts: readonly CustomerCounts[]) => {
    const total = sumCustomer(parts, { teamId: 'cut', period: 'range', channel: 'all' });
    const indices = customerIndices(total);
    return {
      responses: total.satisfaction.n,
      satisfaction: indices.satisfaction,
      onceAndDone: indices.onceAndDone,
    };
  };
  // Each team's range total per channel, summed once: a cut then sums one total per team.
  const inRange = new Set(weeks);
  const customerOfTeamRange = new Map<string, CustomerAggregate[]>();
  for (const c of input.customer) {
    if (!inRange.has(c.period)) continue;
    const key = `${c.teamId}|${c.channel}`;
    const list = customerOfTeamRange.get(key);
    if (list) list.push(c);
    else customerOfTeamRange.set(key, [c]);
  }
  const teamRangeTotals = new Map(
    [...customerOfTeamRange].map(([key, parts]) => [
      key,
      sumCustomer(parts, { teamId: key, period: 'range', channel: 'all' }),
    ]),
  );
  const rangeCustomer = (teamIds: readonly string[], channel: Channel | 'all' = 'all') =>
    teamIds.flatMap((t) => {
      const total = teamRangeTotals.get(`${t}|${channel}`);
      return total ? [total] : [];
    });
  const allTeamIds = input.teams.map((t) => t.teamId);
  const sites = [...new Set(input.teams.map((t) => t.site))];
  const profiles = [...new Set(input.teams.map((t) => t.managementProfile))];
  const customerOfWorkMode = new Map<string, CustomerWorkModeAggregate[]>();
  for (const c of input.customerByWorkMode ?? []) {
    if (!inRange.has(c.period)) continue;
    const key = `${c.teamId}|${c.workMode}`;
    const list = customerOfWorkMode.get(key);
    if (list) list.push(c);
    else customerOfWorkMode.set(key, [c]);
  }
  const workModeCustomer = (teamId: string, workMode: WorkMode): WorkModeCutFigure['customer'] => {
    const parts = customerOfWorkMode.get(`${teamId}|${workMode}`) ?? [];
    const figures = customerCut(parts);
    return figures.responses > 0
      ? { state: 'shown', ...figures }
      : { state: 'absent', reason: 'no-responses' };
  };
  const workModes = [
    ...new Set([
      ...input.published.flatMap((f) => {
        const group = parseGroupId(f.group);
        return group?.kind === 'team-work-mode' ? [group.workMode] : [];
      }),
      ...(input.customerByWorkMode ?? []).map((c) => c.workMode),
    ]),
  ].sort() as WorkMode[];

  return {
    k,
    weeks,
    teams: adjustTeamCorrelations(teams).map(
      (t): TeamAnalysis => ({ ...t, correlation: readTeamCorrelations(t.correlation, weeks.length) }),
    ),
    pooled: readPooledCorrelations(
      adjustPooledCorrelations({
        sameWeek: pooledSeriesCorrelation(grouped(0)),
        wellbeingLeadsCustomer: pooledLead,
        customerLeadsWellbeing: pooledSeriesCorrelation(grouped(1, true)),
        detectableCorrelation:
          minimumDetectableCorrelation(
            pooledLead.state === 'ok' ? pooledLead.df + 2 : leadObservations.length - teamsWithData + 1,
          ) ?? null,
      }),
      weeks.length,
    ),
    betweenTeams: withReading(betweenTeamsCorrelation(means), {
      subject: 'between-teams',
      scope: 'across-teams',
      weeks: weeks.length,
      method: 'spearman',
    }),
    drivers: rankDrivers(driverObservations).map((d) => readDriver(d, weeks.length)),
    cuts: {
      channel: channels.map((channel) => ({
        cut: channel,
        customer: customerCut(rangeCustomer(allTeamIds, channel)),
        wellbeing: { state: 'suppressed' as const },
      })),
      managementProfile: profiles.map((profile) => ({
        cut: profile,
        customer: customerCut(
          rangeCustomer(input.teams.filter((t) => t.managementProfile === profile).map((t) => t.teamId)),
        ),
        wellbeing: lastShown(seriesOf(groupId({ kind: 'profile', profile }))),
      })),
      site: sites.map((site) => ({
        cut: site,
        customer: customerCut(rangeCustomer(input.teams.filter((t) => t.site === site).map((t) => t.teamId))),
        wellbeing: lastShown(seriesOf(groupId({ kind: 'site', site }))),
      })),
      workMode: input.teams.flatMap((t) =>
        workModes.map((workMode) => ({
          teamId: t.teamId,
          cut: workMode,
          customer: workModeCustomer(t.teamId, workMode),
          wellbeing: lastShown(seriesOf(groupId({ kind: 'team-work-mode', teamId: t.teamId, workMode }))),
        })),
      ),
    },
    alerts: teams.flatMap((t) => t.alerts),
    quadrantThresholds: thresholds ?? null,
  };
}
