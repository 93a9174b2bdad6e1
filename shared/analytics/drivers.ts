import { type PulseDimension, pulseDimensions } from '../surveys/pulse-dimensions.js';
import type { CorrelationResult } from './correlation-result.js';
import { repeatedMeasuresCorrelation } from './repeated-measures.js';

/** One team in one window: its customer index and the pulse dimension indices it may show. */
export interface DriverObservation {
  readonly teamId: string;
  readonly period: string;
  readonly customerIndex: number;
  readonly dimensions: Readonly<Partial<Record<PulseDimension, number>>>;
}

export interface Driver {
  readonly dimension: PulseDimension;
  readonly correlation: CorrelationResult;
}

/**
 * Which pulse dimension moves most with customer scores: for each dimension, the
 * repeated-measures correlation (Bakdash & Marusich 2017) between the dimension index and the
 * customer index across teams, over the observations that carry that dimension (suppressed
 * figures must be left out by the caller). Ranked with `ok` results first by estimate, highest
 * first, then the others in dimension order.
 */
export function rankDrivers(observations: readonly DriverObservation[]): Driver[] {
  const drivers = pulseDimensions.map((dimension) => {
    const pairs = observations.flatMap((o) => {
      const x = o.dimensions[dimension];
      return x === undefined ? [] : [{ group: o.teamId, x, y: o.customerIndex }];
    });
    return { dimension, correlation: repeatedMeasuresCorrelation(pairs) };
  });
  const score = (d: Driver) => (d.correlation.state === 'ok' ? d.correlation.estimate : -Infinity);
  return drivers
    .map((d, order) => ({ d, order }))
    .sort((a, b) => score(b.d) - score(a.d) || a.order - b.order)
    .map(({ d }) => d);
}
