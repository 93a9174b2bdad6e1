/**
 * `npm run bench -- alerts [reps]`: the wellbeing-falling alert's sustained-fall detector by
 * seeded simulation (shared/analytics/alerts/sustained-fall-checks.ts): false alarms per
 * team-quarter with no change, and detection within 6 weeks of a sustained 15-point fall
 * starting in week 18, each next to the two-window test (last 4 weeks against the 8 before).
 */

import type { SimulatedRate } from '../shared/analytics/alerts/alert-simulation.js';
import {
  fallDetectionRate,
  quarterFalseAlarmRate,
  sustainedFallDetector,
  twoWindowDetector,
  wellbeingModel,
} from '../shared/analytics/alerts/sustained-fall-checks.js';

const percent = (r: SimulatedRate) => `${(100 * r.rate).toFixed(1)}% ± ${(100 * r.mcError).toFixed(1)}`;

export async function benchAlerts(reps: number): Promise<void> {
  const nulls = [
    [8, 4, 0],
    [8, 4, 0.4],
    [8, 4, 0.7],
    [8, 0, 0],
    [15, 8, 0.4],
    [15, 8, 0.7],
  ] as const;
  const rows = nulls.map(([answers, sd, phi], i) => {
    const model = wellbeingModel(answers, sd, phi);
    return {
      figure: 'false alarm per team-quarter, no change',
      scenario: `${answers} answers/wk, swings sd ${sd}, φ ${phi}`,
      sustained: percent(quarterFalseAlarmRate(reps, 100 + i, model)),
      twoWindow: percent(quarterFalseAlarmRate(reps, 100 + i, model, twoWindowDetector)),
    };
  });
  const falls = [
    [8, 0, 0],
    [8, 4, 0],
    [8, 4, 0.4],
    [8, 4, 0.7],
    [15, 8, 0.4],
  ] as const;
  for (const [i, [answers, sd, phi]] of falls.entries()) {
    const model = wellbeingModel(answers, sd, phi);
    rows.push({
      figure: 'detected within 6 weeks of a 15-point fall from week 18',
      scenario: `${answers} answers/wk, swings sd ${sd}, φ ${phi}`,
      sustained: percent(fallDetectionRate(reps, 200 + i, model, { detector: sustainedFallDetector })),
      twoWindow: percent(fallDetectionRate(reps, 200 + i, model, { detector: twoWindowDetector })),
    });
  }
  console.log(`wellbeing-falling alert, ${reps} seeded histories a row (rate ± Monte Carlo error)`);
  console.table(rows);
}
