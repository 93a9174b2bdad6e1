import { describe, expect, it } from 'vitest';
import {
  onceAndDoneDropAlert,
  type PeriodFigures,
  productivityPressureAlert,
  quadrantMoveAlert,
  teamAlerts,
  wellbeingFallingAlert,
  windowDrop,
} from '../../../shared/analytics/index.js';
import { alertReading } from '../../../shared/i18n/alert-messages.js';

const weeks = Array.from({ length: 12 }, (_, i) => `2026-W${String(i + 10).padStart(2, '0')}`);
/** Weekly figures with one standard error and n for every week. */
const figures = (values: (number | undefined)[], se: number, n: number): PeriodFigures =>
  Object.fromEntries(
    weeks.map((w, i) => [w, values[i] === undefined ? undefined : { n, value: values[i] ?? null, se }]),
  );
const rates = (values: number[], n: number): PeriodFigures =>
  Object.fromEntries(
    weeks.map((w, i) => {
      const p = (values[i] ?? 0) / 100;
      return [w, { n, value: values[i] ?? null, se: 100 * Math.sqrt((p * (1 - p)) / n) }];
    }),
  );

const steadyThenFalling = [70, 72, 69, 71, 70, 68, 71, 69, 58, 56, 57, 55];

describe('two-window drop', () => {
  it('compares the last 4 weeks with the 8 before, with the figures’ own error', () => {
    const test = windowDrop(weeks, figures(steadyThenFalling, 3, 12));
    expect(test?.baseline.mean).toBeCloseTo(70, 12);
    expect(test?.recent.mean).toBeCloseTo(56.5, 12);
    expect(test?.drop).toBeCloseTo(13.5, 12);
    expect(test?.baseline).toMatchObject({ weeks: 8, answers: 96 });
    expect(test?.recent).toMatchObject({ weeks: 4, answers: 48, periods: weeks.slice(8) });
    // Spread within the windows (s² = 1.9) is below the sampling variance (9): no excess.
    expect(test?.excessSd).toBe(0);
    expect(test?.se).toBeCloseTo(Math.sqrt(9 / 8 + 9 / 4), 12);
    expect(test?.z).toBeCloseTo(13.5 / Math.sqrt(9 / 8 + 9 / 4), 12);
  });

  it('needs 6 baseline and 3 recent weeks', () => {
    const gappy = [70, undefined, 69, undefined, 70, undefined, 71, 69, 58, 56, 57, 55];
    expect(windowDrop(weeks, figures(gappy, 3, 12))).toBeUndefined();
    expect(windowDrop(weeks.slice(0, 9), figures(steadyThenFalling, 3, 12))).toBeUndefined();
  });
});

describe('wellbeing falling', () => {
  it('fires on a 13.5-point fall of 7 standard errors, with when it started, its evidence, units and n', () => {
    const alert = wellbeingFallingAlert('team-1', weeks, figures(steadyThenFalling, 3, 12));
    expect(alert?.kind).toBe('wellbeing-falling');
    expect(alert?.periods).toEqual(weeks);
    expect(alert?.evidence.wellbeingDrop).toEqual({ value: 13.5, unit: 'index-points' });
    expect(alert?.evidence.wellbeingRecentAnswers).toEqual({ value: 48, unit: 'answers' });
    expect(alert?.evidence.wellbeingBaselineWeeks).toEqual({ value: 8, unit: 'weeks' });
    expect(alert?.evidence.wellbeingZ?.value).toBeCloseTo(7.35, 2);
    // No swing beyond sampling error: the CUSUM's fall starts with the first low week (W18).
    expect(alert?.evidence.wellbeingCusum?.value).toBeGreaterThanOrEqual(8);
    expect(alert?.evidence.wellbeingCusumLimit).toEqual({ value: 8, unit: 'standard-errors' });
    expect(alert?.rule).toMatchObject({ critical: 3.5, minDrop: { value: 5, unit: 'index-points' } });
    expect(alert?.message.params).toMatchObject({
      started: '2026-W18',
      from: 70,
      to: 56.5,
      drop: 13.5,
      low: 9.9,
      high: 17.1,
    });
    expect(alert && alertReading(alert.message, 'en')).toBe(
      "The team's wellbeing has been falling since week 2026-W18: 56.5 out of 100 over the 4 weeks since (48 answers) against 70 over the 8 weeks before (96 answers), a fall of 13.5 points (95% CI 9.9 to 17.1). Every week counts, allowing for the team's usual week-to-week swings. With no real change, this alert fires for fewer than 5% of teams a quarter.",
    );
    expect(alert && alertReading(alert.message, 'fr')).toContain(
      'baisse depuis la semaine 2026-W18 : 56,5 sur 100',
    );
  });

  it('stays quiet when the same fall is within the figures’ error (5 answers a week)', () => {
    expect(wellbeingFallingAlert('t', weeks, figures(steadyThenFalling, 10, 5))).toBeUndefined();
  });

  it('stays quiet on a precise fall smaller than 5 points', () => {
    const small = [70, 70, 70, 70, 70, 70, 70, 70, 66, 66, 66, 66];
    expect(windowDrop(weeks, figures(small, 0.5, 400))?.z).toBeGreaterThan(3.65);
    expect(wellbeingFallingAlert('t', weeks, figures(small, 0.5, 400))).toBeUndefined();
  });
});

