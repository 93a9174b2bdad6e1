import {
  type AdvisorEstimate,
  onceAndDoneEstimate,
  recommendationEstimate,
  satisfactionEstimate,
} from '../advisor-results/advisor-estimates.js';
import type { CustomerCounts } from '../aggregates/aggregate.types.js';
import { emptyStats, mergeStats, type SufficientStats } from '../aggregates/sufficient-stats.js';
import type { CustomerAnswer } from '../surveys/customer-response.schema.js';
import { type DopingCheck, dopingCheck, type PressureGuardrail } from './guardrails.js';
import type { PayComponent, PayMeasure } from './pay-policy.schema.js';
import type { PayPolicyVersion } from './policy-in-force.js';
import { type CentrePrior, estimateCentrePrior, shrinkTowardTeam } from './shrinkage.js';

/** One advisor's quarter, from aggregates only: their quarter counters and per-week responses. */
export interface AdvisorQuarterInput {
  readonly advisorId: string;
  readonly teamId: string;
  /** The advisor × quarter customer counters (`customer-advisor`), undefined without responses. */
  readonly counts: CustomerCounts | undefined;
  /** Responses per week of the quarter (`customer-advisor-week`), aligned with `QuarterInput.weeks`. */
  readonly weeklyResponses: readonly number[];
}

/** One team's quarter: operations (handle time, contacts per week) and the pressure guardrail. */
export interface TeamQuarterInput {
  readonly teamId: string;
  /** Handle time in seconds over the quarter's weeks, all channels; undefined without data. */
  readonly handleTime: SufficientStats | undefined;
  /** Contacts per week of the quarter, aligned with `QuarterInput.weeks`, when known. */
  readonly weeklyContacts?: readonly number[] | undefined;
  readonly pressure: PressureGuardrail;
}

/** Everything a quarter's indicators are computed from. Nothing about the pulse enters here. */
export interface QuarterInput {
  readonly quarter: string;
  readonly policy: PayPolicyVersion;
  /** The ISO weeks of the quarter, oldest first. */
  readonly weeks: readonly string[];
  readonly advisors: readonly AdvisorQuarterInput[];
  readonly teams: readonly TeamQuarterInput[];
}

/** What a component's figure was shrunk with, as the explanation states it. */
export type ShrinkageApplied =
  | { readonly state: 'off' }
  | { readonly state: 'team-level' }
  | { readonly state: 'not-estimated'; readonly prior: CentrePrior }
  /** Below the eligibility minimum with no shrunk estimate (no own answer, or no prior): the team's mean. */
  | { readonly state: 'team-mean'; readonly teamMean: number }
  | {
      readonly state: 'applied';
      readonly raw: number;
      readonly teamMean: number;
      readonly ownWeight: number;
      readonly prior: CentrePrior;
    };

/**
 * A component's contribution: `scored` from its figure; `frozen` by the pressure guardrail
 * (neutral attainment 1, weight kept); `gate-not-cleared` (productivity counts its floor while
 * the team's quality misses the gate); `no-data` (no figure: neutral attainment 1, flagged).
 */
export type ComponentState = 'scored' | 'frozen' | 'gate-not-cleared' | 'no-data';

export interface ComponentExplanation {
  /** `satisfaction.individual`, `handle-time.team`, … (the export's column ids). */
  readonly id: string;
  readonly measure: PayMeasure;
  readonly level: PayComponent['level'];
  readonly weight: number;
  readonly target: number;
  /** The figure read: n, mean and 95% interval (handle time: seconds, interval null). */
  readonly input: AdvisorEstimate;
  readonly shrinkage: ShrinkageApplied;
  /** The figure attainment is read from (shrunk when shrinkage applied), null when none. */
  readonly value: number | null;
  /** value ÷ target (target ÷ value for handle time), before the component's floor and cap. */
  readonly attainmentBeforeLimits: number | null;
  /** After the floor and cap (or the neutral/floor value its state gives). */
  readonly attainment: number;
  readonly limited: 'cap' | 'floor' | null;
  readonly state: ComponentState;
}

