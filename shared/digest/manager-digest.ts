import type { TimeWindow } from '../aggregates/aggregate.types.js';
import type { AlertKind, AlertMessage } from '../analytics/alerts.js';
import type { TeamWeek } from '../analytics/centre-analysis.js';
import { type IndexValue, indexInterval95 } from '../analytics/indices.js';
import type { Locale } from '../roster/index.js';
import { isoWeekOf } from '../time/period.js';
import { mondayOfIsoWeek } from '../time/windows.js';

const weekMs = 7 * 86_400_000;

/**
 * The week a digest sent at `now` speaks of: the last complete ISO week (UTC), whose customer
 * figures are all in. Its pulse figures publish later (14 days after its Monday).
 */
export function digestWeek(now: Date): string {
  return isoWeekOf(new Date(now.getTime() - weekMs));
}

/** The ISO week before `week`. */
export function previousWeek(week: string): string {
  return isoWeekOf(new Date(mondayOfIsoWeek(week).getTime() - weekMs));
}

/** An index (0–100) with its 95% interval; the interval is null when one response gives no spread. */
export interface DigestIndex {
  readonly value: number;
  readonly interval: readonly [number, number] | null;
}

/** Customer satisfaction of one week: the responses, and the index when there was at least one. */
export interface DigestCustomerWeek {
  readonly week: string;
  readonly responses: number;
  readonly satisfaction: DigestIndex | null;
}

/**
 * The wellbeing a digest may show: only a published figure. `shown` is the latest published
 * week's figure (over a wider window when that week alone had too few advisors); `hidden` means
 * that week was published without a team figure (fewer than k advisors answered, or none: the
 * publication does not tell the two apart); `not-published` means no week of the range is
 * published yet.
 */
export type DigestWellbeing =
  | {
      readonly state: 'shown';
      readonly week: string;
      readonly window: TimeWindow;
      readonly respondents: number;
      readonly wellbeing: DigestIndex;
      /** Change from the week before, only when both are figures of their own week. */
      readonly change: number | null;
    }
  | { readonly state: 'hidden'; readonly week: string; readonly k: number }
  | { readonly state: 'not-published' };

/** One team's part of a manager's digest. */
export interface TeamDigest {
  readonly teamId: string;
  readonly teamName: string;
  readonly customer: {
    readonly current: DigestCustomerWeek;
    readonly previous: DigestCustomerWeek;
    /** Index points from the previous week, when both weeks have a value. */
    readonly change: number | null;
  };
  readonly wellbeing: DigestWellbeing;
  readonly alerts: readonly { readonly kind: AlertKind; readonly message: AlertMessage }[];
}

/** What one manager's weekly email says, in their language. */
export interface ManagerDigest {
  readonly locale: Locale;
  /** The week the customer figures are about (`digestWeek`). */
  readonly week: string;
  readonly teams: readonly TeamDigest[];
}

/** The parts of a team's analysis a digest reads. */
export interface TeamDigestInput {
  readonly teamId: string;
  readonly teamName: string;
  readonly k: number;
  /** The team's weeks, oldest first, ending with the digest week. */
  readonly weeks: readonly TeamWeek[];
  readonly alerts: readonly { readonly kind: AlertKind; readonly message: AlertMessage }[];
}

function digestIndex(index: IndexValue): DigestIndex | null {
  if (index.value === null) return null;
  return {
    value: index.value,
    interval: indexInterval95(index),
  };
}

function customerWeek(rows: readonly TeamWeek[], week: string): DigestCustomerWeek {
  const row = rows.find((r) => r.week === week);
  if (!row || row.customer.responses === 0) return { week, responses: 0, satisfaction: null };
  return { week, responses: row.customer.responses, satisfaction: digestIndex(row.customer.satisfaction) };
}

function wellbeingOf(
  rows: readonly TeamWeek[],
  publishedWeek: string | undefined,
  k: number,
): DigestWellbeing {
  const row = publishedWeek === undefined ? undefined : rows.find((r) => r.week === publishedWeek);
  if (!row || publishedWeek === undefined) return { state: 'not-published' };
  if (row.wellbeing.state !== 'shown') return { state: 'hidden', week: publishedWeek, k };
  const index = digestIndex(row.wellbeing.wellbeing);
  if (!index) return { state: 'hidden', week: publishedWeek, k };
  const before = rows.find((r) => r.week === previousWeek(publishedWeek))?.wellbeing;
  const ownWeek = row.wellbeing.window.kind === 'week';
  const change =
    ownWeek && before?.state === 'shown' && before.window.kind === 'week' && before.wellbeing.value !== null
      ? index.value - before.wellbeing.value
      : null;
  return {
    state: 'shown',
    week: publishedWeek,
    window: row.wellbeing.window,
    respondents: row.wellbeing.respondents,
    wellbeing: index,
    change,
  };
}

/**
 * One team's digest from its analysis: customer satisfaction of `week` against the week before,
 * the wellbeing of `publishedWeek` (the latest week whose pulse figures are published, if any)
 * read from the published figures only, and the team's alerts.
 */
export function teamDigest(
  input: TeamDigestInput,
  week: string,
  publishedWeek: string | undefined,
): TeamDigest {
  const current = customerWeek(input.weeks, week);
  const previous = customerWeek(input.weeks, previousWeek(week));
  return {
    teamId: input.teamId,
    teamName: input.teamName,
    customer: {
      current,
      previous,
      change:
        current.satisfaction && previous.satisfaction
          ? current.satisfaction.value - previous.satisfaction.value
          : null,
    },
    wellbeing: wellbeingOf(input.weeks, publishedWeek, input.k),
    alerts: input.alerts.map((a) => ({ kind: a.kind, message: a.message })),
  };
}
