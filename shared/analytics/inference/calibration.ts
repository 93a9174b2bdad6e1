import { type CorrelationMethod, pearsonCorrelation, spearmanCorrelation } from '../correlation.js';
import type { CorrelationResult } from '../correlation-result.js';
import type { GroupedObservation } from '../repeated-measures.js';
import { adjustFamily } from './multiple-comparisons.js';
import { seededNormal } from './seeded-random.js';
import { pooledSeriesCorrelation, seriesCorrelation } from './series-correlation.js';

/**
 * Seeded simulations that calibrate the correlation methods: false-positive rates on
 * independent autocorrelated series, family-wise flags of a centre with no effect anywhere,
 * and coverage of the 95% intervals. Pure and deterministic (same seed, same figures); used by
 * the unit tests and by `npm run bench -- statistics`.
 */

/** An AR(1) series x_t = φ·x_{t−1} + e_t with standard normal e, after a burn-in of 50 steps. */
export function ar1Series(phi: number, length: number, normal: () => number): number[] {
  let x = 0;
  for (let t = 0; t < 50; t += 1) x = phi * x + normal();
  const out: number[] = [];
  for (let t = 0; t < length; t += 1) {
    x = phi * x + normal();
    out.push(x);
  }
  return out;
}

const flagged = (r: CorrelationResult) => r.state === 'ok' && r.pValue < 0.05;

/** The three per-team questions: same week, x leading y by one week, y leading x. */
function teamResults(method: CorrelationMethod, x: number[], y: number[]): CorrelationResult[] {
  return [
    seriesCorrelation(method, x, y),
    seriesCorrelation(method, x.slice(0, -1), y.slice(1)),
    seriesCorrelation(method, y.slice(0, -1), x.slice(1)),
  ];
}

export interface SimulationSettings {
  readonly phi: number;
  readonly replications: number;
  readonly seed: number;
  readonly weeks?: number;
  readonly teams?: number;
}

/**
 * Share of raw per-team results with p < .05 when a team's wellbeing and customer series are
 * independent AR(1) series (same week and both leads, so 3 results per replication).
 */
export function teamFalsePositiveRate(method: CorrelationMethod, s: SimulationSettings): number {
  const normal = seededNormal(s.seed);
  let hits = 0;
  let total = 0;
  for (let i = 0; i < s.replications; i += 1) {
    const x = ar1Series(s.phi, s.weeks ?? 26, normal);
    const y = ar1Series(s.phi, s.weeks ?? 26, normal);
    for (const result of teamResults(method, x, y)) {
      total += 1;
      if (flagged(result)) hits += 1;
    }
  }
  return hits / total;
}

function centreSeries(s: SimulationSettings, normal: () => number) {
  return Array.from({ length: s.teams ?? 8 }, () => ({
    x: ar1Series(s.phi, s.weeks ?? 26, normal).map((v) => 60 + 8 * v + 10 * normal()),
    y: ar1Series(s.phi, s.weeks ?? 26, normal).map((v) => 70 + 6 * v),
  }));
}

/** Share of centres whose pooled same-week repeated-measures correlation has p < .05, with no effect. */
export function pooledFalsePositiveRate(s: SimulationSettings): number {
  const normal = seededNormal(s.seed);
  let hits = 0;
  for (let i = 0; i < s.replications; i += 1) {
    const observations: GroupedObservation[] = centreSeries(s, normal).flatMap((team, t) =>
      team.x.map((x, w) => ({ group: `T${t}`, x, y: team.y[w] ?? 0 })),
    );
    if (flagged(pooledSeriesCorrelation(observations))) hits += 1;
  }
  return hits / s.replications;
}

/**
 * Share of centres (8 teams by default) with no effect anywhere where at least one per-team
 * result holds after the family adjustment: the family is every team's same-week and lead
 * correlations, Pearson and Spearman (48 results at 8 teams), adjusted by Benjamini–Hochberg.
 */
export function centreAnyFlagRate(s: SimulationSettings): number {
  const normal = seededNormal(s.seed);
  let hits = 0;
  for (let i = 0; i < s.replications; i += 1) {
    const family = centreSeries(s, normal).flatMap((team) => [
      ...teamResults('pearson', team.x, team.y),
      ...teamResults('spearman', team.x, team.y),
    ]);
    if (adjustFamily('team-correlations', family).some((r) => r.state === 'ok' && r.evidence === 'holds')) {
      hits += 1;
    }
  }
  return hits / s.replications;
}

/** Population Spearman correlation of a bivariate normal with Pearson ρ: (6/π)·asin(ρ/2). */
export function spearmanOfNormal(rho: number): number {
  return (6 / Math.PI) * Math.asin(rho / 2);
}

/**
 * Share of 95% intervals of independent bivariate normal pairs (n points, correlation ρ) that
 * contain the true value (ρ for Pearson, (6/π)·asin(ρ/2) for Spearman).
 */
export function intervalCoverage(
  method: CorrelationMethod,
  n: number,
  rho: number,
  replications: number,
  seed: number,
): number {
  const normal = seededNormal(seed);
  const target = method === 'pearson' ? rho : spearmanOfNormal(rho);
  const correlate = method === 'pearson' ? pearsonCorrelation : spearmanCorrelation;
  let covered = 0;
  for (let i = 0; i < replications; i += 1) {
    const x: number[] = [];
    const y: number[] = [];
    for (let k = 0; k < n; k += 1) {
      const a = normal();
      x.push(a);
      y.push(rho * a + Math.sqrt(1 - rho * rho) * normal());
    }
    const result = correlate(x, y);
    if (result.state === 'ok' && result.ci95[0] <= target && target <= result.ci95[1]) covered += 1;
  }
  return covered / replications;
}
