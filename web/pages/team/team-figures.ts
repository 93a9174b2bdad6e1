import type { IndexValue } from '../../../shared/analytics/indices.js';

const z975 = 1.959963984540054;

/** The 95% interval of an index (value ± 1.96·se), or null without a value and an error. */
export function indexInterval(v: IndexValue): { value: number; low: number; high: number } | null {
  if (v.value === null || v.se === null) return null;
  return { value: v.value, low: v.value - z975 * v.se, high: v.value + z975 * v.se };
}

/** Customer responses a week needs before its satisfaction is shown (as the analysis reads it). */
export const minCustomerResponses = 5;