/** A guardrail that fired for this advisor's indicator; each puts the row up for review. */
export type FiredGuardrail =
  | { readonly kind: 'productivity-pressure'; readonly guardrail: PressureGuardrail }
  | { readonly kind: 'doping'; readonly check: DopingCheck };

interface IndicatorBase {
  readonly advisorId: string;
  readonly teamId: string;
  readonly quarter: string;
  readonly policyVersion: number;
  readonly responses: number;
  readonly minimumResponses: number;
  readonly doping: DopingCheck;
  readonly guardrails: readonly FiredGuardrail[];
}

/**
 * An advisor's proposed indicator. Below the policy's minimum responses, each individual figure
 * is the advisor's own shrunk toward the team (whatever the policy says of shrinkage for others),
 * or the team's mean without an own answer, flagged `below-minimum`. Only when the team has no
 * figure either is the advisor ineligible: no indicator, the reason instead, never a zero.
 */
export type AdvisorIndicator =
  | (IndicatorBase & {
      readonly state: 'proposed';
      /** `below-minimum`: fewer responses than the policy's minimum, so team-shrunk figures. */
      readonly eligibility: 'eligible' | 'below-minimum';
      readonly components: readonly ComponentExplanation[];
      /** Σ weight × attainment, before and after the indicator's floor and cap. */
      readonly totalBeforeLimits: number;
      readonly total: number;
      readonly totalLimited: 'cap' | 'floor' | null;
    })
  | (IndicatorBase & { readonly state: 'ineligible'; readonly reason: 'below-minimum-responses' });

const countStats: Record<
  Exclude<PayMeasure, 'handle-time' | 'wellbeing'>,
  (c: CustomerCounts) => SufficientStats
> = {
  satisfaction: (c) => c.satisfaction,
  recommendation: (c) => c.recommendation,
  'once-and-done': (c) => c.resolved,
};

function estimateOf(measure: keyof typeof countStats, stats: SufficientStats): AdvisorEstimate {
  if (measure === 'once-and-done') return onceAndDoneEstimate(stats, 1);
  return measure === 'satisfaction' ? satisfactionEstimate(stats, 2) : recommendationEstimate(stats, 2);
}

function limit(x: number, floor: number, cap: number): { value: number; limited: 'cap' | 'floor' | null } {
  if (x > cap) return { value: cap, limited: 'cap' };
  if (x < floor) return { value: floor, limited: 'floor' };
  return { value: x, limited: null };
}

const responsesOf = (c: CustomerCounts | undefined) => c?.satisfaction.n ?? 0;

/** Removes one recorded answer's contribution from counters (an accepted contest). */
export function withoutAnswer(counts: CustomerCounts, answer: CustomerAnswer): CustomerCounts {
  const minus = (s: SufficientStats, v: number | undefined): SufficientStats =>
    v === undefined ? s : { n: s.n - 1, sum: s.sum - v, sumSq: s.sumSq - v * v };
  const rec = answer.recommendation;
  return {
    satisfaction: minus(counts.satisfaction, answer.satisfaction),
    recommendation: minus(counts.recommendation, rec),
    effort: minus(counts.effort, answer.effort),
    resolved: minus(counts.resolved, answer.resolved === undefined ? undefined : answer.resolved ? 1 : 0),
    promoters: counts.promoters - (rec !== undefined && rec >= 9 ? 1 : 0),
    passives: counts.passives - (rec !== undefined && rec >= 7 && rec < 9 ? 1 : 0),
    detractors: counts.detractors - (rec !== undefined && rec < 7 ? 1 : 0),
  };
}

interface MeasureContext {
  readonly prior: CentrePrior;
  readonly shrunk: Map<string, { raw: number; teamMean: number; ownWeight: number; shrunk: number }>;
  readonly teamStats: Map<string, SufficientStats>;
}

