import { mergeStats, type SufficientStats } from '../../../shared/aggregates/sufficient-stats.js';
import type { JsonValue } from '../../../shared/audit/audit-chain.js';
import { pressureGuardrail } from '../../../shared/pay/guardrails.js';
import { nextQuarter, quarterStart } from '../../../shared/pay/policy-in-force.js';
import {
  type AdvisorQuarterInput,
  computeQuarterIndicators,
  type TeamQuarterInput,
  withoutAnswer,
} from '../../../shared/pay/quarter-indicator.js';
import {
  closeBlockers,
  closedQuarterOf,
  type PayContest,
  type QuarterReviewRow,
} from '../../../shared/pay/quarter-review.js';
import type { RosterAdvisor } from '../../../shared/roster/roster-history.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import { consecutiveWeeks, mondayOfIsoWeek } from '../../../shared/time/windows.js';
import { type AnalyticsDeps, teamAnalysis } from '../analytics.service.js';
import { centreThresholdsMemo } from '../centre-thresholds-memo.js';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../errors.js';
import type { AdvisorResultsRepository } from '../ports/advisor-results.port.js';
import type { AuditLog } from '../ports/audit.port.js';
import type { ClosedQuarterRepository } from '../ports/closed-quarter.port.js';
import type { PayRepository } from '../ports/pay.port.js';
import type { QuarterReviewRepository } from '../ports/quarter-review.port.js';
import { payPolicyInForce } from './pay-policy.service.js';

/** What the quarter close needs: the analysis' reads, the advisor counters, pay, review and audit stores. */
export interface QuarterCloseDeps extends AnalyticsDeps {
  readonly advisorResults: AdvisorResultsRepository;
  readonly pay: PayRepository;
  readonly reviews: QuarterReviewRepository;
  readonly closedQuarters: ClosedQuarterRepository;
  readonly audit: AuditLog;
}

/**
 * Reads (teams, then advisors) the close keeps in flight, and its row writes: bounded, so a
 * centre of 10,000 advisors neither queues 20,000 requests at once nor holds them in memory.
 */
export const closeReadConcurrency = 16;

/** Maps over items with at most `limit` calls in flight, keeping the input order. */
async function mapInFlight<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The ISO weeks overlapping a quarter, oldest first (13 or 14). */
export function weeksOfQuarter(quarter: string): string[] {
  const first = isoWeekOf(quarterStart(quarter));
  const last = isoWeekOf(new Date(quarterStart(nextQuarter(quarter)).getTime() - 86_400_000));
  const count =
    Math.round((mondayOfIsoWeek(last).getTime() - mondayOfIsoWeek(first).getTime()) / (7 * 86_400_000)) + 1;
  return consecutiveWeeks(first, count, isoWeekOf);
}

async function audit(
  deps: Pick<QuarterCloseDeps, 'audit' | 'clock'>,
  actor: string,
  action: string,
  subject: string,
  details: Record<string, JsonValue> = {},
) {
  await deps.audit.append({ at: deps.clock.now().toISOString(), actor, action, subject, details });
}

