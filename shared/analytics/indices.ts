import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { CustomerAggregate, PulseAggregate } from '../aggregates/aggregate.types.js';
import { meanOf, type SufficientStats, varianceOf } from '../aggregates/sufficient-stats.js';
import { type PulseDimension, pulseDimensions } from '../surveys/pulse-dimensions.js';

/**
 * An index on 0–100 with its standard error (same units) and the number of answers behind it.
 * `value` is null without answers; `se` is null below two answers. A rate (a share of answers)
 * also carries its own 95% interval `ci95`, bounded to 0–100, which is the one to show.
 */
export interface IndexValue {
  readonly n: number;
  readonly value: number | null;
  readonly se: number | null;
  readonly ci95?: readonly [number, number];
}

const z975 = normalQuantile(0.975, 0, 1);

/**
 * Wilson score 95% interval of a proportion of `successes` among `n` (Wilson 1927), on 0–1:
 * (p̂ + z²/2n ± z·sqrt(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). It stays inside 0–1 and keeps a
 * width at p̂ = 0 or 1, where the Wald interval p̂ ± z·se runs past 100% or collapses to a point.
 */
export function wilsonInterval(successes: number, n: number): readonly [number, number] {
  if (!(n > 0)) return [0, 1];
  const p = Math.min(1, Math.max(0, successes / n));
  const z2 = z975 * z975;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z975 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At p̂ = 0 the lower bound is exactly 0 and at p̂ = 1 the upper is exactly 1 (no rounding drift).
  return [p === 0 ? 0 : Math.max(0, centre - half), p === 1 ? 1 : Math.min(1, centre + half)];
}

/**
 * The 95% interval to show for an index: a rate's own bounded interval when it has one, else
 * value ± 1.96·se; null without a value or an error, and when every answer was the same
 * (se = 0), rather than a zero-width interval claiming certainty from a few identical answers.
 */
export function indexInterval95(index: IndexValue): readonly [number, number] | null {
  if (index.value === null) return null;
  if (index.ci95) return index.ci95;
  if (index.se === null || !(index.se > 0)) return null;
  return [index.value - z975 * index.se, index.value + z975 * index.se];
}

/** Promoter / passive / detractor counts of a 0–10 recommendation question. */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** Linear rescaling index = (mean − offset)·scale; se = |scale|·sd/sqrt(n). */
function linearIndex(stats: SufficientStats, offset: number, scale: number): IndexValue {
  const mean = meanOf(stats);
  if (mean === undefined) return { n: stats.n, value: null, se: null };
  const variance = varianceOf(stats);
  return {
    n: stats.n,
    value: (mean - offset) * scale,
    se: variance === undefined ? null : Math.abs(scale) * Math.sqrt(variance / stats.n),
  };
}

/** Customer satisfaction index: mean of the 0–10 rating × 10, so 8.5/10 reads 85. */
export function customerSatisfactionIndex(satisfaction: SufficientStats): IndexValue {
  return linearIndex(satisfaction, 0, 10);
}

/** Recommendation index: mean of the 0–10 recommendation rating × 10. */
export function recommendationIndex(recommendation: SufficientStats): IndexValue {
  return linearIndex(recommendation, 0, 10);
}

/** Pulse dimension index: (mean − 1)/4 × 100 on the 1–5 agreement scale, so 1 → 0 and 5 → 100. */
export function pulseDimensionIndex(item: SufficientStats): IndexValue {
  return linearIndex(item, 1, 25);
}

/**
 * Effort index from the 1–7 customer effort score, reversed so that less effort is better:
 * (7 − mean)/6 × 100, so effort 1 → 100 and effort 7 → 0.
 */
export function effortIndex(effort: SufficientStats): IndexValue {
  return linearIndex(effort, 7, -100 / 6);
}

/**
 * Once-and-done rate (resolved at first contact), % of answers with resolved = 1, with the
 * binomial standard error 100·sqrt(p(1 − p)/n) (for tests of a change) and the Wilson score
 * 95% interval (Wilson 1927, `wilsonInterval`) to show, inside 0–100 and never of zero width.
 */
export function onceAndDoneRate(resolved: SufficientStats): IndexValue {
  if (resolved.n === 0) return { n: 0, value: null, se: null };
  const p = resolved.sum / resolved.n;
  const [low, high] = wilsonInterval(resolved.sum, resolved.n);
  return {
    n: resolved.n,
    value: 100 * p,
    se: resolved.n < 2 ? null : 100 * Math.sqrt((p * (1 - p)) / resolved.n),
    ci95: [100 * low, 100 * high],
  };
}

/**
 * Net promoter score, % promoters (9–10) − % detractors (0–6), on −100..100. The standard error
 * treats each answer as a score of +1, 0 or −1: se = 100·sqrt(((p + d) − (p − d)²)/n) with p and d
 * the promoter and detractor shares (multinomial variance of the score).
 */
export function netPromoterScore(counts: NpsCounts): IndexValue {
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) return { n: 0, value: null, se: null };
  const p = counts.promoters / n;
  const d = counts.detractors / n;
  const variance = Math.max(0, p + d - (p - d) ** 2);
  return { n, value: 100 * (p - d), se: n < 2 ? null : 100 * Math.sqrt(variance / n) };
}

/** Every customer index of one customer aggregate. */
export function customerIndices(aggregate: CustomerAggregate) {
  return {
    satisfaction: customerSatisfactionIndex(aggregate.satisfaction),
    recommendation: recommendationIndex(aggregate.recommendation),
    nps: netPromoterScore(aggregate),
    effort: effortIndex(aggregate.effort),
    onceAndDone: onceAndDoneRate(aggregate.resolved),
  };
}

/**
 * Advisor wellbeing index: the index of the pulse's `wellbeing` item, (mean − 1)/4 × 100.
 * Counts are answers, not advisors; anonymity is decided on `respondents` (see anonymity.ts).
 */
export function advisorWellbeingIndex(aggregate: PulseAggregate): IndexValue {
  const item = aggregate.items.wellbeing;
  return item ? pulseDimensionIndex(item) : { n: 0, value: null, se: null };
}

/** One index per pulse dimension (0–100), and the eNPS (−100..100) of one pulse aggregate. */
export function pulseIndices(aggregate: PulseAggregate): {
  readonly dimensions: Readonly<Record<PulseDimension, IndexValue>>;
  readonly enps: IndexValue;
} {
  const dimensions = {} as Record<PulseDimension, IndexValue>;
  for (const dimension of pulseDimensions) {
    const item = aggregate.items[dimension];
    dimensions[dimension] = item ? pulseDimensionIndex(item) : { n: 0, value: null, se: null };
  }
  return { dimensions, enps: netPromoterScore(aggregate.enps) };
}
