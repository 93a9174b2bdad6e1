/**
 * Rows of `npm run bench -- statistics` for the alerts: each rule's false-alarm rate per team
 * per quarter under no change, and its power to detect a stated change, by seeded simulation
 * (shared/analytics/alerts/alert-checks.ts), with the Monte Carlo error of each rate.
 */
import { alertFalseAlarmChecks, alertPowerChecks } from '../shared/analytics/alerts/alert-checks.js';

export interface StatisticsRow {
  readonly figure: string;
  readonly scenario: string;
  readonly value: string;
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

export function statisticsAlertRows(reps = 4000): StatisticsRow[] {
  return [...alertFalseAlarmChecks(reps), ...alertPowerChecks(reps)].map((check) => ({
    figure: `${check.alert}: ${check.kind}`,
    scenario: check.scenario,
    value: `${percent(check.result.rate)} ± ${percent(check.result.mcError)} (${check.result.reps} reps)`,
  }));
}
