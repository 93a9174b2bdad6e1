import type { AdvisorIndicatorPreview } from './advisor-indicator-preview.js';
import type { AdvisorPolicySummary } from './advisor-policy-summary.js';
import type { PayPolicyVersion } from './policy-in-force.js';
import type { PayContest, QuarterReviewRow } from './quarter-review.js';

/** One of the advisor's rated responses of the quarter, with its contest if they opened one. */
export interface RatedResponse {
  readonly responseId: string;
  readonly period: string;
  readonly channel: string;
  readonly locale: string;
  readonly satisfaction: number;
  readonly comment: string;
  readonly contest?: PayContest | undefined;
}

/** The policy governing a quarter as the advisor reads it, with the limits it applies. */
export interface AdvisorPolicyView {
  readonly summary: AdvisorPolicySummary;
  readonly limits?: PayPolicyVersion['policy']['limits'] | undefined;
}

/**
 * Everything the advisor's pay page shows, about the signed-in advisor only. `indicator` is the
 * stored row once HR computed the quarter, a live preview otherwise; absent while pay is not
 * enabled or no policy governs the quarter.
 */
export interface AdvisorPayView {
  readonly quarter: string;
  readonly currentQuarter: string;
  readonly payEnabled: boolean;
  readonly policy: AdvisorPolicyView;
  /** The next quarter's policy when one is already published and differs from this one. */
  readonly nextPolicy?: AdvisorPolicyView | undefined;
  readonly indicator?:
    | { readonly kind: 'computed'; readonly row: QuarterReviewRow }
    | { readonly kind: 'preview'; readonly preview: AdvisorIndicatorPreview }
    | undefined;
  readonly closed: boolean;
  readonly responses: readonly RatedResponse[];
  /** The advisor's contests of the quarter (those of responses not listed too). */
  readonly contests: readonly PayContest[];
}
