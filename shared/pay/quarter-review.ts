import * as z from 'zod/mini';
import type { CustomerAnswer } from '../surveys/customer-response.schema.js';
import { noControlCharacters } from '../text/free-text.js';
import type { ClosedQuarter } from './closed-quarter.js';
import { rowsInExportOrder } from './closed-quarter.js';
import type { ExportRow } from './export-row.js';
import type { AdvisorIndicator } from './quarter-indicator.js';

/** A row's human review: pending until a person approves it or overrides it with a reason. */
export type RowReview =
  | { readonly state: 'pending' }
  | { readonly state: 'approved'; readonly by: string; readonly at: string }
  | {
      readonly state: 'overridden';
      readonly by: string;
      readonly at: string;
      readonly value: number;
      readonly reason: string;
    };

/** One advisor's proposed indicator in a quarter's review, with its review state. */
export interface QuarterReviewRow {
  readonly quarter: string;
  readonly advisorId: string;
  readonly teamId: string;
  readonly firstName?: string | undefined;
  readonly email: string;
  readonly computedAt: string;
  readonly indicator: AdvisorIndicator;
  readonly review: RowReview;
}

/**
 * An advisor's contest of one customer rating: the response by id, the scores it carries (so an
 * accepted contest removes exactly that rating) and the advisor's reason; resolved by HR.
 */
export interface PayContest {
  readonly quarter: string;
  readonly responseId: string;
  readonly advisorId: string;
  /** The ISO week the response was recorded in (its week counter loses it when accepted). */
  readonly period: string;
  readonly answer: Pick<CustomerAnswer, 'satisfaction' | 'recommendation' | 'effort' | 'resolved'>;
  readonly reason: string;
  readonly openedAt: string;
  readonly state: 'open' | 'accepted' | 'rejected';
  readonly resolution?: { readonly by: string; readonly at: string; readonly reason: string } | undefined;
}

const reason = z
  .string()
  .check(
    z.trim(),
    z.minLength(3, 'a reason of at least 3 characters'),
    z.maxLength(1_000),
    noControlCharacters('multi-line'),
  );

/** HR's override of a row: the indicator value to pay and why (required). */
export const overrideFormSchema = z.object({
  value: z.coerce.number().check(z.gte(0, 'at least 0'), z.lte(5, 'at most 5')),
  reason,
});

/** An advisor's contest: the response id they see next to the rating, and why. */
export const contestFormSchema = z.object({
  responseId: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'a response id from your list')),
  reason,
});

/** HR's resolution of a contest. */
export const resolveFormSchema = z.object({
  decision: z.enum(['accept', 'reject']),
  reason,
});

/** What stops a quarter from closing, each named. */
export interface CloseBlockers {
  readonly unreviewed: readonly string[];
  readonly openContests: readonly { readonly advisorId: string; readonly responseId: string }[];
}

export function closeBlockers(
  rows: readonly QuarterReviewRow[],
  contests: readonly PayContest[],
): CloseBlockers {
  return {
    unreviewed: rows.filter((r) => r.review.state === 'pending').map((r) => r.advisorId),
    openContests: contests
      .filter((c) => c.state === 'open')
      .map((c) => ({ advisorId: c.advisorId, responseId: c.responseId })),
  };
}

/**
 * The closed revision of a quarter from its reviewed rows: approved rows with a computed
 * indicator pay it; overridden rows pay the reviewer's value with the reason; an approved
 * ineligible advisor has no indicator and no row. Component columns carry each component's
 * attainment (after its floor and cap), defined for every component state.
 */
export function closedQuarterOf(
  rows: readonly QuarterReviewRow[],
  header: {
    quarter: string;
    revision: number;
    closedAt: string;
    closedBy: string;
    correctionReason?: string;
  },
  policyVersion: number,
  componentIds: readonly string[],
): ClosedQuarter {
  const exportRows: ExportRow[] = [];
  for (const r of rows) {
    const ind = r.indicator;
    const components = Object.fromEntries(
      componentIds.map((id) => [
        id,
        ind.state === 'proposed' ? (ind.components.find((c) => c.id === id)?.attainment ?? 0) : 0,
      ]),
    );
    const base = {
      quarter: header.quarter,
      revision: header.revision,
      payrollId: r.advisorId,
      lastName: r.email,
      firstName: r.firstName ?? r.email.split('@')[0] ?? r.advisorId,
      teamId: r.teamId,
      components,
      policyVersion: String(policyVersion),
    };
    if (r.review.state === 'overridden')
      exportRows.push({
        ...base,
        indicator: r.review.value,
        status: 'overridden',
        overrideReason: r.review.reason,
      });
    else if (ind.state === 'proposed') exportRows.push({ ...base, indicator: ind.total, status: 'approved' });
  }
  return {
    ...header,
    policyVersion: String(policyVersion),
    componentIds: [...componentIds],
    rows: rowsInExportOrder(exportRows),
  } as ClosedQuarter;
}
