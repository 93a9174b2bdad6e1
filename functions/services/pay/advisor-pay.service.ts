import { quarterOfWeek } from '../../../shared/advisor-results/week-range.js';
import type { AdvisorContestForm } from '../../../shared/pay/advisor-contest-form.js';
import { advisorIndicatorPreview } from '../../../shared/pay/advisor-indicator-preview.js';
import type { AdvisorPayView, AdvisorPolicyView } from '../../../shared/pay/advisor-pay-view.js';
import { advisorPolicySummary } from '../../../shared/pay/advisor-policy-summary.js';
import type { PayPolicyVersion } from '../../../shared/pay/policy-in-force.js';
import { nextQuarter } from '../../../shared/pay/policy-in-force.js';
import { withoutAnswer } from '../../../shared/pay/quarter-indicator.js';
import type { PayContest } from '../../../shared/pay/quarter-review.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { ConflictError } from '../errors.js';
import { payPolicyInForce } from './pay-policy.service.js';
import { payIndicatorsEnabled } from './pay-prerequisites.service.js';
import { contestRating, type QuarterCloseDeps, weeksOfQuarter } from './quarter-close.service.js';

/** At most this many of the advisor's rated responses are listed (newest first). */
export const maxRatedResponses = 100;

/** The quarter an instant belongs to, as the quarter counters count it (the ISO week's Thursday). */
export const currentPayQuarter = (now: Date) => quarterOfWeek(isoWeekOf(now));

async function policyView(deps: QuarterCloseDeps, quarter: string): Promise<AdvisorPolicyView> {
  const inForce = await payPolicyInForce(deps, quarter);
  return {
    summary: advisorPolicySummary(inForce, quarter),
    limits: inForce.state === 'in-force' ? inForce.policy.policy.limits : undefined,
  };
}

async function preview(
  deps: QuarterCloseDeps,
  advisorId: string,
  quarter: string,
  policy: PayPolicyVersion,
  contests: readonly PayContest[],
) {
  let counts = await deps.advisorResults.advisorQuarter(advisorId, quarter);
  for (const c of contests) if (counts && c.state === 'accepted') counts = withoutAnswer(counts, c.answer);
  return advisorIndicatorPreview(policy, quarter, counts);
}

async function ratedResponses(deps: QuarterCloseDeps, advisorId: string, quarter: string) {
  const weeks = weeksOfQuarter(quarter);
  const rated = await deps.reviews.advisorRatedResponses(
    advisorId,
    weeks[0] as string,
    weeks[weeks.length - 1] as string,
    maxRatedResponses,
  );
  return rated.filter((r) => quarterOfWeek(r.period) === quarter);
}

/**
 * The advisor's pay page for `quarter` (the advisor id comes from the session only).
 * 1. whether pay is enabled, the policy governing the quarter and the next one
 * 2. the stored row if HR computed the quarter, else a preview from the advisor's own counters
 *    (accepted contests removed), never a figure that was not computed
 * 3. the advisor's rated responses of the quarter with their contests, and whether it is closed
 */
export async function advisorPayPage(
  deps: QuarterCloseDeps,
  advisorId: string,
  quarter: string,
): Promise<AdvisorPayView> {
  const currentQuarter = currentPayQuarter(deps.clock.now());
  const [payEnabled, policy, next, inForce] = await Promise.all([
    payIndicatorsEnabled(deps),
    policyView(deps, quarter),
    policyView(deps, nextQuarter(quarter)),
    payPolicyInForce(deps, quarter),
  ]);
  const base = { quarter, currentQuarter, payEnabled, policy, closed: false, responses: [], contests: [] };
  if (!payEnabled) return base;
  const nextPolicy =
    next.summary.state === 'in-force' &&
    (policy.summary.state !== 'in-force' || next.summary.version !== policy.summary.version)
      ? next
      : undefined;
  if (inForce.state !== 'in-force') return { ...base, nextPolicy };
  const [row, allContests, latest, rated] = await Promise.all([
    deps.reviews.row(quarter, advisorId),
    deps.reviews.contests(quarter),
    deps.closedQuarters.latestRevision(quarter),
    ratedResponses(deps, advisorId, quarter),
  ]);
  const contests = allContests.filter((c) => c.advisorId === advisorId);
  const byResponse = new Map(contests.map((c) => [c.responseId, c]));
  return {
    ...base,
    nextPolicy,
    closed: latest !== undefined,
    indicator: row
      ? { kind: 'computed', row }
      : { kind: 'preview', preview: await preview(deps, advisorId, quarter, inForce.policy, contests) },
    responses: rated.map((r) => ({ ...r, contest: byResponse.get(r.responseId) })),
    contests,
  };
}

/**
 * The signed-in advisor contests one of their own ratings (contestRating: their response, the
 * quarter open, once per response). Refused when no pay indicator governs the quarter.
 */
export async function contestOwnRating(
  deps: QuarterCloseDeps,
  advisorId: string,
  actor: string,
  form: AdvisorContestForm,
) {
  const inForce = await payPolicyInForce(deps, form.quarter);
  if (!(await payIndicatorsEnabled(deps)) || inForce.state !== 'in-force')
    throw new ConflictError([
      {
        path: 'quarter',
        message: `no pay indicator in ${form.quarter}`,
        code: 'no-pay-indicator',
        values: { quarter: form.quarter },
      },
    ]);
  await contestRating(deps, advisorId, actor, form.quarter, form);
}
