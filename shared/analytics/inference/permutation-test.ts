import type { PValueMethod } from '../correlation-result.js';
import { correlationPValue } from '../fisher-interval.js';
import { seededUniform } from './seeded-random.js';

/** Up to this many points every ordering is enumerated (9! = 362 880). */
export const exactPermutationMaxPoints = 9;
/** Up to this many points a seeded Monte Carlo permutation test is used, beyond it Student's t. */
export const monteCarloMaxPoints = 30;
/** Random orderings drawn by the Monte Carlo test (standard error ≤ 0.0016 at p = .05). */
export const monteCarloDraws = 20_000;
/** Default seed of the Monte Carlo test, so a figure never changes between two reads. */
export const permutationSeed = 20260401;

export interface PermutationPValue {
  readonly pValue: number;
  readonly method: PValueMethod;
  /** Standard error of a Monte Carlo p-value, sqrt(p(1 − p)/draws). */
  readonly monteCarloError?: number;
}

function crossSum(rx: readonly number[], ry: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < rx.length; i += 1) s += (rx[i] ?? 0) * (ry[i] ?? 0);
  return s;
}

/** Calls `record` with Σ rx·ry for every ordering of ry (Heap's algorithm, one swap per step). */
function enumerateCrossSums(rx: readonly number[], ry: readonly number[], record: (s: number) => void): void {
  const y = [...ry];
  const n = y.length;
  const c = new Array<number>(n).fill(0);
  let s = crossSum(rx, y);
  record(s);
  let i = 1;
  while (i < n) {
    if ((c[i] ?? 0) < i) {
      const j = i % 2 === 0 ? 0 : (c[i] ?? 0);
      const yi = y[i] ?? 0;
      const yj = y[j] ?? 0;
      s += ((rx[i] ?? 0) - (rx[j] ?? 0)) * (yj - yi);
      y[i] = yj;
      y[j] = yi;
      record(s);
      c[i] = (c[i] ?? 0) + 1;
      i = 1;
    } else {
      c[i] = 0;
      i += 1;
    }
  }
}

/** Calls `record` with Σ rx·ry for `monteCarloDraws` seeded random orderings of ry (Fisher–Yates). */
function drawCrossSums(
  rx: readonly number[],
  ry: readonly number[],
  seed: number,
  record: (s: number) => void,
): void {
  const uniform = seededUniform(seed);
  const y = [...ry];
  for (let draw = 0; draw < monteCarloDraws; draw += 1) {
    for (let i = y.length - 1; i > 0; i -= 1) {
      const j = Math.floor(uniform() * (i + 1));
      const yi = y[i] ?? 0;
      y[i] = y[j] ?? 0;
      y[j] = yi;
    }
    record(crossSum(rx, y));
  }
}

function isPermutationOfOneToN(ranks: readonly number[]): boolean {
  const seen = new Array<boolean>(ranks.length + 1).fill(false);
  for (const r of ranks) {
    if (!Number.isInteger(r) || r < 1 || r > ranks.length || seen[r]) return false;
    seen[r] = true;
  }
  return true;
}

/**
 * Without ties the null distribution of |Σ rx·ry − E| depends on n alone, so it is built once per
 * n (every ordering up to 9 points; the seeded draws above) and kept sorted ascending.
 */
const untiedNull = new Map<number, Float64Array>();

function untiedNullDistribution(n: number, seed: number): Float64Array {
  const key = n <= exactPermutationMaxPoints ? n : n * 1e9 + seed;
  const cached = untiedNull.get(key);
  if (cached) return cached;
  const base = Array.from({ length: n }, (_, i) => i + 1);
  const centre = (n * (n + 1) ** 2) / 4;
  const values: number[] = [];
  const record = (s: number) => values.push(Math.abs(s - centre));
  if (n <= exactPermutationMaxPoints) enumerateCrossSums(base, base, record);
  else drawCrossSums(base, base, seed, record);
  const sorted = Float64Array.from(values).sort();
  untiedNull.set(key, sorted);
  return sorted;
}

/** How many of the ascending values are at least `threshold`. */
function countAtLeast(sorted: Float64Array, threshold: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < threshold) low = mid + 1;
    else high = mid;
  }
  return sorted.length - low;
}

/**
 * Two-sided permutation p-value of Spearman's correlation from the ranks of x and y (average
 * ranks for ties; the test is then conditional on the ties). Up to 9 points every ordering of
 * y is enumerated (exact); up to 30 a seeded Monte Carlo draws 20 000 orderings and reports
 * p = (1 + extreme)/(1 + draws) with its standard error (Phipson & Smyth 2010); beyond, Student's
 * t with n − 2 df on r, whose error is then negligible. A perfect order of 4 points gives
 * p = 2/24 ≈ 0.083, not 0.
 */
export function spearmanPermutationPValue(
  rx: readonly number[],
  ry: readonly number[],
  r: number,
  seed = permutationSeed,
): PermutationPValue {
  const n = rx.length;
  if (n > monteCarloMaxPoints) return { pValue: correlationPValue(r, n - 2), method: 't' };
  const sumX = rx.reduce((a, b) => a + b, 0);
  const sumY = ry.reduce((a, b) => a + b, 0);
  const centre = (sumX * sumY) / n;
  const observed = Math.abs(crossSum(rx, ry) - centre);
  const threshold = observed - 1e-9 * Math.max(1, observed);
  let extreme = 0;
  let total = 0;
  if (isPermutationOfOneToN(rx) && isPermutationOfOneToN(ry)) {
    const distribution = untiedNullDistribution(n, seed);
    extreme = countAtLeast(distribution, threshold);
    total = distribution.length;
  } else {
    const count = (s: number) => {
      total += 1;
      if (Math.abs(s - centre) >= threshold) extreme += 1;
    };
    if (n <= exactPermutationMaxPoints) enumerateCrossSums(rx, ry, count);
    else drawCrossSums(rx, ry, seed, count);
  }
  if (n <= exactPermutationMaxPoints) return { pValue: extreme / total, method: 'exact-permutation' };
  const pValue = (1 + extreme) / (1 + monteCarloDraws);
  return {
    pValue,
    method: 'monte-carlo-permutation',
    monteCarloError: Math.sqrt((pValue * (1 - pValue)) / monteCarloDraws),
  };
}
