import { describe, expect, it } from 'vitest';
import {
  onceAndDoneDropAlert,
  productivityPressureAlert,
  quadrantMoveAlert,
  teamAlerts,
  wellbeingFallingAlert,
} from '../../../shared/analytics/index.js';

const weeks = Array.from({ length: 8 }, (_, i) => `2026-W${String(i + 10).padStart(2, '0')}`);
const series = (values: (number | undefined)[]) => Object.fromEntries(weeks.map((w, i) => [w, values[i]]));

describe('wellbeing falling', () => {
  it('fires after three consecutive falls, with the run as evidence', () => {
    const alert = wellbeingFallingAlert('team-1', weeks, series([70, 72, 71, 73, 70.5, 68, 66.25, 63]));
    expect(alert).toEqual({
      kind: 'wellbeing-falling',
      teamId: 'team-1',
      periods: weeks.slice(3),
      evidence: { falls: 4, from: 73, to: 63, drop: 10 },
      messageKey: 'alerts.wellbeing-falling',
    });
  });

  it('stays quiet after two falls, a flat week or a missing week', () => {
    expect(wellbeingFallingAlert('t', weeks, series([70, 71, 72, 73, 74, 75, 73, 71]))).toBeUndefined();
    expect(wellbeingFallingAlert('t', weeks, series([70, 71, 72, 73, 72, 72, 71, 70]))).toBeUndefined();
    expect(
      wellbeingFallingAlert('t', weeks, series([75, 74, 73, 72, undefined, 71, 70, 69])),
    ).toBeUndefined();
  });
});

describe('quadrant move', () => {
  it('fires when a team enters customers-at-advisors-expense', () => {
    const alert = quadrantMoveAlert(
      'team-1',
      { period: '2026-W16', quadrant: 'balanced', wellbeingIndex: 66 },
      { period: '2026-W17', quadrant: 'customers-at-advisors-expense', wellbeingIndex: 58 },
    );
    expect(alert?.evidence).toEqual({ wellbeingBefore: 66, wellbeingNow: 58 });
    expect(
      quadrantMoveAlert(
        'team-1',
        { period: '2026-W16', quadrant: 'customers-at-advisors-expense', wellbeingIndex: 58 },
        { period: '2026-W17', quadrant: 'customers-at-advisors-expense', wellbeingIndex: 57 },
      ),
    ).toBeUndefined();
  });
});

describe('productivity pressure', () => {
  it('fires when handle time and wellbeing both fall over the last four weeks', () => {
    const handle = series([420, 415, 418, 410, 400, 385, 372, 360]);
    const wellbeing = series([70, 70, 71, 70, 69, 67, 66, 64]);
    const alert = productivityPressureAlert('team-1', weeks, handle, wellbeing);
    expect(alert?.periods).toEqual(weeks.slice(4));
    expect(alert?.evidence.handleTimeSlopeSeconds).toBeCloseTo(-13.3, 10);
    expect(alert?.evidence.wellbeingSlope).toBeCloseTo(-1.6, 10);
    expect(alert?.evidence.handleTimeSlopeShare).toBeCloseTo(-13.3 / 379.25, 10);
  });

  it('stays quiet when wellbeing holds or handle time barely moves', () => {
    const wellbeing = series([70, 70, 71, 70, 69, 67, 66, 64]);
    expect(
      productivityPressureAlert(
        't',
        weeks,
        series([420, 415, 418, 410, 400, 385, 372, 360]),
        series([70, 70, 71, 70, 70, 71, 70, 71]),
      ),
    ).toBeUndefined();
    expect(
      productivityPressureAlert('t', weeks, series([400, 400, 400, 400, 400, 399, 398, 397]), wellbeing),
    ).toBeUndefined();
  });
});

describe('once-and-done drop', () => {
  it('fires when the last four weeks average at least five points below the four before', () => {
    const alert = onceAndDoneDropAlert('team-1', 'chat', weeks, series([78, 80, 79, 81, 74, 73, 75, 72]));
    expect(alert).toMatchObject({ kind: 'once-and-done-drop', channel: 'chat' });
    expect(alert?.evidence).toEqual({ previousMean: 79.5, recentMean: 73.5, drop: 6 });
    expect(
      onceAndDoneDropAlert('t', 'chat', weeks, series([78, 80, 79, 81, 76, 75, 77, 76])),
    ).toBeUndefined();
  });

  it('gathers every alert of a team', () => {
    const kinds = teamAlerts({
      teamId: 'team-1',
      periods: weeks,
      wellbeing: series([70, 70, 71, 70, 69, 67, 66, 64]),
      handleTimeSeconds: series([420, 415, 418, 410, 400, 385, 372, 360]),
      onceAndDoneByChannel: {
        phone: series([78, 80, 79, 81, 74, 73, 75, 72]),
        email: series([60, 61, 60, 62, 61, 62, 60, 61]),
      },
    }).map((a) => `${a.kind}${a.channel ? `:${a.channel}` : ''}`);
    expect(kinds).toEqual(['wellbeing-falling', 'productivity-pressure', 'once-and-done-drop:phone']);
  });
});