async function allAdvisors(deps: QuarterCloseDeps): Promise<RosterAdvisor[]> {
  const out: RosterAdvisor[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.roster.listAdvisors({ limit: 200, cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out.sort((a, b) => (a.payrollId < b.payrollId ? -1 : a.payrollId > b.payrollId ? 1 : 0));
}

async function teamInput(
  deps: QuarterCloseDeps,
  teamId: string,
  weeks: readonly string[],
): Promise<TeamQuarterInput> {
  const first = weeks[0] as string;
  const last = weeks[weeks.length - 1] as string;
  // Sequential: the close bounds its calls in flight per team, not per read.
  const ops = await deps.aggregates.operationsAggregates(teamId, first, last);
  const analysis = await teamAnalysis(deps, {}, teamId, { to: last });
  const all = ops.filter((o) => o.channel === 'all');
  const handleTime = all.reduce<SufficientStats | undefined>(
    (s, o) => (s ? mergeStats(s, o.handleTime) : o.handleTime),
    undefined,
  );
  const byWeek = new Map(all.map((o) => [o.period, o.contacts]));
  return {
    teamId,
    handleTime,
    weeklyContacts: all.length > 0 ? weeks.map((w) => byWeek.get(w) ?? 0) : undefined,
    pressure: pressureGuardrail(teamId, analysis.alerts),
  };
}

async function advisorInput(
  deps: QuarterCloseDeps,
  advisor: RosterAdvisor,
  quarter: string,
  weeks: readonly string[],
  accepted: readonly PayContest[],
): Promise<AdvisorQuarterInput> {
  const [counts, weekly] = await Promise.all([
    deps.advisorResults.advisorQuarter(advisor.payrollId, quarter),
    deps.advisorResults.advisorWeeks(
      advisor.payrollId,
      weeks[0] as string,
      weeks[weeks.length - 1] as string,
    ),
  ]);
  const perWeek = new Map(weekly.map((w) => [w.period, w.satisfaction.n]));
  let adjusted = counts;
  for (const c of accepted) {
    if (adjusted) adjusted = withoutAnswer(adjusted, c.answer);
    perWeek.set(c.period, (perWeek.get(c.period) ?? 0) - 1);
  }
  return {
    advisorId: advisor.payrollId,
    teamId: advisor.teamId,
    counts: adjusted,
    weeklyResponses: weeks.map((w) => perWeek.get(w) ?? 0),
  };
}

/** Every advisor's indicator under the policy in force, with accepted contests removed. */
async function computeRows(deps: QuarterCloseDeps, quarter: string): Promise<QuarterReviewRow[]> {
  const inForce = await payPolicyInForce(deps, quarter);
  if (inForce.state === 'none')
    throw new ConflictError([
      {
        path: 'quarter',
        message: `no pay policy was published before ${quarter} started`,
        code: 'no-policy',
        values: { quarter },
      },
    ]);
  const weeks = weeksOfQuarter(quarter);
  const advisors = await allAdvisors(deps);
  const accepted = new Map<string, PayContest[]>();
  for (const c of await deps.reviews.contests(quarter))
    if (c.state === 'accepted') accepted.set(c.advisorId, [...(accepted.get(c.advisorId) ?? []), c]);
  const teamIds = [...new Set(advisors.map((a) => a.teamId))].sort();
  // Every team's analysis is read against the same centre quadrant thresholds: read them once
  // for this compute (never a figure remembered from before it), not once per team.
  const analysisDeps: QuarterCloseDeps = { ...deps, centreThresholdsMemo: centreThresholdsMemo() };
  const teams = await mapInFlight(teamIds, closeReadConcurrency, (t) => teamInput(analysisDeps, t, weeks));
  const inputs = await mapInFlight(advisors, closeReadConcurrency, (a) =>
    advisorInput(deps, a, quarter, weeks, accepted.get(a.payrollId) ?? []),
  );
  const indicators = computeQuarterIndicators({
    quarter,
    policy: inForce.policy,
    weeks,
    advisors: inputs,
    teams,
  });
  const computedAt = deps.clock.now().toISOString();
  return indicators.map((indicator, i) => {
    const a = advisors[i] as RosterAdvisor;
    return {
      quarter,
      advisorId: a.payrollId,
      teamId: a.teamId,
      firstName: a.firstName,
      email: a.email,
      computedAt,
      indicator,
      review: { state: 'pending' },
    };
  });
}

async function refuseIfClosed(deps: QuarterCloseDeps, quarter: string) {
  if (await deps.closedQuarters.latestRevision(quarter))
    throw new ConflictError([
      { path: 'quarter', message: `${quarter} is closed`, code: 'quarter-closed', values: { quarter } },
    ]);
}

/**
 * Computes the quarter's proposals and stores them, every row pending review.
 * 1. refuse a closed quarter, and a quarter where any row was already reviewed
 * 2. read the policy in force, every advisor with a team, their counters, their teams'
 *    operations and analysis (published pulse figures only), accepted contests
 * 3. compute (deterministic: the same stored data gives the same figures), store, audit
 */
export async function computeQuarter(deps: QuarterCloseDeps, actor: string, quarter: string) {
  await refuseIfClosed(deps, quarter);
  const reviewed = (await deps.reviews.rows(quarter)).filter((r) => r.review.state !== 'pending');
  if (reviewed.length > 0)
    throw new ConflictError([
      {
        path: 'quarter',
        message: `already reviewed rows: ${reviewed.map((r) => r.advisorId).join(', ')}`,
        code: 'already-reviewed',
        values: { advisors: reviewed.map((r) => r.advisorId).join(', ') },
      },
    ]);
  const rows = await computeRows(deps, quarter);
  await deps.reviews.saveRows(rows);
  await audit(deps, actor, 'pay-quarter.computed', `pay-quarter#${quarter}`, {
    advisors: rows.length,
    policyVersion: rows[0]?.indicator.policyVersion ?? null,
  });
  return rows;
}

/** The quarter's rows and contests, as the review page shows them. */
export async function quarterReview(deps: QuarterCloseDeps, quarter: string) {
  const [rows, contests, revisions] = await Promise.all([
    deps.reviews.rows(quarter),
    deps.reviews.contests(quarter),
    deps.closedQuarters.listRevisions(quarter),
  ]);
  return { quarter, rows, contests, revisions, blockers: closeBlockers(rows, contests) };
}

async function existingRow(deps: QuarterCloseDeps, quarter: string, advisorId: string) {
  const row = await deps.reviews.row(quarter, advisorId);
  if (!row) throw new NotFoundError(`No proposal for "${advisorId}" in ${quarter}`);
  return row;
}

/** Approves an advisor's proposal as computed. */
export async function approveRow(deps: QuarterCloseDeps, actor: string, quarter: string, advisorId: string) {
  await existingRow(deps, quarter, advisorId);
  const at = deps.clock.now().toISOString();
  await deps.reviews.setReview(quarter, advisorId, { state: 'approved', by: actor, at });
  await audit(deps, actor, 'pay-quarter.approved', `pay-indicator#${quarter}#${advisorId}`);
}

/**
 * Approves as computed every row still pending review, each audited as its own approval;
 * rows already approved or overridden keep their review. Refused (409) before the quarter is
 * computed. Returns how many rows it approved.
 */
export async function approvePendingRows(deps: QuarterCloseDeps, actor: string, quarter: string) {
  const rows = await deps.reviews.rows(quarter);
  if (rows.length === 0)
    throw new ConflictError([
      { path: 'quarter', message: `${quarter} was not computed`, code: 'not-computed', values: { quarter } },
    ]);
  const pending = rows.filter((r) => r.review.state === 'pending');
  for (const row of pending) await approveRow(deps, actor, quarter, row.advisorId);
  return pending.length;
}

/** Overrides an advisor's proposal with a value and a reason (the form schema requires both). */
export async function overrideRow(
  deps: QuarterCloseDeps,
  actor: string,
  quarter: string,
  advisorId: string,
  override: { value: number; reason: string },
) {
  await existingRow(deps, quarter, advisorId);
  const at = deps.clock.now().toISOString();
  await deps.reviews.setReview(quarter, advisorId, { state: 'overridden', by: actor, at, ...override });
  await audit(deps, actor, 'pay-quarter.overridden', `pay-indicator#${quarter}#${advisorId}`, override);
}

/**
 * An advisor contests one of their own customer ratings of the quarter.
 * 1. the response must exist, be about this advisor and belong to the quarter (404 otherwise)
 * 2. the quarter must be open; one contest per response
 */
export async function contestRating(
  deps: QuarterCloseDeps,
  advisorId: string,
  actor: string,
  quarter: string,
  input: { responseId: string; reason: string },
) {
  await refuseIfClosed(deps, quarter);
  const response = await deps.reviews.response(input.responseId);
  if (!response || response.advisorId !== advisorId || response.quarter !== quarter)
    throw new NotFoundError(`No rating "${input.responseId}" of yours in ${quarter}`);
  const added = await deps.reviews.addContest({
    quarter,
    responseId: input.responseId,
    advisorId,
    period: response.period,
    answer: response.answer,
    reason: input.reason,
    openedAt: deps.clock.now().toISOString(),
    state: 'open',
  });
  if (!added)
    throw new ConflictError([
      { path: 'responseId', message: 'this rating is already contested', code: 'already-contested' },
    ]);
  await audit(deps, actor, 'pay-contest.opened', `pay-contest#${quarter}#${input.responseId}`, {
    advisorId,
    reason: input.reason,
  });
}

/**
 * HR resolves an open contest. Accepting it recomputes the quarter with that rating removed
 * and puts the advisor's row back to pending with the new figures (other rows keep theirs).
 */
export async function resolveContest(
  deps: QuarterCloseDeps,
  actor: string,
  quarter: string,
  responseId: string,
  decision: { decision: 'accept' | 'reject'; reason: string },
) {
  await refuseIfClosed(deps, quarter);
  const contest = (await deps.reviews.contests(quarter)).find((c) => c.responseId === responseId);
  if (!contest) throw new NotFoundError(`No contest of "${responseId}" in ${quarter}`);
  const resolved: PayContest = {
    ...contest,
    state: decision.decision === 'accept' ? 'accepted' : 'rejected',
    resolution: { by: actor, at: deps.clock.now().toISOString(), reason: decision.reason },
  };
  if (!(await deps.reviews.resolveContest(quarter, responseId, resolved)))
    throw new ConflictError([
      { path: 'responseId', message: 'this contest is already resolved', code: 'already-resolved' },
    ]);
  if (resolved.state === 'accepted') {
    const fresh = (await computeRows(deps, quarter)).find((r) => r.advisorId === contest.advisorId);
    if (fresh) await deps.reviews.replaceIndicator(fresh);
  }
  await audit(deps, actor, `pay-contest.${resolved.state}`, `pay-contest#${quarter}#${responseId}`, {
    advisorId: contest.advisorId,
    reason: decision.reason,
  });
}

/**
 * Closes the quarter: revision 1, or revision n + 1 (a correction, with its reason) when it
 * was closed before. Refused while any row is unreviewed or any contest open, naming them.
 */
export async function closeQuarter(
  deps: QuarterCloseDeps,
  actor: string,
  quarter: string,
  correctionReason?: string,
) {
  const { rows, contests } = await quarterReview(deps, quarter);
  if (rows.length === 0)
    throw new ConflictError([
      { path: 'quarter', message: `${quarter} was not computed`, code: 'not-computed', values: { quarter } },
    ]);
  const blockers = closeBlockers(rows, contests);
  const problems: FieldProblem[] = [
    ...(blockers.unreviewed.length > 0
      ? [
          {
            path: 'rows',
            message: `not reviewed: ${blockers.unreviewed.join(', ')}`,
            code: 'not-reviewed',
            values: { advisors: blockers.unreviewed.join(', ') },
          },
        ]
      : []),
    ...(blockers.openContests.length > 0
      ? [
          {
            path: 'contests',
            message: `open contests: ${blockers.openContests.map((c) => `${c.advisorId}/${c.responseId}`).join(', ')}`,
            code: 'open-contests',
            values: {
              contests: blockers.openContests.map((c) => `${c.advisorId}/${c.responseId}`).join(', '),
            },
          },
        ]
      : []),
  ];
  if (problems.length > 0) throw new ConflictError(problems, `${quarter} cannot close yet`);
  const latest = await deps.closedQuarters.latestRevision(quarter);
  if (latest && !correctionReason)
    throw new ValidationError([
      {
        path: 'correctionReason',
        message: `${quarter} is closed; a correction needs a reason`,
        code: 'correction-needs-reason',
        values: { quarter },
      },
    ]);
  const revision = (latest?.revision ?? 0) + 1;
  const first = rows[0] as QuarterReviewRow;
  const policyVersion = first.indicator.policyVersion;
  const inForce = await payPolicyInForce(deps, quarter);
  const componentIds =
    inForce.state === 'in-force'
      ? inForce.policy.policy.components.map((c) => `${c.measure}.${c.level}`)
      : [];
  const closed = closedQuarterOf(
    rows,
    {
      quarter,
      revision,
      closedAt: deps.clock.now().toISOString(),
      closedBy: actor,
      ...(latest && correctionReason ? { correctionReason } : {}),
    },
    policyVersion,
    componentIds,
  );
  if ((await deps.closedQuarters.saveRevision(closed)) === 'revision-taken')
    throw new ConflictError([
      {
        path: 'quarter',
        message: `revision ${revision} of ${quarter} was just taken`,
        code: 'revision-taken',
        values: { quarter, revision: String(revision) },
      },
    ]);
  await audit(deps, actor, 'pay-quarter.closed', `pay-quarter#${quarter}#r${revision}`, {
    rows: closed.rows.length,
    ...(closed.correctionReason ? { correctionReason: closed.correctionReason } : {}),
  });
  return closed;
}
