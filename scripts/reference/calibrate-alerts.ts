/**
 * Calibrates the alert rules' critical values (shared/analytics/alerts/alert-calibration.ts).
 * For each no-change model of shared/analytics/alerts/alert-scenarios.ts it simulates `reps`
 * quarters (seeded) and records the largest z each rule reaches over the quarter's 13 weekly
 * readings among the readings where the drop is at least the minimum meaningful size; the
 * false-alarm rate at critical c is the share of quarters whose maximum is ≥ c. It prints, per
 * rule, the smallest critical value (step 0.05) whose worst-case rate over the models is at most
 * the target (4%, leaving room for Monte Carlo error under the stated 5%), and that worst case.
 *
 *   npx tsx scripts/reference/calibrate-alerts.ts [reps=20000]
 */
import { alertCalibration, alertWindows } from '../../shared/analytics/alerts/alert-calibration.js';
import {
  handleTimeNullModels,
  type NamedModel,
  onceAndDoneNullModels,
  quarterMaxima,
  wellbeingNullModels,
} from '../../shared/analytics/alerts/alert-scenarios.js';
import type { MeasureModel } from '../../shared/analytics/alerts/alert-simulation.js';
import { type PeriodFigures, windowDrop } from '../../shared/analytics/alerts/window-drop.js';

const reps = Number(process.argv[2] ?? 20000);
const target = 0.04;
const seed = 20260508;

function calibrate(
  rule: string,
  models: readonly NamedModel<MeasureModel>[],
  statistic: (calendar: readonly string[], figures: PeriodFigures) => number,
) {
  const maxima = models.map((m, i) => ({
    name: m.name,
    maxima: quarterMaxima(reps, seed + i, m.model, statistic),
  }));
  const rateAt = (c: number, m: number[]) => m.filter((x) => x >= c).length / m.length;
  let critical = 1.5;
  while (maxima.some((m) => rateAt(critical, m.maxima) > target))
    critical = Math.round((critical + 0.05) * 100) / 100;
  const rates = maxima.map((m) => ({ name: m.name, rate: rateAt(critical, m.maxima) }));
  const worst = rates.reduce((a, b) => (b.rate > a.rate ? b : a));
  console.log(
    `${rule}: critical ${critical}; worst ${worst.name} at ${(100 * worst.rate).toFixed(2)}% (${reps} quarters each, MC error ±${(100 * Math.sqrt((worst.rate * (1 - worst.rate)) / reps)).toFixed(2)} points)`,
  );
  for (const r of rates) console.log(`  ${r.name}: ${(100 * r.rate).toFixed(2)}%`);
}

const figureZ =
  (minDrop: (baseline: number) => number) => (calendar: readonly string[], figures: PeriodFigures) => {
    const test = windowDrop(calendar, figures, { ...alertWindows, sampling: 'figure' });
    return test && test.drop >= minDrop(test.baseline.mean) ? test.z : Number.NEGATIVE_INFINITY;
  };

calibrate(
  'wellbeing falling',
  wellbeingNullModels,
  figureZ(() => alertCalibration.wellbeingFalling.minDrop),
);
calibrate(
  'handle time falling',
  handleTimeNullModels,
  figureZ((baseline) => alertCalibration.handleTimeFalling.minDropShare * baseline),
);
calibrate('once-and-done drop', onceAndDoneNullModels, (calendar, figures) => {
  const test = windowDrop(calendar, figures, { ...alertWindows, sampling: 'binomial' });
  return test && test.drop >= alertCalibration.onceAndDoneDrop.minDrop ? test.z : Number.NEGATIVE_INFINITY;
});
