import type { AlertKind } from './alerts.js';
import type { AxisLevel } from './axis-level.js';
import type { CorrelationReading, Measure, TrendReading } from './inference/reading.js';

/** Which way one axis has moved over the recent weeks, only rising/falling when its interval excludes 0. */
export type SummaryDirection = 'rising' | 'falling' | 'no-clear-direction' | 'too-few-weeks';

/** One axis of the team's summary: its level against the centre (absent when not placed) and its direction. */
export interface SummaryAxis {
  readonly measure: Measure;
  readonly level?: AxisLevel;
  readonly direction: SummaryDirection;
  readonly trendWeeks: number;
}

/** Whether wellbeing and customer satisfaction move together, from the same-week correlation reading. */
export type SummaryTogether = 'together' | 'opposite' | 'not-established' | 'too-few-weeks';

/** A thing to look at first: an active alert, or an axis clearly below the centre. */
export type SummaryLook =
  | { readonly kind: 'alert'; readonly alert: AlertKind; readonly channel?: string }
  | { readonly kind: 'axis-below'; readonly measure: Measure };

export interface TeamSummary {
  readonly wellbeing: SummaryAxis;
  readonly customer: SummaryAxis;
  readonly together: SummaryTogether;
  /** At most two, active alerts first (wellbeing-falling before the others), then axes clearly below. */
  readonly looks: readonly SummaryLook[];
}

const direction = (reading: TrendReading): SummaryDirection =>
  reading.key === 'trend.rising'
    ? 'rising'
    : reading.key === 'trend.falling'
      ? 'falling'
      : reading.key === 'trend.insufficient'
        ? 'too-few-weeks'
        : 'no-clear-direction';

/** What the team page says first, from the team's readings only (no figure of its own). */
export function teamSummary(input: {
  readonly axes?: { readonly wellbeing: AxisLevel; readonly customer: AxisLevel };
  readonly wellbeingTrend?: TrendReading;
  readonly customerTrend?: TrendReading;
  readonly sameWeek: CorrelationReading;
  readonly alerts: readonly { readonly kind: AlertKind; readonly channel?: string }[];
}): TeamSummary {
  const axis = (measure: Measure, trend: TrendReading | undefined): SummaryAxis => ({
    measure,
    ...(input.axes ? { level: input.axes[measure] } : {}),
    direction: trend ? direction(trend) : 'too-few-weeks',
    trendWeeks: trend?.params.weeks ?? 0,
  });
  const r = input.sameWeek;
  const together: SummaryTogether =
    r.key === 'correlation.holds'
      ? (r.params.estimate ?? 0) < 0
        ? 'opposite'
        : 'together'
      : r.key === 'correlation.insufficient' || r.key === 'correlation.suppressed'
        ? 'too-few-weeks'
        : 'not-established';
  const alerts = [...input.alerts].sort(
    (a, b) => Number(b.kind === 'wellbeing-falling') - Number(a.kind === 'wellbeing-falling'),
  );
  const looks: SummaryLook[] = [
    ...alerts.map(
      (a): SummaryLook => ({ kind: 'alert', alert: a.kind, ...(a.channel ? { channel: a.channel } : {}) }),
    ),
    ...(['wellbeing', 'customer'] as const)
      .filter((m) => input.axes?.[m].side === 'below')
      .map((measure): SummaryLook => ({ kind: 'axis-below', measure })),
  ];
  return {
    wellbeing: axis('wellbeing', input.wellbeingTrend),
    customer: axis('customer', input.customerTrend),
    together,
    looks: looks.slice(0, 2),
  };
}

/** The on-page anchor of an alert's item in the alerts section. */
export const alertAnchor = (kind: AlertKind, channel?: string) =>
  `alert-${kind}${channel ? `-${channel}` : ''}`;

/** The on-page anchor of an axis reading in the quadrant section. */
export const axisAnchor = (measure: Measure) => `axis-${measure}`;
