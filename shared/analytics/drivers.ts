import { type PulseDimension, pulseDimensions } from '../surveys/pulse-dimensions.js';
import type { CorrelationResult } from './correlation-result.js';
import { adjustFamily } from './inference/multiple-comparisons.js';
import { pooledSeriesCorrelation, seriesCorrelation } from './inference/series-correlation.js';

/** One team in one window: its customer index and the pulse dimension indices it may show. */
export interface DriverObservation {
  readonly teamId: string;
  readonly period: string;
  readonly customerIndex: number;
  readonly dimensions: Readonly<Partial<Record<PulseDimension, number>>>;
}

/** Whether a driver was measured within one team or pooled within teams across the centre. */
export type DriverScope = 'team' | 'centre';

export interface Driver {
  readonly dimension: PulseDimension;
  readonly scope: DriverScope;
  /** With its interval, n, effective n and the p adjusted over the family `drivers`. */
  readonly correlation: CorrelationResult;
  /**
   * The weakest association the 95% interval allows in the estimate's direction,
   * max(0, low) for a positive r and max(0, −high) for a negative one; null without a result.
   */
  readonly strengthLowerBound: number | null;
  /** 1 for the strongest drivers; drivers share a tier unless clearly apart; null without a result. */
  readonly tier: number | null;
}

/** Driver results of one scope, ranked. */
export interface DriverRanking {
  readonly scope: DriverScope;
  /** Set when a team was asked for but its own weeks did not allow any driver result. */
  readonly fallback?: 'team-data-insufficient';
  readonly drivers: readonly Driver[];
}

/** Family name under which driver p-values are adjusted. */
export const driverFamily = 'drivers';

function strengthRange(c: CorrelationResult): { low: number; high: number } | undefined {
  if (c.state !== 'ok') return undefined;
  const [low, high] = c.ci95;
  return c.estimate >= 0
    ? { low: Math.max(0, low), high: Math.max(0, high) }
    : { low: Math.max(0, -high), high: Math.max(0, -low) };
}

/**
 * Ranks drivers so the order respects uncertainty: by the weakest association each interval
 * allows (its bound nearest 0), then by |r|. Tiers: a driver opens a new tier only when the
 * strongest association its interval allows is below the weakest the current tier's leader
 * allows (non-overlapping 95% intervals, a conservative comparison); otherwise the two are
 * indistinguishable and share a tier. Results without an interval come last, in dimension order.
 */
export function rankByUncertainty(
  scope: DriverScope,
  results: readonly { dimension: PulseDimension; correlation: CorrelationResult }[],
): Driver[] {
  const ranked = results
    .map((r, order) => ({ ...r, order, range: strengthRange(r.correlation) }))
    .sort((a, b) => {
      if (!a.range || !b.range) return (a.range ? -1 : b.range ? 1 : 0) || a.order - b.order;
      const ea = Math.abs(a.correlation.estimate ?? 0);
      const eb = Math.abs(b.correlation.estimate ?? 0);
      return b.range.low - a.range.low || eb - ea || a.order - b.order;
    });
  let tier = 0;
  let leaderLow = Number.POSITIVE_INFINITY;
  return ranked.map(({ dimension, correlation, range }) => {
    if (!range) return { dimension, scope, correlation, strengthLowerBound: null, tier: null };
    if (range.high < leaderLow) {
      tier += 1;
      leaderLow = range.low;
    }
    return { dimension, scope, correlation, strengthLowerBound: range.low, tier };
  });
}

function withDimensions(results: readonly CorrelationResult[]) {
  return results.flatMap((correlation, i) => {
    const dimension = pulseDimensions[i];
    return dimension ? [{ dimension, correlation }] : [];
  });
}

function pairsOf(observations: readonly DriverObservation[], dimension: PulseDimension) {
  return [...observations]
    .sort((a, b) => a.teamId.localeCompare(b.teamId) || a.period.localeCompare(b.period))
    .flatMap((o) => {
      const x = o.dimensions[dimension];
      return x === undefined ? [] : [{ group: o.teamId, x, y: o.customerIndex }];
    });
}

/**
 * Which pulse dimension moves most with customer scores, centre-wide: for each dimension, the
 * repeated-measures correlation within teams (Bakdash & Marusich 2017) with the effective n of
 * the weekly series (Pyper & Peterman 1998, `pooledSeriesCorrelation`), over the observations
 * that carry that dimension (suppressed figures must be left out by the caller); p-values
 * adjusted over the family of dimensions; ranked by `rankByUncertainty`.
 */
export function rankDrivers(observations: readonly DriverObservation[]): Driver[] {
  const results = pulseDimensions.map((dimension) =>
    pooledSeriesCorrelation(pairsOf(observations, dimension)),
  );
  return rankByUncertainty('centre', withDimensions(adjustFamily(driverFamily, results)));
}

/**
 * Drivers of one team from its own weeks (`seriesCorrelation`, Pearson, effective n), where the
 * data allow at least one result; otherwise the centre-wide drivers, marked as a fallback.
 */
export function teamDrivers(observations: readonly DriverObservation[], teamId: string): DriverRanking {
  const own = observations.filter((o) => o.teamId === teamId);
  const results = pulseDimensions.map((dimension) => {
    const pairs = pairsOf(own, dimension);
    return seriesCorrelation(
      'pearson',
      pairs.map((p) => p.x),
      pairs.map((p) => p.y),
    );
  });
  if (!results.some((r) => r.state === 'ok')) {
    return { scope: 'centre', fallback: 'team-data-insufficient', drivers: rankDrivers(observations) };
  }
  return {
    scope: 'team',
    drivers: rankByUncertainty('team', withDimensions(adjustFamily(driverFamily, results))),
  };
}
