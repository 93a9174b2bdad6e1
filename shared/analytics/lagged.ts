import { type CorrelationMethod, correlate } from './correlation.js';
import type { CorrelationResult } from './correlation-result.js';
import { alignPeriods, type PeriodValues } from './period-series.js';

/** Lagged correlations both ways, each over the periods where both values exist. */
export interface LaggedCorrelations {
  /** x at t against y at t + 1 (e.g. wellbeing now, customers next period). */
  readonly xLeadsY: CorrelationResult;
  /** y at t against x at t + 1 (e.g. customers now, wellbeing next period). */
  readonly yLeadsX: CorrelationResult;
}

/**
 * One-period lagged correlations of two period series of one team. `periods` is the ordered
 * calendar (oldest first, consecutive); gaps in either series drop only the affected pairs.
 * Insufficient evidence when fewer than 4 pairs remain or a paired series is constant.
 */
export function laggedCorrelations(
  periods: readonly string[],
  x: PeriodValues,
  y: PeriodValues,
  method: CorrelationMethod = 'pearson',
): LaggedCorrelations {
  const forward = alignPeriods(periods, x, y, 1);
  const backward = alignPeriods(periods, y, x, 1);
  return {
    xLeadsY: correlate(method, forward.x, forward.y),
    yLeadsX: correlate(method, backward.x, backward.y),
  };
}

/** Same-period correlation of two period series, over the periods where both exist. */
export function periodCorrelation(
  periods: readonly string[],
  x: PeriodValues,
  y: PeriodValues,
  method: CorrelationMethod = 'pearson',
): CorrelationResult {
  const paired = alignPeriods(periods, x, y, 0);
  return correlate(method, paired.x, paired.y);
}
