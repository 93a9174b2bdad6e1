import type { CorrelationMethod } from './correlation.js';
import type { CorrelationResult } from './correlation-result.js';
import { seriesCorrelation } from './inference/series-correlation.js';
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
 * Each accounts for serial dependence through the effective n (Pyper & Peterman 1998,
 * `seriesCorrelation`). Insufficient evidence when fewer than 4 pairs remain, a paired series is
 * constant, or the effective n is below 6.
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
    xLeadsY: seriesCorrelation(method, forward.x, forward.y),
    yLeadsX: seriesCorrelation(method, backward.x, backward.y),
  };
}

/**
 * Same-period correlation of two period series, over the periods where both exist, with the
 * effective n of Pyper & Peterman (1998) (`seriesCorrelation`).
 */
export function periodCorrelation(
  periods: readonly string[],
  x: PeriodValues,
  y: PeriodValues,
  method: CorrelationMethod = 'pearson',
): CorrelationResult {
  const paired = alignPeriods(periods, x, y, 0);
  return seriesCorrelation(method, paired.x, paired.y);
}
