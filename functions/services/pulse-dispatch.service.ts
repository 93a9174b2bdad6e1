import { createHash } from 'node:crypto';
import { countsTowardKFrom } from '../../shared/publication/k-eligibility.js';
import { isActiveInWeek } from '../../shared/roster/index.js';
import { mondayOfIsoWeek } from '../../shared/time/windows.js';
import type { EmailBrand } from '../../web/emails/email-brand.js';
import { renderPulseInvitationMail } from '../../web/emails/render-mail.js';
import type { DispatchDeps } from './customer-dispatch.service.js';
import { mailBrandOf } from './mail-brand.js';
import { attemptSend, failureKey, mailClaim } from './mail-retry.js';
import type {
  PulseInvitationWithMail,
  PulseMailKind,
  PulseMailOutcome,
  PulseMailState,
} from './ports/pulse-mail.port.js';
import type { PulseInvitation } from './ports/survey.port.js';
import { allTeams } from './roster.service.js';

/** A pulse link stays valid for its week and the following one. */
export const pulseLinkDaysAfterMonday = 14;

export interface PulseDispatchSummary {
  period: string;
  teams: number;
  /** Invitations created by this run. */
  invited: number;
  alreadyInvited: number;
  /** Reminders queued by this run. */
  reminded: number;
  /** Pulse emails (invitations and reminders) handed to the mail system by this run, retries included. */
  sent: number;
  /** Pulse emails still queued after this run: a transient failure waiting for its next try. */
  retrying: number;
  /** Pulse emails given up by this run: rejected for good, or their link expired before a send succeeded. */
  failed: number;
  /** Why each email was given up, by reason (only when some were). */
  failures?: Record<string, number>;
  /**
   * Why nobody was invited or reminded: the week's links have expired, or its figures are
   * published (a closed week takes no more answers). Only when it is closed.
   */
  closed?: PulseWeekClosure;
}

export type PulseWeekClosure = 'links-expired' | 'published';

function emptySummary(period: string): PulseDispatchSummary {
  return { period, teams: 0, invited: 0, alreadyInvited: 0, reminded: 0, sent: 0, retrying: 0, failed: 0 };
}

/** The same advisor and period always give the same invitation id, so a rerun invites nobody twice. */
export function pulseInvitationId(advisorId: string, period: string): string {
  return createHash('sha256').update(`pulse|${advisorId}|${period}`).digest('base64url').slice(0, 22);
}

function weekNumber(period: string): number {
  return Number(period.slice(-2));
}

/** When the period's pulse links stop working: no email is sent after that. */
export function pulseLinkExpiry(period: string): Date {
  return new Date(mondayOfIsoWeek(period).getTime() + pulseLinkDaysAfterMonday * 86_400_000);
}

/** Whether the period's week is closed at `now`, and why: a closed week is never invited to. */
export async function pulseWeekClosure(
  deps: Pick<DispatchDeps, 'dispatch'>,
  period: string,
  now: Date,
): Promise<PulseWeekClosure | undefined> {
  if (pulseLinkExpiry(period).getTime() <= now.getTime()) return 'links-expired';
  if (await deps.dispatch.pulseWeekPublished(period)) return 'published';
  return undefined;
}

async function renderPulseMail(
  deps: DispatchDeps,
  invitation: PulseInvitation,
  reminder: boolean,
  brand: EmailBrand,
) {
  const token = await deps.tokens.sign(
    { kind: 'pulse', invitationId: invitation.invitationId, period: invitation.period },
    pulseLinkExpiry(invitation.period),
  );
  return renderPulseInvitationMail({
    locale: invitation.locale,
    surveyUrl: `${deps.publicBaseUrl}/s/p/${token}`,
    to: invitation.advisorEmail,
    reminder,
    period: invitation.period,
    privacyUrl: `${deps.publicBaseUrl}/privacy?lang=${invitation.locale}`,
    brand,
  });
}

const mailKinds: readonly PulseMailKind[] = ['invitation', 'reminder'];

function stateOf(invitation: PulseInvitationWithMail, kind: PulseMailKind): PulseMailState | undefined {
  return kind === 'invitation' ? invitation.invitationMail : invitation.reminderMail;
}

/**
 * Sends every queued pulse email of the period that is due, with the customer surveys' rules
 * (functions/services/mail-retry.ts): each email is claimed by a conditional write before its
 * send, so no invitation or reminder leaves twice; a transient failure is tried again by later
 * runs with backoff while the link is valid; a rejection is recorded with its reason and never
 * retried; an email whose link expired first is recorded as expired with its last error.
 */
