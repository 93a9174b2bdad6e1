import { type IndexValue, indexInterval95 } from '../../../shared/analytics/indices.js';

/**
 * The 95% interval of an index (a rate's bounded Wilson interval, else value ± 1.96·se), or
 * null without one.
 */
export function indexInterval(v: IndexValue): { value: number; low: number; high: number } | null {
  const interval = indexInterval95(v);
  if (v.value === null || interval === null) return null;
  return { value: v.value, low: interval[0], high: interval[1] };
}

/** Customer responses a week needs before its satisfaction is shown (as the analysis reads it). */
export const minCustomerResponses = 5;
