import type { Channel } from '../roster/index.js';
import { alertCalibration, alertWindows, sustainedFallCalibration } from './alerts/alert-calibration.js';
import { type SustainedFall, sustainedFall } from './alerts/sustained-fall.js';
import { type PeriodFigures, type WindowDrop, windowDrop } from './alerts/window-drop.js';
import { placeInQuadrant, type SymmetryPoint } from './quadrant.js';

export type { PeriodFigures } from './alerts/window-drop.js';

export type AlertKind =
  | 'wellbeing-falling'
  | 'quadrant-customers-at-advisors-expense'
  | 'productivity-pressure'
  | 'once-and-done-drop';

export type EvidenceUnit =
  | 'index-points'
  | 'percentage-points'
  | 'seconds'
  | 'share'
  | 'standard-errors'
  | 'weeks'
  | 'answers'
  | 'contacts';

/** One number behind an alert, with its unit. */
export interface EvidenceFigure {
  readonly value: number;
  readonly unit: EvidenceUnit;
}

/** The rule that fired and its stated false-alarm rate (no change, per team per quarter). */
export interface AlertRule {
  /** The drop had to reach this many standard errors. */
  readonly critical: number;
  /** …and this size, in `minDrop.unit`. */
  readonly minDrop: EvidenceFigure;
  readonly falseAlarmRatePerQuarter: number;
}

/** A message key of shared/i18n/alert-messages.ts and its parameters. */
export interface AlertMessage {
  readonly key: AlertKind;
  readonly params: Readonly<Record<string, number | string>>;
}

/** A signal for a team manager to look at; never about an individual advisor. */
export interface Alert {
  readonly kind: AlertKind;
  readonly teamId: string;
  readonly channel?: Channel;
  /** The periods the evidence covers (baseline then recent weeks with figures), oldest first. */
  readonly periods: readonly string[];
  /** The numbers behind the alert, each with its unit; the windows' weeks and answers included. */
  readonly evidence: Readonly<Record<string, EvidenceFigure>>;
  readonly rule: AlertRule;
  readonly message: AlertMessage;
}

const z975 = 1.959963984540054;