describe('quadrant move', () => {
  const customer = figures([80, 81, 79, 80, 82, 80, 79, 81, 82, 83, 81, 82], 1.5, 60);

  it('fires when wellbeing falls and the team is now clearly below the centre’s wellbeing median', () => {
    const alert = quadrantMoveAlert('team-1', weeks, figures(steadyThenFalling, 3, 12), customer, {
      wellbeingIndex: 64,
      customerIndex: 75,
    });
    expect(alert?.kind).toBe('quadrant-customers-at-advisors-expense');
    expect(alert?.message.params).toMatchObject({ previousQuadrant: 'balanced', to: 56.5, customer: 82 });
    expect(alert?.evidence.wellbeingThreshold).toEqual({ value: 64, unit: 'index-points' });
  });

  it('stays quiet when the recent interval still reaches the median (near the centre)', () => {
    expect(
      quadrantMoveAlert('t', weeks, figures(steadyThenFalling, 3, 12), customer, {
        wellbeingIndex: 59,
        customerIndex: 75,
      }),
    ).toBeUndefined();
  });
});

describe('productivity pressure', () => {
  const handle = figures([420, 425, 418, 422, 419, 421, 420, 424, 380, 372, 365, 360], 8, 200);

  it('fires when handle time and wellbeing both fall', () => {
    const alert = productivityPressureAlert('team-1', weeks, handle, figures(steadyThenFalling, 3, 12));
    expect(alert?.evidence.handleTimeBaseline?.value).toBeCloseTo(421.125, 10);
    expect(alert?.evidence.handleTimeRecent).toEqual({ value: 369.25, unit: 'seconds' });
    expect(alert?.evidence.handleTimeRecentAnswers).toEqual({ value: 800, unit: 'contacts' });
    expect(alert?.evidence.handleTimeDropShare?.value).toBeCloseTo(51.875 / 421.125, 12);
    expect(alert?.message.params).toMatchObject({ handleFrom: 421, handleTo: 369, handleDropPercent: 12.3 });
  });

  it('stays quiet when only one of the two falls', () => {
    const flat = figures([70, 72, 69, 71, 70, 68, 71, 69, 70, 71, 69, 70], 3, 12);
    expect(productivityPressureAlert('t', weeks, handle, flat)).toBeUndefined();
    const steadyHandle = figures([420, 425, 418, 422, 419, 421, 420, 424, 421, 419, 423, 420], 8, 200);
    expect(
      productivityPressureAlert('t', weeks, steadyHandle, figures(steadyThenFalling, 3, 12)),
    ).toBeUndefined();
  });
});

describe('once-and-done drop', () => {
  const before = [78, 80, 79, 81, 78, 80, 79, 81];

  it('fires on a 15-point drop at 100 answers a week (binomial error of both windows)', () => {
    const alert = onceAndDoneDropAlert('team-1', 'chat', weeks, rates([...before, 64, 65, 66, 65], 100));
    expect(alert).toMatchObject({ kind: 'once-and-done-drop', channel: 'chat' });
    expect(alert?.evidence.onceAndDoneBaseline?.value).toBeCloseTo(79.5, 12);
    expect(alert?.evidence.onceAndDoneRecent?.value).toBeCloseTo(65, 12);
    expect(alert?.evidence.onceAndDoneRecentAnswers).toEqual({ value: 400, unit: 'answers' });
    // Binomial errors with one success and one failure added: p̃ = 637/802 and 261/402.
    const se = 100 * Math.sqrt(((637 / 802) * (165 / 802)) / 800 + ((261 / 402) * (141 / 402)) / 400);
    expect(alert?.evidence.onceAndDoneDropSe?.value).toBeCloseTo(se, 10);
  });

  it('stays quiet on the same rates at 5 answers a week', () => {
    expect(onceAndDoneDropAlert('t', 'chat', weeks, rates([...before, 64, 65, 66, 65], 5))).toBeUndefined();
  });

  it('gathers every alert of a team', () => {
    const kinds = teamAlerts({
      teamId: 'team-1',
      periods: weeks,
      wellbeing: figures(steadyThenFalling, 3, 12),
      customer: figures([80, 81, 79, 80, 82, 80, 79, 81, 82, 83, 81, 82], 1.5, 60),
      handleTimeSeconds: figures([420, 425, 418, 422, 419, 421, 420, 424, 380, 372, 365, 360], 8, 200),
      onceAndDoneByChannel: {
        phone: rates([...before, 64, 65, 66, 65], 100),
        email: rates([60, 61, 60, 62, 61, 62, 60, 61, 60, 62, 61, 60], 100),
      },
      thresholds: { wellbeingIndex: 64, customerIndex: 75 },
    }).map((a) => `${a.kind}${a.channel ? `:${a.channel}` : ''}`);
    expect(kinds).toEqual([
      'wellbeing-falling',
      'quadrant-customers-at-advisors-expense',
      'productivity-pressure',
      'once-and-done-drop:phone',
    ]);
  });
});
