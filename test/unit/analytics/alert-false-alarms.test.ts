import { describe, expect, it } from 'vitest';
import { alertFalseAlarmChecks, alertPowerChecks } from '../../../shared/analytics/alerts/alert-checks.js';

/**
 * Seeded simulation of every alert rule under no change, on the worst no-change models of the
 * calibration (scripts/reference/calibrate-alerts.ts): 2000 quarters of 13 weekly readings each,
 * so a rate near 4% carries a Monte Carlo error of about ±0.45 points.
 */
describe('alert false-alarm rates per team per quarter (2000 seeded quarters each)', () => {
  const checks = alertFalseAlarmChecks(2000);

  for (const check of checks) {
    it(`${check.alert}: at most 5% with ${check.scenario}`, () => {
      expect(check.result.reps).toBe(2000);
      expect(check.result.mcError).toBeLessThan(0.005);
      expect(check.result.rate).toBeLessThanOrEqual(0.05);
    });
  }

  it('covers every alert kind', () => {
    expect(new Set(checks.map((c) => c.alert))).toEqual(
      new Set([
        'wellbeing-falling',
        'quadrant-customers-at-advisors-expense',
        'productivity-pressure',
        'once-and-done-drop',
      ]),
    );
  });
});

describe('alert power (500 seeded histories each)', () => {
  const power = alertPowerChecks(500);
  const rateOf = (fragment: string) =>
    power.find((c) => c.scenario.includes(fragment))?.result.rate ?? Number.NaN;

  it('detects large drops far more often than it raises false alarms', () => {
    expect(rateOf('−20 points for 4 weeks')).toBeGreaterThan(0.15);
    expect(rateOf('at 100 answers/wk')).toBeGreaterThan(0.3);
  });

  it('detects a drop more often with more answers', () => {
    expect(rateOf('at 100 answers/wk')).toBeGreaterThan(rateOf('at 20 answers/wk'));
  });
});
