import { createHash } from 'node:crypto';
import { countsTowardKFrom } from '../../shared/publication/k-eligibility.js';
import { isActiveInWeek } from '../../shared/roster/index.js';
import { mondayOfIsoWeek } from '../../shared/time/windows.js';
import type { EmailBrand } from '../../web/emails/email-brand.js';
import { renderPulseInvitationMail } from '../../web/emails/render-mail.js';
import type { DispatchDeps } from './customer-dispatch.service.js';
import { mailBrandOf } from './mail-brand.js';
import type { PulseInvitation } from './ports/survey.port.js';
import { allTeams } from './roster.service.js';

/** A pulse link stays valid for its week and the following one. */
export const pulseLinkDaysAfterMonday = 14;

export interface PulseDispatchSummary {
  period: string;
  teams: number;
  invited: number;
  alreadyInvited: number;
  reminded: number;
  failed: number;
}

function emptySummary(period: string): PulseDispatchSummary {
  return { period, teams: 0, invited: 0, alreadyInvited: 0, reminded: 0, failed: 0 };
}

/** The same advisor and period always give the same invitation id, so a rerun invites nobody twice. */
export function pulseInvitationId(advisorId: string, period: string): string {
  return createHash('sha256').update(`pulse|${advisorId}|${period}`).digest('base64url').slice(0, 22);
}

function weekNumber(period: string): number {
  return Number(period.slice(-2));
}

async function sendPulseMail(
  deps: DispatchDeps,
  invitation: PulseInvitation,
  reminder: boolean,
  brand: EmailBrand,
): Promise<boolean> {
  const expires = new Date(
    mondayOfIsoWeek(invitation.period).getTime() + pulseLinkDaysAfterMonday * 86_400_000,
  );
  const token = await deps.tokens.sign(
    { kind: 'pulse', invitationId: invitation.invitationId, period: invitation.period },
    expires,
  );
  try {
    const mail = await renderPulseInvitationMail({
      locale: invitation.locale,
      surveyUrl: `${deps.publicBaseUrl}/s/p/${token}`,
      to: invitation.advisorEmail,
      reminder,
      period: invitation.period,
      privacyUrl: `${deps.publicBaseUrl}/privacy?lang=${invitation.locale}`,
      brand,
    });
    await deps.mailer.send(mail);
    return true;
  } catch (error) {
    console.error(`Pulse email not sent: ${(error as Error).message}`);
    return false;
  }
}

/**
 * Invites every active advisor of every team to the period's pulse.
 * 1. skip the week when the cadence says so (every N weeks)
 * 2. for each active advisor, create the period's invitation unless it exists
 * 3. send the invitation email with its signed link
 */
export async function dispatchPulse(
  deps: DispatchDeps,
  period: string,
  cadenceWeeks?: number,
): Promise<PulseDispatchSummary> {
  const cadence = cadenceWeeks ?? (await deps.dispatch.getSurveySettings()).pulseCadenceWeeks;
  const summary = emptySummary(period);
  if (weekNumber(period) % cadence !== 0) return summary;
  const brand = await mailBrandOf(deps.brand, deps.publicBaseUrl);
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
        if (!(await deps.dispatch.createPulseInvitation(invitation))) summary.alreadyInvited++;
        else if (await sendPulseMail(deps, invitation, false, brand)) summary.invited++;
        else summary.failed++;
      }
      advisorCursor = advisors.next;
    } while (advisorCursor);
  }
  return summary;
}

/** Sends the one reminder to advisors who have not answered the period's pulse. */
export async function remindPulse(deps: DispatchDeps, period: string): Promise<PulseDispatchSummary> {
  const summary = emptySummary(period);
  const brand = await mailBrandOf(deps.brand, deps.publicBaseUrl);
  for (const invitation of await deps.dispatch.listPulseInvitations(period)) {
    if (invitation.answered || invitation.reminded) continue;
    if (!(await deps.dispatch.markReminded(invitation.invitationId))) continue;
    if (await sendPulseMail(deps, invitation, true, brand)) summary.reminded++;
    else summary.failed++;
  }
  return summary;
}
