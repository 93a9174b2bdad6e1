/**
 * Sufficient statistics of a numeric answer: enough to recover mean, variance and standard
 * error without the raw answers. Stored as DynamoDB counters and updated with `ADD`.
 */
export interface SufficientStats {
  readonly n: number;
  readonly sum: number;
  readonly sumSq: number;
}

export const emptyStats: SufficientStats = { n: 0, sum: 0, sumSq: 0 };

export function addValue(stats: SufficientStats, value: number): SufficientStats {
  return { n: stats.n + 1, sum: stats.sum + value, sumSq: stats.sumSq + value * value };
}

export function mergeStats(a: SufficientStats, b: SufficientStats): SufficientStats {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq };
}

/** Mean, or undefined when there is no answer. */
export function meanOf(stats: SufficientStats): number | undefined {
  return stats.n > 0 ? stats.sum / stats.n : undefined;
}

/** Sample variance (n − 1 denominator), or undefined below two answers. */
export function varianceOf(stats: SufficientStats): number | undefined {
  if (stats.n < 2) return undefined;
  const v = (stats.sumSq - (stats.sum * stats.sum) / stats.n) / (stats.n - 1);
  return Math.max(v, 0);
}