export async function deliverPulseMail(
  deps: DispatchDeps,
  period: string,
  summary: PulseDispatchSummary,
  brand?: EmailBrand,
): Promise<void> {
  const now = deps.clock.now();
  const expired = pulseLinkExpiry(period).getTime() <= now.getTime();
  let mailBrand = brand;
  const giveUp = (outcome: PulseMailOutcome & { reason: string }) => {
    summary.failed++;
    const key = failureKey(outcome.reason, outcome.status === 'expired');
    summary.failures ??= {};
    summary.failures[key] = (summary.failures[key] ?? 0) + 1;
  };
  for (const invitation of await deps.dispatch.listPulseInvitationsWithMail(period)) {
    for (const kind of mailKinds) {
      const state = stateOf(invitation, kind);
      if (state?.status !== 'queued') continue;
      if (!expired && Date.parse(state.nextAttemptAt) > now.getTime()) {
        summary.retrying++;
        continue;
      }
      const claimId = deps.newId();
      const id = invitation.invitationId;
      if (!(await deps.dispatch.claimPulseMail(id, kind, mailClaim(claimId, now), expired))) continue;
      const at = now.toISOString();
      if (expired || (kind === 'reminder' && invitation.answered)) {
        const outcome = expired
          ? ({
              status: 'expired',
              at,
              reason: state.lastError ?? 'never tried',
              attempts: state.attempts,
            } as const)
          : ({
              status: 'dropped',
              at,
              reason: 'answered before the reminder left',
              attempts: state.attempts,
            } as const);
        if ((await deps.dispatch.finishPulseMail(id, kind, claimId, outcome)) && outcome.status === 'expired')
          giveUp(outcome);
        continue;
      }
      mailBrand ??= await mailBrandOf(deps.brand, deps.publicBaseUrl);
      const sendBrand = mailBrand;
      const attempt = await attemptSend(
        deps.mailer,
        () => renderPulseMail(deps, invitation, kind === 'reminder', sendBrand),
        state.attempts,
        now,
      );
      if (attempt.kind === 'sent') {
        summary.sent++;
        await deps.dispatch.finishPulseMail(id, kind, claimId, {
          status: 'sent',
          at,
          messageId: attempt.messageId,
          attempts: attempt.attempts,
        });
      } else if (attempt.kind === 'rejected') {
        const outcome = {
          status: 'rejected',
          at,
          reason: attempt.reason,
          attempts: attempt.attempts,
        } as const;
        console.error(`Pulse ${kind} ${id} rejected: ${attempt.reason}`);
        if (await deps.dispatch.finishPulseMail(id, kind, claimId, outcome)) giveUp(outcome);
      } else {
        console.error(
          `Pulse ${kind} ${id} not sent (try ${attempt.attempts}), retried from ${attempt.nextAttemptAt.toISOString()}: ${attempt.error}`,
        );
        await deps.dispatch.retryPulseMail(id, kind, claimId, attempt);
        summary.retrying++;
      }
    }
  }
}

/**
 * Invites every active advisor of every team to the period's pulse.
 * 1. skip the week when the cadence says so (every N weeks), and invite nobody when the week is
 *    closed: its links have expired or its figures are published
 * 2. for each active advisor, create the period's invitation with its email queued, unless it
 *    exists (the same advisor and period give the same id); each write holds only while the
 *    week is not published, so a publication during the run stops it
 * 3. deliver the period's queued emails (deliverPulseMail): failures wait for the retry runs
 */
export async function dispatchPulse(
  deps: DispatchDeps,
  period: string,
  cadenceWeeks?: number,
): Promise<PulseDispatchSummary> {
  const cadence = cadenceWeeks ?? (await deps.dispatch.getSurveySettings()).pulseCadenceWeeks;
  const summary = emptySummary(period);
  if (weekNumber(period) % cadence !== 0) return summary;
  const now = deps.clock.now();
  const closed = await pulseWeekClosure(deps, period, now);
  if (closed) return { ...summary, closed };
  for (const team of await allTeams(deps.roster)) {
    summary.teams++;
    let advisorCursor: string | undefined;
    do {
      const advisors = await deps.roster.listAdvisors({
        limit: 200,
        cursor: advisorCursor,
        teamId: team.teamId,
      });
      for (const advisor of advisors.items.filter((a) => isActiveInWeek(a, period))) {
        const invitation: PulseInvitation = {
          invitationId: pulseInvitationId(advisor.payrollId, period),
          advisorId: advisor.payrollId,
          advisorEmail: advisor.email,
          teamId: advisor.teamId,
          workMode: advisor.workMode,
          locale: advisor.locale,
          period,
          countsTowardKFrom: countsTowardKFrom(advisor),
        };
        const outcome = await deps.dispatch.createQueuedPulseInvitation(invitation, now);
        if (outcome === 'published') return { ...summary, closed: outcome };
        if (outcome === 'created') summary.invited++;
        else summary.alreadyInvited++;
      }
      advisorCursor = advisors.next;
    } while (advisorCursor);
  }
  await deliverPulseMail(deps, period, summary);
  return summary;
}

/** Queues the one reminder to advisors who have not answered the period's pulse, then delivers (none once the week is closed). */
export async function remindPulse(deps: DispatchDeps, period: string): Promise<PulseDispatchSummary> {
  const summary = emptySummary(period);
  const now = deps.clock.now();
  const closed = await pulseWeekClosure(deps, period, now);
  if (closed) return { ...summary, closed };
  for (const invitation of await deps.dispatch.listPulseInvitations(period)) {
    if (invitation.answered || invitation.reminded) continue;
    if (await deps.dispatch.queuePulseReminder(invitation.invitationId, now)) summary.reminded++;
  }
  await deliverPulseMail(deps, period, summary);
  return summary;
}

/**
 * The retry run: delivers the queued pulse emails of the period whose links are open, and
 * records as expired those of the period before whose links closed unsent.
 */
export async function retryPulseMail(
  deps: DispatchDeps,
  period: string,
  previousPeriod: string,
): Promise<PulseDispatchSummary> {
  const summary = emptySummary(period);
  await deliverPulseMail(deps, previousPeriod, summary);
  await deliverPulseMail(deps, period, summary);
  return summary;
}
