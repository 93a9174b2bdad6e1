import type { CorrelationResult } from '../correlation-result.js';
import { adjustFamily } from './multiple-comparisons.js';

interface PairOfMethods {
  readonly pearson: CorrelationResult;
  readonly spearman: CorrelationResult;
}

interface TeamCorrelations {
  readonly sameWeek: PairOfMethods;
  readonly wellbeingLeadsCustomer: PairOfMethods;
  readonly customerLeadsWellbeing: PairOfMethods;
}

const questions = ['sameWeek', 'wellbeingLeadsCustomer', 'customerLeadsWellbeing'] as const;
const methods = ['pearson', 'spearman'] as const;

/** Family name of every team's same-week and lead correlations in one centre analysis. */
export const teamCorrelationFamily = 'team-correlations';
/** Family name of the pooled (repeated-measures) correlations of one centre analysis. */
export const pooledCorrelationFamily = 'pooled-correlations';

/**
 * Adjusts every team's same-week and lead correlations, Pearson and Spearman, as one family
 * (6 per team, Benjamini–Hochberg above 4 results), so a centre is not told of associations that
 * only many comparisons produced. Other fields of each team are kept.
 */
export function adjustTeamCorrelations<T extends { readonly correlation: TeamCorrelations }>(
  teams: readonly T[],
): T[] {
  const flat = teams.flatMap((t) => questions.flatMap((q) => methods.map((m) => t.correlation[q][m])));
  const adjusted = adjustFamily(teamCorrelationFamily, flat);
  let k = 0;
  const next = () => adjusted[k++] as CorrelationResult;
  return teams.map((t) => {
    const correlation = { ...t.correlation };
    for (const q of questions) correlation[q] = { pearson: next(), spearman: next() };
    return { ...t, correlation };
  });
}

/** Adjusts the pooled correlations of a centre as one small family (Holm for up to 4). */
export function adjustPooledCorrelations<T extends Record<string, CorrelationResult | number | null>>(
  pooled: T,
): T {
  const keys = Object.keys(pooled).filter((k) => typeof pooled[k] === 'object' && pooled[k] !== null);
  const adjusted = adjustFamily(
    pooledCorrelationFamily,
    keys.map((k) => pooled[k] as CorrelationResult),
  );
  return { ...pooled, ...Object.fromEntries(keys.map((k, i) => [k, adjusted[i]])) };
}
