import type { AdvisorCustomerComment } from '../../../shared/advisor-results/advisor-results.js';
import type { PayContest, QuarterReviewRow, RowReview } from '../../../shared/pay/quarter-review.js';
import type { CustomerAnswer } from '../../../shared/surveys/customer-response.schema.js';

/** A recorded customer response as a contest needs it: whose, which quarter and week, its scores. */
export interface ContestableResponse {
  readonly responseId: string;
  readonly advisorId: string;
  readonly quarter: string;
  readonly period: string;
  readonly answer: Pick<CustomerAnswer, 'satisfaction' | 'recommendation' | 'effort' | 'resolved'>;
}

/** A quarter's review: proposals per advisor, their review states, and the advisors' contests. */
export interface QuarterReviewRepository {
  /** Replaces the quarter's rows with freshly computed, pending ones. */
  saveRows(rows: readonly QuarterReviewRow[]): Promise<void>;
  rows(quarter: string): Promise<QuarterReviewRow[]>;
  /** The advisors whose row is reviewed (approved or overridden), in row order, without reading the rows. */
  reviewedAdvisors(quarter: string): Promise<string[]>;
  row(quarter: string, advisorId: string): Promise<QuarterReviewRow | undefined>;
  /** Sets a row's review; false when the row does not exist. */
  setReview(quarter: string, advisorId: string, review: RowReview): Promise<boolean>;
  /** Replaces one row's indicator and sets it back to pending (after an accepted contest). */
  replaceIndicator(row: QuarterReviewRow): Promise<void>;
  /** Stores a new contest; false when that response is already contested. */
  addContest(contest: PayContest): Promise<boolean>;
  contests(quarter: string): Promise<PayContest[]>;
  /** Resolves an open contest; false when it is not open (or does not exist). */
  resolveContest(quarter: string, responseId: string, resolved: PayContest): Promise<boolean>;
  /** A recorded response by id (one Get), undefined when unknown. */
  response(responseId: string): Promise<ContestableResponse | undefined>;
  /** The advisor's commented responses in the weeks, newest first, with their ids. */
  advisorRatedResponses(
    advisorId: string,
    fromWeek: string,
    toWeek: string,
    limit: number,
  ): Promise<(AdvisorCustomerComment & { readonly responseId: string })[]>;
}