/** Both windows of a drop test as evidence: means, drop, its standard error and interval, n. */
function dropEvidence(
  prefix: string,
  test: WindowDrop,
  unit: EvidenceUnit,
  countUnit: EvidenceUnit = 'answers',
): Record<string, EvidenceFigure> {
  const e = (value: number, u: EvidenceUnit = unit): EvidenceFigure => ({ value, unit: u });
  return {
    [`${prefix}Baseline`]: e(test.baseline.mean),
    [`${prefix}Recent`]: e(test.recent.mean),
    [`${prefix}Drop`]: e(test.drop),
    [`${prefix}DropSe`]: e(test.se),
    [`${prefix}DropLow`]: e(test.drop - z975 * test.se),
    [`${prefix}DropHigh`]: e(test.drop + z975 * test.se),
    [`${prefix}Z`]: e(test.z, 'standard-errors'),
    [`${prefix}BaselineWeeks`]: e(test.baseline.weeks, 'weeks'),
    [`${prefix}RecentWeeks`]: e(test.recent.weeks, 'weeks'),
    [`${prefix}BaselineAnswers`]: e(test.baseline.answers, countUnit),
    [`${prefix}RecentAnswers`]: e(test.recent.answers, countUnit),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function dropParams(test: WindowDrop): Record<string, number> {
  return {
    from: round1(test.baseline.mean),
    to: round1(test.recent.mean),
    drop: round1(test.drop),
    low: round1(test.drop - z975 * test.se),
    high: round1(test.drop + z975 * test.se),
    baselineWeeks: test.baseline.weeks,
    recentWeeks: test.recent.weeks,
    baselineAnswers: test.baseline.answers,
    recentAnswers: test.recent.answers,
  };
}

/**
 * The two-window wellbeing drop test (last 4 weeks against the 8 before), and whether it passes
 * its calibrated rule: the wellbeing leg of the quadrant move and of productivity pressure.
 */
export function wellbeingDrop(
  periods: readonly string[],
  wellbeing: PeriodFigures,
): { readonly test: WindowDrop; readonly fires: boolean } | undefined {
  const test = windowDrop(periods, wellbeing, { ...alertWindows, sampling: 'figure' });
  if (!test) return undefined;
  const rule = alertCalibration.wellbeingFalling;
  return { test, fires: test.z >= rule.critical && test.drop >= rule.minDrop };
}

const wellbeingRule: AlertRule = {
  critical: alertCalibration.wellbeingFalling.critical,
  minDrop: { value: alertCalibration.wellbeingFalling.minDrop, unit: 'index-points' },
  falseAlarmRatePerQuarter: alertCalibration.wellbeingFalling.falseAlarmRatePerQuarter,
};

const sustainedRule = sustainedFallCalibration.wellbeingFalling;

/** The sustained-fall detector on wellbeing, and whether it passes the calibrated rule. */
export function wellbeingSustainedFall(
  periods: readonly string[],
  wellbeing: PeriodFigures,
): { readonly test: SustainedFall; readonly fires: boolean } | undefined {
  const test = sustainedFall(periods, wellbeing, { reference: sustainedRule.reference });
  if (!test) return undefined;
  const fires =
    test.statistic >= sustainedRule.limit &&
    test.z >= sustainedRule.critical &&
    test.drop >= sustainedRule.minDrop;
  return { test, fires };
}

/**
 * Wellbeing falling: a sustained fall detected on every week of the quarter by a one-sided CUSUM
 * on the team's weekly wellbeing standardised against its own baseline, after removing the
 * team's own AR(1) dependence (Page 1954; Lu & Reynolds 1999, CUSUM of AR(1) residuals; see
 * sustained-fall.ts). It states when the fall started (the CUSUM's change point), the mean of
 * the weeks since against the baseline with its interval, and its calibrated false-alarm rate
 * (alert-calibration.ts, `npm run bench -- alerts`).
 */
export function wellbeingFallingAlert(
  teamId: string,
  periods: readonly string[],
  wellbeing: PeriodFigures,
): Alert | undefined {
  const result = wellbeingSustainedFall(periods, wellbeing);
  if (!result?.fires) return undefined;
  const { test } = result;
  const e = (value: number, unit: EvidenceUnit = 'index-points'): EvidenceFigure => ({ value, unit });
  const low = test.drop - z975 * test.se;
  const high = test.drop + z975 * test.se;
  return {
    kind: 'wellbeing-falling',
    teamId,
    periods: [...test.baseline.periods, ...test.since.periods],
    evidence: {
      wellbeingBaseline: e(test.baseline.mean),
      wellbeingRecent: e(test.since.mean),
      wellbeingDrop: e(test.drop),
      wellbeingDropSe: e(test.se),
      wellbeingDropLow: e(low),
      wellbeingDropHigh: e(high),
      wellbeingZ: e(test.z, 'standard-errors'),
      wellbeingCusum: e(test.statistic, 'standard-errors'),
      wellbeingCusumLimit: e(sustainedRule.limit, 'standard-errors'),
      wellbeingExcessSd: e(test.excessSd),
      wellbeingBaselineWeeks: e(test.baseline.weeks, 'weeks'),
      wellbeingRecentWeeks: e(test.since.weeks, 'weeks'),
      wellbeingBaselineAnswers: e(test.baseline.answers, 'answers'),
      wellbeingRecentAnswers: e(test.since.answers, 'answers'),
    },
    rule: {
      critical: sustainedRule.critical,
      minDrop: { value: sustainedRule.minDrop, unit: 'index-points' },
      falseAlarmRatePerQuarter: sustainedRule.falseAlarmRatePerQuarter,
    },
    message: {
      key: 'wellbeing-falling',
      params: {
        started: test.started,
        from: round1(test.baseline.mean),
        to: round1(test.since.mean),
        drop: round1(test.drop),
        low: round1(low),
        high: round1(high),
        baselineWeeks: test.baseline.weeks,
        recentWeeks: test.since.weeks,
        baselineAnswers: test.baseline.answers,
        recentAnswers: test.since.answers,
        persistence: Math.round(test.persistence * 100) / 100,
      },
    },
  };
}

/**
 * A team entering `customers-at-advisors-expense`: its wellbeing fell (the two-window wellbeing
 * drop rule fires) and, against the centre's thresholds, its recent window is clearly in that
 * quadrant (both 95% intervals on their side) while its baseline window was not. Its false-alarm
 * rate is at most that of the two-window drop, of which it is a special case.
 */
export function quadrantMoveAlert(
  teamId: string,
  periods: readonly string[],
  wellbeing: PeriodFigures,
  customer: PeriodFigures,
  thresholds: SymmetryPoint,
): Alert | undefined {
  const fall = wellbeingDrop(periods, wellbeing);
  if (!fall?.fires) return undefined;
  const customers = windowDrop(periods, customer, { ...alertWindows, sampling: 'figure' });
  if (!customers) return undefined;
  const place = (w: WindowDrop['recent'], c: WindowDrop['recent']) =>
    placeInQuadrant({ value: w.mean, se: w.se }, { value: c.mean, se: c.se }, thresholds).quadrant;
  const before = place(fall.test.baseline, customers.baseline);
  const now = place(fall.test.recent, customers.recent);
  if (now !== 'customers-at-advisors-expense' || before === now) return undefined;
  return {
    kind: 'quadrant-customers-at-advisors-expense',
    teamId,
    periods: [...fall.test.baseline.periods, ...fall.test.recent.periods],
    evidence: {
      ...dropEvidence('wellbeing', fall.test, 'index-points'),
      customerRecent: { value: customers.recent.mean, unit: 'index-points' },
      customerRecentSe: { value: customers.recent.se, unit: 'index-points' },
      wellbeingThreshold: { value: thresholds.wellbeingIndex, unit: 'index-points' },
      customerThreshold: { value: thresholds.customerIndex, unit: 'index-points' },
    },
    rule: wellbeingRule,
    message: {
      key: 'quadrant-customers-at-advisors-expense',
      params: {
        ...dropParams(fall.test),
        previousQuadrant: before,
        customer: round1(customers.recent.mean),
        wellbeingThreshold: round1(thresholds.wellbeingIndex),
        customerThreshold: round1(thresholds.customerIndex),
      },
    },
  };
}

/**
 * Productivity pressure (DOMAIN.md fact 2): over the same windows, mean handle time fell by at
 * least 5% of its baseline and the calibrated number of standard errors, AND wellbeing fell
 * (the two-window wellbeing drop rule). Each leg is a test at ≤ 5% per quarter, so the pair is too,
 * whichever leg truly moves (intersection–union test, Berger 1982).
 */
export function productivityPressureAlert(
  teamId: string,
  periods: readonly string[],
  handleTimeSeconds: PeriodFigures,
  wellbeing: PeriodFigures,
): Alert | undefined {
  const fall = wellbeingDrop(periods, wellbeing);
  if (!fall?.fires) return undefined;
  const handle = windowDrop(periods, handleTimeSeconds, { ...alertWindows, sampling: 'figure' });
  const rule = alertCalibration.handleTimeFalling;
  if (!handle || !(handle.baseline.mean > 0)) return undefined;
  const share = handle.drop / handle.baseline.mean;
  if (handle.z < rule.critical || share < rule.minDropShare) return undefined;
  return {
    kind: 'productivity-pressure',
    teamId,
    periods: [...fall.test.baseline.periods, ...fall.test.recent.periods],
    evidence: {
      ...dropEvidence('wellbeing', fall.test, 'index-points'),
      ...dropEvidence('handleTime', handle, 'seconds', 'contacts'),
      handleTimeDropShare: { value: share, unit: 'share' },
    },
    rule: {
      critical: rule.critical,
      minDrop: { value: rule.minDropShare, unit: 'share' },
      falseAlarmRatePerQuarter: Math.max(
        rule.falseAlarmRatePerQuarter,
        wellbeingRule.falseAlarmRatePerQuarter,
      ),
    },
    message: {
      key: 'productivity-pressure',
      params: {
        ...dropParams(fall.test),
        handleFrom: Math.round(handle.baseline.mean),
        handleTo: Math.round(handle.recent.mean),
        handleDropPercent: round1(100 * share),
      },
    },
  };
}

/**
 * Once-and-done rate dropping on one channel: the pooled rate of the last 4 weeks is below that
 * of the 8 weeks before by at least 5 percentage points and by the calibrated number of
 * standard errors, each window's error binomial on its own answers (plus any week-to-week excess),
 * so a drop means more at 100 answers a week than at 5.
 */
export function onceAndDoneDropAlert(
  teamId: string,
  channel: Channel,
  periods: readonly string[],
  onceAndDone: PeriodFigures,
): Alert | undefined {
  const test = windowDrop(periods, onceAndDone, { ...alertWindows, sampling: 'binomial' });
  const rule = alertCalibration.onceAndDoneDrop;
  if (!test || test.z < rule.critical || test.drop < rule.minDrop) return undefined;
  return {
    kind: 'once-and-done-drop',
    teamId,
    channel,
    periods: [...test.baseline.periods, ...test.recent.periods],
    evidence: dropEvidence('onceAndDone', test, 'percentage-points'),
    rule: {
      critical: rule.critical,
      minDrop: { value: rule.minDrop, unit: 'percentage-points' },
      falseAlarmRatePerQuarter: rule.falseAlarmRatePerQuarter,
    },
    message: { key: 'once-and-done-drop', params: { ...dropParams(test), channel } },
  };
}

/** Everything the alerts read for one team; the calendar is oldest first, consecutive. */
export interface TeamAlertInput {
  readonly teamId: string;
  readonly periods: readonly string[];
  /** Weekly wellbeing index figures (shown week-level figures only). */
  readonly wellbeing: PeriodFigures;
  /** Weekly customer satisfaction index figures, for the quadrant move. */
  readonly customer: PeriodFigures;
  /** Weekly mean handle time in seconds, n = contacts. */
  readonly handleTimeSeconds: PeriodFigures;
  /** Weekly once-and-done rate (0–100) per channel, n = answers. */
  readonly onceAndDoneByChannel: Readonly<Partial<Record<Channel, PeriodFigures>>>;
  /** The centre's quadrant thresholds, when known. */
  readonly thresholds?: SymmetryPoint;
}

/** All alerts of one team. Feed it only figures that passed anonymity. */
export function teamAlerts(input: TeamAlertInput): Alert[] {
  const alerts: (Alert | undefined)[] = [
    wellbeingFallingAlert(input.teamId, input.periods, input.wellbeing),
    input.thresholds &&
      quadrantMoveAlert(input.teamId, input.periods, input.wellbeing, input.customer, input.thresholds),
    productivityPressureAlert(input.teamId, input.periods, input.handleTimeSeconds, input.wellbeing),
  ];
  for (const [channel, series] of Object.entries(input.onceAndDoneByChannel) as [Channel, PeriodFigures][]) {
    alerts.push(onceAndDoneDropAlert(input.teamId, channel, input.periods, series));
  }
  return alerts.filter((a): a is Alert => a !== undefined);
}
