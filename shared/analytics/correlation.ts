import {
  type CorrelationResult,
  clampCorrelation,
  insufficientEvidence,
  minimumCorrelationPoints,
} from './correlation-result.js';
import { correlationPValue, fisherInterval } from './fisher-interval.js';
import { averageRanks } from './rank.js';

type Checked = { ok: true; n: number } | { ok: false; result: CorrelationResult };

function checkPairs(x: readonly number[], y: readonly number[]): Checked {
  const n = Math.min(x.length, y.length);
  if (x.length !== y.length) return { ok: false, result: insufficientEvidence(n, 'length-mismatch') };
  if (n === 0) return { ok: false, result: insufficientEvidence(0, 'empty') };
  if (!x.every(Number.isFinite) || !y.every(Number.isFinite)) {
    return { ok: false, result: insufficientEvidence(n, 'non-finite-value') };
  }
  if (n < minimumCorrelationPoints) return { ok: false, result: insufficientEvidence(n, 'too-few-points') };
  return { ok: true, n };
}

/** True when every value equals the first (so rounding in a mean cannot fake variation). */
export function isConstant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/** Pearson r from centred cross products, or undefined when either series is constant. */
export function pearsonCoefficient(x: readonly number[], y: readonly number[]): number | undefined {
  const n = x.length;
  if (isConstant(x) || isConstant(y)) return undefined;
  const meanX = x.reduce((s, v) => s + v, 0) / n;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] ?? 0) - meanX;
    const dy = (y[i] ?? 0) - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return undefined;
  return clampCorrelation(sxy / Math.sqrt(sxx * syy));
}

/**
 * Pearson correlation of paired points (e.g. one team's wellbeing and customer indices over
 * periods), with a Fisher-z 95% interval, se = 1/sqrt(n − 3) (Fisher 1921).
 * Insufficient evidence: empty input, different lengths, a non-finite value, fewer than 4
 * points, or a constant series.
 */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): CorrelationResult {
  const checked = checkPairs(x, y);
  if (!checked.ok) return checked.result;
  const { n } = checked;
  const r = pearsonCoefficient(x, y);
  if (r === undefined) return insufficientEvidence(n, 'constant-series');
  return {
    state: 'ok',
    n,
    estimate: r,
    ci95: fisherInterval(r, 1 / Math.sqrt(n - 3)),
    pValue: correlationPValue(r, n - 2),
    df: n - 2,
  };
}

/**
 * Spearman rank correlation (average ranks for ties) with a Fisher-z 95% interval using the
 * Bonett–Wright variance, se = sqrt((1 + r²/2)/(n − 3)) (Bonett & Wright 2000).
 * The p-value uses t with n − 2 degrees of freedom. Same insufficient cases as Pearson.
 */
export function spearmanCorrelation(x: readonly number[], y: readonly number[]): CorrelationResult {
  const checked = checkPairs(x, y);
  if (!checked.ok) return checked.result;
  const { n } = checked;
  const r = pearsonCoefficient(averageRanks(x), averageRanks(y));
  if (r === undefined) return insufficientEvidence(n, 'constant-series');
  return {
    state: 'ok',
    n,
    estimate: r,
    ci95: fisherInterval(r, Math.sqrt((1 + (r * r) / 2) / (n - 3))),
    pValue: correlationPValue(r, n - 2),
    df: n - 2,
  };
}

export type CorrelationMethod = 'pearson' | 'spearman';

export function correlate(
  method: CorrelationMethod,
  x: readonly number[],
  y: readonly number[],
): CorrelationResult {
  return method === 'pearson' ? pearsonCorrelation(x, y) : spearmanCorrelation(x, y);
}
