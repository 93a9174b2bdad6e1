/**
 * Critical values of the alert rules, calibrated by simulation so that each rule fires at most
 * 5% of the time per team per quarter (13 weekly readings) when nothing changes. Obtained with
 * `npx tsx scripts/reference/calibrate-alerts.ts` (seeded; the null models and the worst-case
 * rates are listed there), and checked in test/unit/analytics/alert-false-alarms.test.ts.
 *
 * Last run (4000 quarters per model, seed 20260508, target 4% worst case): wellbeing 3.5 (worst
 * 3.88%, 15 answers/wk, swings sd 8, φ 0.4), handle time 3.55 (worst 3.98%, 150 contacts/wk,
 * swings 17 s, φ 0.4), once-and-done 3.3 (worst 3.85%, 90% at 100 answers/wk, swings 4, φ 0.4);
 * Monte Carlo error ±0.3 points each. Picking the critical value on the worst of 20–27 noisy
 * rates understates that worst rate on fresh seeds (4.8% at 4000 new quarters), so each value
 * below is the calibrated one plus 0.15.
 *
 * A rule fires when the drop between the baseline window (8 weeks) and the recent window
 * (4 weeks) is at least `critical` standard errors AND at least the minimum meaningful drop.
 */
export const alertCalibration = {
  /** Wellbeing index (0–100) drop; figure standard errors plus the week-to-week excess. */
  wellbeingFalling: { critical: 3.65, minDrop: 5, falseAlarmRatePerQuarter: 0.05 },
  /** Mean handle time drop, as a share of the baseline mean (productivity pressure's other leg). */
  handleTimeFalling: { critical: 3.7, minDropShare: 0.05, falseAlarmRatePerQuarter: 0.05 },
  /** Once-and-done rate (percentage points) drop; binomial error of both windows. */
  onceAndDoneDrop: { critical: 3.45, minDrop: 5, falseAlarmRatePerQuarter: 0.05 },
} as const;

/**
 * The sustained wellbeing fall (sustained-fall.ts): a lower CUSUM on AR(1) residuals with
 * reference k = 0.5 reaching `limit`, AND the mean since the estimated start below the baseline
 * by `critical` standard errors (the baseline mean's own error included) and by `minDrop` points.
 * Calibrated by seeded simulation (`npm run bench -- alerts`, bench/alerts.ts, 4000 histories a
 * row, ±0.1–0.5 points) on 26-week histories read every week of the last quarter: at 8 answers a
 * week with swings sd 4 the rate is 0.4%, 0.9% and 1.9% at φ 0, 0.4 and 0.7; with 15 answers and
 * swings sd 8 at φ 0.4 (the demo centre's swings, the worst case kept under 5%) 4.9%. Swings of
 * sd 8 persisting at φ 0.7 cannot be told from a fall with 13 weeks of baseline (10.4%, as the
 * two-window test). Power: a sustained 15-point fall from week 18 at 8 answers a week is caught
 * within 6 weeks in 25–30% of histories (the two-window test: 13–18%).
 */
export const sustainedFallCalibration = {
  wellbeingFalling: { limit: 8, reference: 0.5, critical: 3.5, minDrop: 5, falseAlarmRatePerQuarter: 0.05 },
} as const;

/** Windows every drop rule compares (weeks): the last 4 against the 8 before. */
export const alertWindows = { recentWeeks: 4, baselineWeeks: 8, minRecent: 3, minBaseline: 6 } as const;
