/**
 * Critical values of the alert rules, calibrated by simulation so that each rule fires at most
 * 5% of the time per team per quarter (13 weekly readings) when nothing changes. Obtained with
 * `npx tsx scripts/reference/calibrate-alerts.ts` (seeded; the null models and the worst-case
 * rates are listed there), and checked in test/unit/analytics/alert-false-alarms.test.ts.
 *
 * A rule fires when the drop between the baseline window (8 weeks) and the recent window
 * (4 weeks) is at least `critical` standard errors AND at least the minimum meaningful drop.
 */
export const alertCalibration = {
  /** Wellbeing index (0–100) drop; figure standard errors plus the week-to-week excess. */
  wellbeingFalling: { critical: 3.6, minDrop: 5, falseAlarmRatePerQuarter: 0.05 },
  /** Mean handle time drop, as a share of the baseline mean (productivity pressure's other leg). */
  handleTimeFalling: { critical: 3.65, minDropShare: 0.05, falseAlarmRatePerQuarter: 0.05 },
  /** Once-and-done rate (percentage points) drop; binomial error of both windows. */
  onceAndDoneDrop: { critical: 3.45, minDrop: 5, falseAlarmRatePerQuarter: 0.05 },
} as const;

/** Windows every drop rule compares (weeks): the last 4 against the 8 before. */
export const alertWindows = { recentWeeks: 4, baselineWeeks: 8, minRecent: 3, minBaseline: 6 } as const;
