import type { WorkMode } from '../../shared/roster/index.js';
import { customerSurveyEligibility, type Eligibility } from '../../shared/surveys/eligibility.js';
import { stableDraw } from '../../shared/surveys/stable-draw.js';
import { customerSurveyWindowDays } from '../../shared/surveys/survey-window.js';
import { isoWeekOf, quarterOf } from '../../shared/time/period.js';
import { renderCustomerSurveyMail } from '../../web/emails/render-mail.js';
import type { Clock } from './ports/clock.port.js';
import type { Mailer } from './ports/mailer.port.js';
import type { RosterRepository } from './ports/roster.port.js';
import type { DispatchRepository, PendingSurvey } from './ports/survey.port.js';
import type { SurveyTokens } from './ports/survey-token.port.js';

export interface DispatchDeps {
  readonly dispatch: DispatchRepository;
  readonly roster: RosterRepository;
  readonly tokens: SurveyTokens;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly publicBaseUrl: string;
}

/** How long a customer survey link stays valid, in days. */
export const customerLinkDays = 14;
/** How long an unsubscribe link stays valid, in days (past a year, the survey is long gone). */
export const unsubscribeLinkDays = 400;

type SkipReason = Exclude<Eligibility, { eligible: true }>['reason'] | 'too-old' | 'mail-failed';

export interface CustomerDispatchSummary {
  considered: number;
  sent: number;
  skipped: Partial<Record<SkipReason, number>>;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Sends the survey of every eligible contact waiting in the pending queue (the last week's
 * contacts), oldest first.
 * 1. drop contacts past the survey window
 * 2. check eligibility: not opted out, not suppressed, outside the quiet period, sampled
 * 3. in one transaction: create the invitation, set the customer's last-surveyed date (only if
 *    still eligible), delete the pending contact and with it the plain email
 * 4. render the email in the contact's locale and send it
 * A contact is dropped whatever the outcome, so the plain email never outlives the decision.
 */
export async function dispatchCustomerSurveys(deps: DispatchDeps): Promise<CustomerDispatchSummary> {
  const now = deps.clock.now();
  const settings = await deps.dispatch.getSurveySettings();
  const summary: CustomerDispatchSummary = { considered: 0, sent: 0, skipped: {} };
  const skip = (reason: SkipReason) => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
  };
  const advisors = new Map<string, AdvisorAtDispatch>();

  for (let back = customerSurveyWindowDays; back >= 0; back--) {
    const day = utcDay(new Date(now.getTime() - back * 86_400_000));
    const pending = (await deps.dispatch.listPendingSurveys(day)).sort((a, b) =>
      a.endedAt.localeCompare(b.endedAt),
    );
    for (const contact of pending) {
      summary.considered++;
      if (Date.parse(contact.endedAt) + customerSurveyWindowDays * 86_400_000 < now.getTime()) {
        await deps.dispatch.dropPendingSurvey(contact);
        skip('too-old');
        continue;
      }
      const eligibility = customerSurveyEligibility({
        channel: contact.channel,
        contact: await deps.dispatch.getContact(contact.customerKey),
        settings,
        now,
        draw: stableDraw(contact.externalId),
      });
      if (!eligibility.eligible) {
        await deps.dispatch.dropPendingSurvey(contact);
        skip(eligibility.reason);
        continue;
      }
      if (!advisors.has(contact.advisorId)) {
        const advisor = await deps.roster.getAdvisor(contact.advisorId);
        advisors.set(contact.advisorId, { firstName: advisor?.firstName, workMode: advisor?.workMode });
      }
      const sent = await sendOne(
        deps,
        contact,
        now,
        settings.quietPeriodDays,
        advisors.get(contact.advisorId) ?? {},
      );
      if (sent === true) summary.sent++;
      else skip(sent);
    }
  }
  return summary;
}

/** What the invitation keeps of the advisor: the first name for the email, the work mode for the cut. */
interface AdvisorAtDispatch {
  readonly firstName?: string | undefined;
  readonly workMode?: WorkMode | undefined;
}

async function sendOne(
  deps: DispatchDeps,
  contact: PendingSurvey,
  now: Date,
  quietPeriodDays: number,
  advisor: AdvisorAtDispatch,
): Promise<true | SkipReason> {
  const advisorFirstName = advisor.firstName;
  const invitationId = deps.newId();
  const linkExpires = new Date(now.getTime() + customerLinkDays * 86_400_000);
  const contactStart = new Date(contact.startedAt ?? contact.endedAt);
  const issued = await deps.dispatch.issueCustomerInvitation({
    pending: contact,
    invitation: {
      invitationId,
      interactionId: contact.externalId,
      advisorId: contact.advisorId,
      advisorFirstName,
      teamId: contact.teamId,
      channel: contact.channel,
      ...(advisor.workMode ? { workMode: advisor.workMode } : {}),
      period: isoWeekOf(contactStart),
      quarter: quarterOf(contactStart),
      locale: contact.customerLocale,
      customerKey: contact.customerKey,
      expiresAt: Math.floor(linkExpires.getTime() / 1000),
    },
    surveyedAt: now.toISOString(),
    quietSince: new Date(now.getTime() - quietPeriodDays * 86_400_000).toISOString(),
  });
  if (!issued) {
    await deps.dispatch.dropPendingSurvey(contact);
    return 'quiet-period';
  }
  const surveyToken = await deps.tokens.sign(
    { kind: 'customer', invitationId, advisorId: contact.advisorId },
    linkExpires,
  );
  const unsubscribeToken = await deps.tokens.sign(
    { kind: 'unsubscribe', customerKey: contact.customerKey },
    new Date(now.getTime() + unsubscribeLinkDays * 86_400_000),
  );
  try {
    const mail = await renderCustomerSurveyMail({
      locale: contact.customerLocale,
      advisorFirstName:
        advisorFirstName ?? (contact.customerLocale === 'fr' ? 'votre conseiller' : 'your advisor'),
      channel: contact.channel,
      surveyUrl: `${deps.publicBaseUrl}/s/c/${surveyToken}`,
      unsubscribeUrl: `${deps.publicBaseUrl}/u/${unsubscribeToken}`,
      to: contact.customerEmail,
    });
    await deps.mailer.send(mail);
    return true;
  } catch (error) {
    console.error(`Survey email for contact ${contact.externalId} not sent: ${(error as Error).message}`);
    return 'mail-failed';
  }
}
