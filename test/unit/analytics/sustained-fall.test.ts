import { describe, expect, it } from 'vitest';
import { generateDemoCentre, pressureTeamId } from '../../../scripts/demo/demo-centre.js';
import { demoAggregates } from '../../../scripts/demo-aggregates.js';
import { buildDemoHistory } from '../../../scripts/demo-history.js';
import { sustainedFall } from '../../../shared/analytics/alerts/sustained-fall.js';
import {
  fallDetectionRate,
  quarterFalseAlarmRate,
  twoWindowDetector,
  wellbeingModel,
} from '../../../shared/analytics/alerts/sustained-fall-checks.js';
import { analyseCentre } from '../../../shared/analytics/centre-analysis.js';
import type { PeriodFigures } from '../../../shared/analytics/index.js';

const weeks = Array.from({ length: 26 }, (_, i) => `2026-W${String(i + 10).padStart(2, '0')}`);
const series = (values: (number | undefined)[], se = 3, n = 12): PeriodFigures =>
  Object.fromEntries(
    weeks.map((w, i) => [w, values[i] === undefined ? undefined : { n, value: values[i] ?? 0, se }]),
  );
/** A steady team around 70 (±1 by week), then `fall` points lower from week index `from`. */
const steadyThen = (from: number, fall: number) =>
  weeks.map((_, i) => 70 + (i % 2 ? 1 : -1) - (i >= from ? fall : 0));

describe('sustained fall detector (lower CUSUM on AR(1) residuals)', () => {
  it('compares the last 13 weeks with the 13 before and dates the start of a step fall', () => {
    const fall = sustainedFall(weeks, series(steadyThen(19, 12)));
    expect(fall?.baseline.weeks).toBe(13);
    expect(fall?.baseline.periods[0]).toBe('2026-W10');
    expect(fall?.started).toBe(weeks[19]);
    expect(fall?.since.weeks).toBe(7);
    expect(fall?.drop).toBeCloseTo(12, 0);
    expect(fall?.statistic).toBeGreaterThan(8);
    expect(fall?.z).toBeGreaterThan(3.5);
  });

  it('stays at zero on a steady team and on a rising one', () => {
    expect(sustainedFall(weeks, series(steadyThen(0, 0)))?.statistic).toBe(0);
    expect(sustainedFall(weeks, series(steadyThen(19, -12)))?.statistic).toBe(0);
  });

  it('skips weeks with no figure and needs 8 weeks of calendar and 6 figures of baseline', () => {
    const gappy = steadyThen(19, 12).map((v, i) => (i === 20 || i === 22 ? undefined : v));
    const fall = sustainedFall(weeks, series(gappy));
    expect(fall?.started).toBe(weeks[19]);
    expect(fall?.since.weeks).toBe(5);
    expect(sustainedFall(weeks.slice(0, 8), series(steadyThen(0, 0)))).toBeUndefined();
    const sparse = steadyThen(0, 0).map((v, i) => (i < 13 && i % 3 !== 0 ? undefined : v));
    expect(sustainedFall(weeks, series(sparse))).toBeUndefined();
  });
});

/**
 * Smaller runs of `npm run bench -- alerts` (seeded). Tolerance: false alarms ≤ 8% over 300
 * no-change quarters (the bench measures 0.4–1.9% at 8 answers/wk and 4.9% in the worst case on
 * 4000; ±1.6 points of Monte Carlo error at 8%).
 */
describe('wellbeing-falling alert by simulation', () => {
  for (const phi of [0, 0.4, 0.7]) {
    it(`fires for at most 8% of 300 no-change team-quarters at φ ${phi} (8 answers/wk, swings sd 4)`, () => {
      const result = quarterFalseAlarmRate(300, 31 + 10 * phi, wellbeingModel(8, 4, phi));
      expect(result.reps).toBe(300);
      expect(result.rate).toBeLessThanOrEqual(0.08);
    });
  }

  it('fires for at most 8% of 300 no-change quarters with the demo’s swings (15 answers/wk, sd 8, φ 0.4)', () => {
    expect(quarterFalseAlarmRate(300, 37, wellbeingModel(15, 8, 0.4)).rate).toBeLessThanOrEqual(0.08);
  });

  it('detects a sustained 15-point fall within 6 weeks in at least 70% of 200 histories at 30 answers/wk', () => {
    expect(fallDetectionRate(200, 41, wellbeingModel(30, 4, 0.4)).rate).toBeGreaterThanOrEqual(0.7);
  });

  it('detects the same fall at 8 answers/wk more often than the two-window test it replaces', () => {
    const model = wellbeingModel(8, 4, 0.4);
    const sustained = fallDetectionRate(200, 43, model);
    const twoWindow = fallDetectionRate(200, 43, model, { detector: twoWindowDetector });
    expect(sustained.rate).toBeGreaterThanOrEqual(0.15);
    expect(sustained.rate).toBeGreaterThan(twoWindow.rate);
  });
});

describe('on the demo centre (default seed)', () => {
  const centre = generateDemoCentre({});
  const history = buildDemoHistory(centre, new Date('2026-11-23T12:00:00Z'), (e) => e.toLowerCase());
  const analysis = analyseCentre({
    teams: history.teams,
    weeks: centre.plan.weeks,
    ...demoAggregates(history, centre.plan.weeks),
  });

  it('raises the wellbeing-falling alert for the pressure team, dated inside its pressure weeks', () => {
    const alert = analysis.alerts.find((a) => a.teamId === pressureTeamId && a.kind === 'wellbeing-falling');
    expect(alert).toBeDefined();
    const started = String(alert?.message.params.started);
    expect(centre.plan.pressure.weeks).toContain(started);
    expect(Number(alert?.message.params.drop)).toBeGreaterThan(10);
    expect(Number(alert?.message.params.low)).toBeGreaterThan(0);
    expect(alert?.rule.falseAlarmRatePerQuarter).toBeLessThanOrEqual(0.05);
  });

  it('raises no alert for any other team', () => {
    expect(analysis.alerts.filter((a) => a.teamId !== pressureTeamId)).toEqual([]);
  });
});