function measureContext(measure: keyof typeof countStats, advisors: readonly AdvisorQuarterInput[]) {
  const samples = advisors.map((a) => ({
    advisorId: a.advisorId,
    teamId: a.teamId,
    stats: a.counts ? countStats[measure](a.counts) : emptyStats,
  }));
  const prior = estimateCentrePrior(samples);
  const shrunk = new Map((shrinkTowardTeam(samples, prior) ?? []).map((s) => [s.advisorId, s]));
  const teamStats = new Map<string, SufficientStats>();
  for (const s of samples)
    teamStats.set(s.teamId, mergeStats(teamStats.get(s.teamId) ?? emptyStats, s.stats));
  return { prior, shrunk, teamStats } satisfies MeasureContext;
}

function customerComponent(
  c: PayComponent & { measure: keyof typeof countStats },
  advisor: AdvisorQuarterInput,
  ctx: MeasureContext,
  policy: PayPolicyVersion['policy'],
  belowMinimum: boolean,
): ComponentExplanation {
  const team = c.level === 'team';
  const stats = team
    ? (ctx.teamStats.get(advisor.teamId) ?? emptyStats)
    : advisor.counts
      ? countStats[c.measure](advisor.counts)
      : emptyStats;
  const input = estimateOf(c.measure, stats);
  let shrinkage: ShrinkageApplied = { state: team ? 'team-level' : 'off' };
  let value = stats.n > 0 ? stats.sum / stats.n : null;
  if (!team && (policy.shrinkage.enabled || belowMinimum)) {
    const s = ctx.shrunk.get(advisor.advisorId);
    const teamStats = ctx.teamStats.get(advisor.teamId);
    if (!s && belowMinimum && teamStats && teamStats.n > 0) {
      shrinkage = { state: 'team-mean', teamMean: teamStats.sum / teamStats.n };
      value = shrinkage.teamMean;
    } else if (!s && belowMinimum) {
      value = null;
    } else if (s) {
      shrinkage = {
        state: 'applied',
        raw: s.raw,
        teamMean: s.teamMean,
        ownWeight: s.ownWeight,
        prior: ctx.prior,
      };
      value = s.shrunk;
    } else shrinkage = { state: 'not-estimated', prior: ctx.prior };
  }
  return scored(c, input, shrinkage, value, policy);
}

function scored(
  c: PayComponent,
  input: AdvisorEstimate,
  shrinkage: ShrinkageApplied,
  value: number | null,
  policy: PayPolicyVersion['policy'],
): ComponentExplanation {
  const base = {
    id: `${c.measure}.${c.level}`,
    measure: c.measure,
    level: c.level,
    weight: c.weight,
    target: c.target,
  };
  if (value === null)
    return {
      ...base,
      input,
      shrinkage,
      value,
      attainmentBeforeLimits: null,
      attainment: 1,
      limited: null,
      state: 'no-data',
    };
  const before =
    c.measure === 'handle-time'
      ? value > 0
        ? c.target / value
        : policy.limits.componentCap
      : value / c.target;
  const { value: attainment, limited } = limit(
    before,
    policy.limits.componentFloor,
    policy.limits.componentCap,
  );
  return {
    ...base,
    input,
    shrinkage,
    value,
    attainmentBeforeLimits: before,
    attainment,
    limited,
    state: 'scored',
  };
}

function handleTimeComponent(
  c: PayComponent,
  team: TeamQuarterInput | undefined,
  gateCleared: boolean,
  policy: PayPolicyVersion['policy'],
): ComponentExplanation {
  const stats = team?.handleTime ?? emptyStats;
  const mean = stats.n > 0 ? stats.sum / stats.n : null;
  const input: AdvisorEstimate = {
    n: stats.n,
    state: stats.n > 0 ? 'estimated' : 'too-few-responses',
    minimum: 1,
    value: mean,
    interval: null,
  };
  const result = scored(c, input, { state: 'team-level' }, mean, policy);
  if (team?.pressure.state === 'fired') return { ...result, attainment: 1, limited: null, state: 'frozen' };
  if (!gateCleared && result.state === 'scored')
    return { ...result, attainment: policy.limits.componentFloor, limited: null, state: 'gate-not-cleared' };
  return result;
}

