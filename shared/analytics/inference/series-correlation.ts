import type { CorrelationMethod } from '../correlation.js';
import { checkPairs, evidenceOf, pearsonCoefficient, pearsonStandardError } from '../correlation.js';
import { type CorrelationResult, clampCorrelation, insufficientEvidence } from '../correlation-result.js';
import { agreeingTest, correlationPValue } from '../fisher-interval.js';
import { averageRanks } from '../rank.js';
import { type GroupedObservation, groupBy, withinTeamSums } from '../repeated-measures.js';
import { effectiveSampleSize, pooledEffectiveSampleSize } from './effective-sample-size.js';

/**
 * Below this effective n a weekly correlation is insufficient evidence: its interval would span
 * most of [−1, 1] and the autocorrelations it rests on are themselves unreliable.
 */
export const minimumEffectivePoints = 6;

/**
 * Standard error of Fisher's z of a Spearman r over N* effective points, sqrt(1.06/(N* − 3))
 * (Fieller, Hartley & Pearson 1957). Bonett–Wright's r-dependent term, fitted to independent
 * points, makes the test hold too rarely (3% at α = .05) once N* is small.
 */
/**
 * Fewest within-team points (observations minus teams) a pooled correlation needs: below 8,
 * short team series carry no usable autocorrelation (a team of fewer than 5 weeks has no lag
 * within N/5), so their effective n cannot be checked and a handful of weeks in perfect order
 * would read as certain. Two teams of 4 weeks (8 points, 6 within teams) are insufficient;
 * two teams of 5 weeks may be read when their effective n allows.
 */
export const minimumPooledWithinTeamPoints = 8;

export const spearmanSeriesStandardError = (effectiveN: number) => () => Math.sqrt(1.06 / (effectiveN - 3));

/**
 * Correlation of two weekly series of one team (same week, or one led by the other), in time
 * order, accounting for serial dependence: the effective n N* of Pyper & Peterman (1998)
 * replaces n in the t test (df = N* − 2) and in the Fisher-z interval (Pearson
 * se = 1/sqrt(N* − 3); Spearman, on ranks, Fieller's sqrt(1.06/(N* − 3))), made to agree
 * (`agreeingTest`). Insufficient evidence as for independent points, or when N* < 6.
 */
export function seriesCorrelation(
  method: CorrelationMethod,
  x: readonly number[],
  y: readonly number[],
): CorrelationResult {
  const checked = checkPairs(x, y);
  if (!checked.ok) return checked.result;
  const { n } = checked;
  const sx = method === 'spearman' ? averageRanks(x) : x;
  const sy = method === 'spearman' ? averageRanks(y) : y;
  const r = pearsonCoefficient(sx, sy);
  if (r === undefined) return insufficientEvidence(n, 'constant-series');
  const effectiveN = effectiveSampleSize(x, y);
  if (effectiveN < minimumEffectivePoints) {
    return { ...insufficientEvidence(n, 'too-few-effective-points'), effectiveN };
  }
  const seOf =
    method === 'spearman' ? spearmanSeriesStandardError(effectiveN) : pearsonStandardError(effectiveN);
  const test = agreeingTest(r, n, seOf, correlationPValue(r, effectiveN - 2));
  return {
    state: 'ok',
    n,
    estimate: r,
    ...test,
    pValueMethod: 't',
    df: effectiveN - 2,
    effectiveN,
    evidence: evidenceOf(test.pValue),
  };
}

/**
 * Repeated-measures correlation (Bakdash & Marusich 2017) of weekly series of several teams,
 * each team's observations in time order, accounting for serial dependence: the pooled
 * effective n N* (`pooledEffectiveSampleSize`, after Pyper & Peterman 1998) gives
 * df = N* − teams − 1 (the rmcorr df with N* for N), used in the t test and in the interval
 * se = 1/sqrt(df − 1); p and interval agree (`agreeingTest`). Insufficient evidence: empty, a
 * non-finite value, fewer than `minimumPooledWithinTeamPoints` within-team points, no within-team
 * variation, or df < 4 (N* − teams < 5).
 */
export function pooledSeriesCorrelation(observations: readonly GroupedObservation[]): CorrelationResult {
  const n = observations.length;
  if (n === 0) return insufficientEvidence(0, 'empty');
  if (!observations.every((o) => Number.isFinite(o.x) && Number.isFinite(o.y))) {
    return insufficientEvidence(n, 'non-finite-value');
  }
  const groups = groupBy(observations);
  if (n - groups.size < minimumPooledWithinTeamPoints) {
    return insufficientEvidence(n, 'too-few-within-team-points');
  }
  const { sxx, syy, sxy } = withinTeamSums(groups);
  if (!(sxx > 0) || !(syy > 0)) return insufficientEvidence(n, 'constant-series');
  const r = clampCorrelation(sxy / Math.sqrt(sxx * syy));
  const effectiveN = pooledEffectiveSampleSize(
    [...groups.values()].map((members) => ({ x: members.map((o) => o.x), y: members.map((o) => o.y) })),
  );
  const df = effectiveN - groups.size - 1;
  if (df < minimumEffectivePoints - 2) {
    return { ...insufficientEvidence(n, 'too-few-effective-points'), effectiveN };
  }
  const test = agreeingTest(r, n, () => 1 / Math.sqrt(df - 1), correlationPValue(r, df));
  return {
    state: 'ok',
    n,
    estimate: r,
    ...test,
    pValueMethod: 't',
    df,
    effectiveN,
    evidence: evidenceOf(test.pValue),
  };
}
