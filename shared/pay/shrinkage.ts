import type { SufficientStats } from '../aggregates/sufficient-stats.js';

/** One advisor's answers to one measure in the quarter, as sufficient statistics. */
export interface AdvisorSample {
  readonly advisorId: string;
  readonly teamId: string;
  readonly stats: SufficientStats;
}

/** An advisor's figure shrunk toward their team. */
export interface ShrunkFigure {
  readonly advisorId: string;
  readonly teamId: string;
  readonly n: number;
  /** The advisor's own mean. */
  readonly raw: number;
  /** Their team's mean (every response of the team, equally weighted). */
  readonly teamMean: number;
  /** Weight of the advisor's own mean, n / (n + priorStrength), 0–1. */
  readonly ownWeight: number;
  readonly shrunk: number;
}

/**
 * The prior estimated from the whole centre (advisors nested in teams), as every explanation
 * states it. `priorStrength` is σ²/τ² in responses: an advisor with that many responses keeps
 * half of their own mean. With no spread between advisors beyond chance (τ² estimated at 0),
 * each advisor gets their team's mean; with too few advisors or responses nothing is estimated.
 */
export type CentrePrior =
  | {
      readonly state: 'estimated';
      readonly withinVariance: number;
      readonly betweenVariance: number;
      readonly priorStrength: number;
      readonly advisors: number;
      readonly teams: number;
      readonly responses: number;
    }
  | {
      readonly state: 'no-spread';
      readonly withinVariance: number;
      readonly advisors: number;
      readonly teams: number;
      readonly responses: number;
    }
  | {
      readonly state: 'insufficient-evidence';
      readonly reason: 'fewer-advisors-than-teams-plus-one' | 'no-repeated-responses';
      readonly advisors: number;
      readonly teams: number;
      readonly responses: number;
    };

interface TeamTotals {
  n: number;
  sum: number;
  sumOfSquaredCounts: number;
}

function teamTotals(samples: readonly AdvisorSample[]): Map<string, TeamTotals> {
  const teams = new Map<string, TeamTotals>();
  for (const { teamId, stats } of samples) {
    const t = teams.get(teamId) ?? { n: 0, sum: 0, sumOfSquaredCounts: 0 };
    t.n += stats.n;
    t.sum += stats.sum;
    t.sumOfSquaredCounts += stats.n * stats.n;
    teams.set(teamId, t);
  }
  return teams;
}

/**
 * Estimates the between-advisor variance τ² and the within-advisor variance σ² by the ANOVA
 * method for advisors nested in teams (unbalanced; Searle, Casella & McCulloch 1992, §3.6):
 * σ² = MS within advisors, τ² = max(0, (MS advisors-within-teams − σ²) / n₀) with
 * n₀ = (N − Σ_t Σ_i n_ti² / N_t) / (A − T). Advisors without a response are ignored.
 */
export function estimateCentrePrior(samples: readonly AdvisorSample[]): CentrePrior {
  const present = samples.filter((s) => s.stats.n > 0);
  const teams = teamTotals(present);
  const counts = { advisors: present.length, teams: teams.size, responses: 0 };
  let withinSquares = 0;
  let betweenSquares = 0;
  for (const { teamId, stats } of present) {
    const team = teams.get(teamId) as TeamTotals;
    const mean = stats.sum / stats.n;
    counts.responses += stats.n;
    withinSquares += Math.max(0, stats.sumSq - (stats.sum * stats.sum) / stats.n);
    betweenSquares += stats.n * (mean - team.sum / team.n) ** 2;
  }
  const betweenDf = counts.advisors - counts.teams;
  const withinDf = counts.responses - counts.advisors;
  if (betweenDf < 1)
    return { state: 'insufficient-evidence', reason: 'fewer-advisors-than-teams-plus-one', ...counts };
  if (withinDf < 1) return { state: 'insufficient-evidence', reason: 'no-repeated-responses', ...counts };
  const withinVariance = withinSquares / withinDf;
  const nestedCounts = [...teams.values()].reduce((s, t) => s + t.sumOfSquaredCounts / t.n, 0);
  const n0 = (counts.responses - nestedCounts) / betweenDf;
  const betweenVariance = Math.max(0, (betweenSquares / betweenDf - withinVariance) / n0);
  if (betweenVariance === 0) return { state: 'no-spread', withinVariance, ...counts };
  return {
    state: 'estimated',
    withinVariance,
    betweenVariance,
    priorStrength: withinVariance / betweenVariance,
    ...counts,
  };
}

/**
 * Each advisor's mean shrunk toward their team's mean (empirical Bayes, normal–normal model;
 * Efron & Morris 1975): n/(n+κ) of their own mean, the rest from the team, κ the prior strength.
 * A small sample moves more than a large one. Undefined when the prior could not be estimated;
 * advisors without a response are left out.
 */
export function shrinkTowardTeam(
  samples: readonly AdvisorSample[],
  prior: CentrePrior,
): ShrunkFigure[] | undefined {
  if (prior.state === 'insufficient-evidence') return undefined;
  const present = samples.filter((s) => s.stats.n > 0);
  const teams = teamTotals(present);
  return present.map(({ advisorId, teamId, stats }) => {
    const team = teams.get(teamId) as TeamTotals;
    const teamMean = team.sum / team.n;
    const raw = stats.sum / stats.n;
    const ownWeight = prior.state === 'no-spread' ? 0 : stats.n / (stats.n + prior.priorStrength);
    return {
      advisorId,
      teamId,
      n: stats.n,
      raw,
      teamMean,
      ownWeight,
      shrunk: ownWeight * raw + (1 - ownWeight) * teamMean,
    };
  });
}