function gateCleared(
  policy: PayPolicyVersion['policy'],
  teamId: string,
  contexts: Map<keyof typeof countStats, MeasureContext>,
): boolean {
  const gate = policy.qualityGate;
  if (!gate) return true;
  const stats = contexts.get(gate.measure)?.teamStats.get(teamId);
  return stats !== undefined && stats.n > 0 && stats.sum / stats.n >= gate.minimum;
}

/**
 * Every advisor's proposed indicator for the quarter under the policy in force.
 * 1. per customer measure, the centre's prior and each advisor's figure shrunk toward their
 *    team (when the policy asks; shrinkage.ts), the team's pooled figure
 * 2. eligibility: below the policy's minimum responses, the individual figures are the advisor's
 *    shrunk toward the team (or the team's mean), flagged; no indicator only when the team has none
 * 3. per component: input (n, mean, 95% interval), value, attainment limited to floor and cap;
 *    the team handle-time component frozen (neutral 1, weight kept) when the pressure
 *    guardrail fired, at its floor while team quality misses the gate
 * 4. total = Σ weight × attainment, limited to the indicator's floor and cap
 * 5. the doping check on the advisor's weekly responses (flag for review, nothing removed)
 * Deterministic: the same inputs give the same figures, in the order of `input.advisors`.
 */
export function computeQuarterIndicators(input: QuarterInput): AdvisorIndicator[] {
  const policy = input.policy.policy;
  const contexts = new Map(
    (Object.keys(countStats) as (keyof typeof countStats)[]).map((m) => [
      m,
      measureContext(m, input.advisors),
    ]),
  );
  const teams = new Map(input.teams.map((t) => [t.teamId, t]));
  return input.advisors.map((advisor) => {
    const team = teams.get(advisor.teamId);
    const doping = dopingCheck(input.weeks, advisor.weeklyResponses, team?.weeklyContacts);
    const base = {
      advisorId: advisor.advisorId,
      teamId: advisor.teamId,
      quarter: input.quarter,
      policyVersion: input.policy.version,
      responses: responsesOf(advisor.counts),
      minimumResponses: policy.eligibility.minimumResponses,
      doping,
    };
    const dopingFired: FiredGuardrail[] =
      doping.state === 'flagged' ? [{ kind: 'doping', check: doping }] : [];
    const belowMinimum = base.responses < policy.eligibility.minimumResponses;
    const teamHasFigure = policy.components.some(
      (c) =>
        c.level === 'individual' &&
        c.measure in countStats &&
        (contexts.get(c.measure as keyof typeof countStats)?.teamStats.get(advisor.teamId)?.n ?? 0) > 0,
    );
    if (belowMinimum && !teamHasFigure)
      return { ...base, state: 'ineligible', reason: 'below-minimum-responses', guardrails: dopingFired };
    const cleared = gateCleared(policy, advisor.teamId, contexts);
    const components = policy.components.map((c) => {
      if (c.measure === 'handle-time') return handleTimeComponent(c, team, cleared, policy);
      if (c.measure === 'wellbeing') throw new RangeError('wellbeing never enters an individual indicator');
      const measure = c.measure;
      return customerComponent(
        { ...c, measure },
        advisor,
        contexts.get(measure) as MeasureContext,
        policy,
        belowMinimum,
      );
    });
    const guardrails: FiredGuardrail[] = [
      ...(components.some((c) => c.state === 'frozen') && team
        ? [{ kind: 'productivity-pressure', guardrail: team.pressure } as const]
        : []),
      ...dopingFired,
    ];
    const totalBeforeLimits = components.reduce((s, c) => s + c.weight * c.attainment, 0);
    const { value: total, limited } = limit(
      totalBeforeLimits,
      policy.limits.indicatorFloor,
      policy.limits.indicatorCap,
    );
    return {
      ...base,
      state: 'proposed',
      eligibility: belowMinimum ? 'below-minimum' : 'eligible',
      components,
      totalBeforeLimits,
      total,
      totalLimited: limited,
      guardrails,
    };
  });
}
