/**
 * Rows of `npm run bench -- statistics` for the correlations: false-positive rates on
 * independent AR(1) weekly series (per team and pooled), centres with any team result holding
 * after Benjamini–Hochberg with no effect anywhere, and coverage of the 95% intervals.
 */
import {
  centreAnyFlagRate,
  intervalCoverage,
  pooledFalsePositiveRate,
  teamFalsePositiveRate,
} from '../shared/analytics/inference/calibration.js';
import type { StatisticsRow } from './statistics-alerts.js';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const withError = (rate: number, trials: number, target: string) =>
  `${percent(rate)} ± ${percent(Math.sqrt((rate * (1 - rate)) / trials))} (${trials} trials; target ${target})`;

export function statisticsCorrelationRows(reps = 2000): StatisticsRow[] {
  const rows: StatisticsRow[] = [];
  for (const phi of [0, 0.4, 0.7]) {
    const scenario = `independent AR(1) φ=${phi}, 26 weeks`;
    for (const method of ['pearson', 'spearman'] as const) {
      rows.push({
        figure: `false positives per team, ${method} (same week + both leads)`,
        scenario,
        value: withError(
          teamFalsePositiveRate(method, { phi, replications: reps, seed: 101 }),
          3 * reps,
          '3–7%',
        ),
      });
    }
    rows.push({
      figure: 'false positives, pooled repeated measures',
      scenario: `${scenario}, 8 teams`,
      value: withError(pooledFalsePositiveRate({ phi, replications: reps, seed: 303 }), reps, '3–7%'),
    });
    const centres = Math.ceil(reps / 4);
    rows.push({
      figure: 'centres with any team result holding after BH (48 per centre)',
      scenario: `${scenario}, 8 teams, no effect`,
      value: withError(centreAnyFlagRate({ phi, replications: centres, seed: 404 }), centres, '≤ 5%'),
    });
  }
  for (const method of ['pearson', 'spearman'] as const) {
    for (const n of [4, 5, 6, 7, 8, 10, 15, 30]) {
      for (const rho of [0, 0.3, 0.6, 0.9]) {
        rows.push({
          figure: `95% interval coverage, ${method}`,
          scenario: `independent bivariate normal, n=${n}, ρ=${rho}`,
          value: withError(
            intervalCoverage(method, n, rho, reps, 1000 * n + 100 * rho),
            reps,
            n >= 8 ? '93–97%' : '≥ 93%',
          ),
        });
      }
    }
  }
  return rows;
}
