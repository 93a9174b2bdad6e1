import type { WorkMode } from '../../shared/roster/index.js';
import { customerSurveyEligibility, type Eligibility } from '../../shared/surveys/eligibility.js';
import { stableDraw } from '../../shared/surveys/stable-draw.js';
import { customerSurveyWindowDays } from '../../shared/surveys/survey-window.js';
import { isoWeekOf, quarterOf } from '../../shared/time/period.js';
import type { EmailBrand } from '../../web/emails/email-brand.js';
import { renderCustomerSurveyMail } from '../../web/emails/render-mail.js';
import { mailBrandOf } from './mail-brand.js';
import { attemptSend, failureKey, mailClaim } from './mail-retry.js';
import type { BrandRepository } from './ports/brand.port.js';
import type { Clock } from './ports/clock.port.js';
import type { Mailer, OutgoingMail } from './ports/mailer.port.js';
import type { RosterRepository } from './ports/roster.port.js';
import type {
  CustomerMailOutcome,
  CustomerResponseContext,
  DispatchRepository,
  PendingSurvey,
  QueuedCustomerMail,
} from './ports/survey.port.js';
import type { SurveyTokens } from './ports/survey-token.port.js';

export interface DispatchDeps {
  readonly dispatch: DispatchRepository;
  readonly roster: RosterRepository;
  readonly tokens: SurveyTokens;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly publicBaseUrl: string;
  /** The centre's brand, shown in the email bodies; the product's own without it. */
  readonly brand?: Pick<BrandRepository, 'getBrand'> | undefined;
}

/** How long a customer survey link stays valid, in days. */
export const customerLinkDays = 14;
/** How long an unsubscribe link stays valid, in days (past a year, the survey is long gone). */
export const unsubscribeLinkDays = 400;

type SkipReason = Exclude<Eligibility, { eligible: true }>['reason'] | 'too-old';

export interface CustomerDispatchSummary {
  /** Pending contacts looked at. */
  considered: number;
  /** Survey emails handed to the mail system by this run (first tries and retries). */
  sent: number;
  /** Emails still queued after this run: a transient failure waiting for its next try. */
  retrying: number;
  /** Emails given up by this run: rejected for good, or their link expired before a send succeeded. */
  failed: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Why each email was given up, by reason (only when some were). */
  failures?: Record<string, number>;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Sends the survey of every eligible contact waiting in the pending queue (the last week's
 * contacts), oldest first, then every queued survey email that is due.
 * 1. drop contacts past the survey window
 * 2. check eligibility: not opted out, not suppressed, outside the quiet period, sampled
 * 3. in one transaction: create the invitation, set the customer's last-surveyed date (only if
 *    still eligible), delete the pending contact and queue its email (the plain address moves
 *    with it)
 * 4. deliver the queue: claim each due email with a conditional write, render it in the
 *    contact's locale and send it; a transient failure is tried again by later runs with
 *    backoff while the link is valid, a rejection is recorded with its reason and never retried
 * An email leaves the queue, and its plain address with it, once sent, rejected or expired.
 */
export async function dispatchCustomerSurveys(deps: DispatchDeps): Promise<CustomerDispatchSummary> {
  const now = deps.clock.now();
  const settings = await deps.dispatch.getSurveySettings();
  const summary: CustomerDispatchSummary = { considered: 0, sent: 0, retrying: 0, failed: 0, skipped: {} };
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
      const issued = await issueOne(
        deps,
        contact,
        now,
        settings.quietPeriodDays,
        advisors.get(contact.advisorId) ?? {},
      );
      if (!issued) skip('quiet-period');
    }
  }
  await deliverQueuedMail(deps, now, summary, await mailBrandOf(deps.brand, deps.publicBaseUrl));
  return summary;
}

/** What the invitation keeps of the advisor: the first name for the email, the work mode for the cut. */
interface AdvisorAtDispatch {
  readonly firstName?: string | undefined;
  readonly workMode?: WorkMode | undefined;
}

/** Creates the invitation and queues its email; false when the customer became ineligible meanwhile. */
async function issueOne(
  deps: DispatchDeps,
  contact: PendingSurvey,
  now: Date,
  quietPeriodDays: number,
  advisor: AdvisorAtDispatch,
): Promise<boolean> {
  const advisorFirstName = advisor.firstName;
  const invitationId = deps.newId();
  const linkExpires = new Date(now.getTime() + customerLinkDays * 86_400_000);
  const contactStart = new Date(contact.startedAt ?? contact.endedAt);
  const response: CustomerResponseContext = {
    interactionId: contact.externalId,
    teamId: contact.teamId,
    channel: contact.channel,
    ...(advisor.workMode ? { workMode: advisor.workMode } : {}),
    period: isoWeekOf(contactStart),
    quarter: quarterOf(contactStart),
    locale: contact.customerLocale,
  };
  const issued = await deps.dispatch.issueCustomerInvitation({
    pending: contact,
    invitation: {
      invitationId,
      advisorId: contact.advisorId,
      advisorFirstName,
      ...response,
      customerKey: contact.customerKey,
      expiresAt: Math.floor(linkExpires.getTime() / 1000),
    },
    mail: {
      issuedDay: utcDay(now),
      invitationId,
      advisorId: contact.advisorId,
      ...(advisorFirstName ? { advisorFirstName } : {}),
      channel: contact.channel,
      locale: contact.customerLocale,
      customerKey: contact.customerKey,
      customerEmail: contact.customerEmail,
      linkExpiresAt: linkExpires.toISOString(),
      attempts: 0,
      nextAttemptAt: now.toISOString(),
      response,
    },
    surveyedAt: now.toISOString(),
    quietSince: new Date(now.getTime() - quietPeriodDays * 86_400_000).toISOString(),
  });
  if (!issued) await deps.dispatch.dropPendingSurvey(contact);
  return issued;
}

/** Every queued email issued within a link's lifetime, oldest day first: sends the due ones. */
async function deliverQueuedMail(
  deps: DispatchDeps,
  now: Date,
  summary: CustomerDispatchSummary,
  brand: EmailBrand,
) {
  const fail = (outcome: CustomerMailOutcome & { reason: string }) => {
    summary.failed++;
    const key = failureKey(outcome.reason, outcome.status === 'expired');
    summary.failures ??= {};
    summary.failures[key] = (summary.failures[key] ?? 0) + 1;
  };
  // Two days past the link's lifetime: an email whose link expired while no run happened is
  // still found and recorded as expired (TTL removes the queue item a day after the link).
  for (let back = customerLinkDays + 2; back >= 0; back--) {
    const day = utcDay(new Date(now.getTime() - back * 86_400_000));
    for (const mail of await deps.dispatch.listQueuedCustomerMail(day)) {
      const expired = Date.parse(mail.linkExpiresAt) <= now.getTime();
      if (!expired && Date.parse(mail.nextAttemptAt) > now.getTime()) {
        summary.retrying++;
        continue;
      }
      const claimId = deps.newId();
      if (!(await deps.dispatch.claimCustomerMail(mail, mailClaim(claimId, now)))) continue;
      if (expired) {
        const outcome = {
          status: 'expired',
          at: now.toISOString(),
          reason: mail.lastError ?? 'never tried',
          attempts: mail.attempts,
        } as const;
        if (await deps.dispatch.finishCustomerMail(mail, claimId, outcome)) fail(outcome);
        continue;
      }
      const optedOut = mail.attempts > 0 ? await optOutSince(deps, mail) : undefined;
      if (optedOut) {
        const outcome = {
          status: 'rejected',
          at: now.toISOString(),
          reason: optedOut,
          attempts: mail.attempts,
        } as const;
        if (await deps.dispatch.finishCustomerMail(mail, claimId, outcome)) fail(outcome);
        continue;
      }
      const attempt = await attemptSend(
        deps.mailer,
        () => renderQueued(deps, mail, now, brand),
        mail.attempts,
        now,
      );
      if (attempt.kind === 'rejected') {
        const outcome = {
          status: 'rejected',
          at: now.toISOString(),
          reason: attempt.reason,
          attempts: attempt.attempts,
        } as const;
        console.error(`Survey email ${mail.invitationId} rejected: ${attempt.reason}`);
        if (await deps.dispatch.finishCustomerMail(mail, claimId, outcome)) fail(outcome);
      } else if (attempt.kind === 'retry') {
        console.error(
          `Survey email ${mail.invitationId} not sent (try ${attempt.attempts}), retried from ${attempt.nextAttemptAt.toISOString()}: ${attempt.error}`,
        );
        await deps.dispatch.retryCustomerMail(mail, claimId, attempt);
        summary.retrying++;
      } else {
        summary.sent++;
        await deps.dispatch.finishCustomerMail(mail, claimId, {
          status: 'sent',
          at: now.toISOString(),
          messageId: attempt.messageId,
          attempts: attempt.attempts,
        });
      }
    }
  }
}

/** Before a retry: the customer may have unsubscribed, or the address bounced, since the first try. */
async function optOutSince(deps: DispatchDeps, mail: QueuedCustomerMail): Promise<string | undefined> {
  const contact = await deps.dispatch.getContact(mail.customerKey);
  if (contact?.unsubscribedAt) return 'unsubscribed: the customer opted out before a retry';
  if (contact?.suppressed) return `suppressed: ${contact.suppressed}`;
  return undefined;
}

/** The survey email of a queued invitation, with its signed links, in the contact's language. */
async function renderQueued(
  deps: DispatchDeps,
  mail: QueuedCustomerMail,
  now: Date,
  brand: EmailBrand,
): Promise<OutgoingMail> {
  const surveyToken = await deps.tokens.sign(
    {
      kind: 'customer',
      invitationId: mail.invitationId,
      advisorId: mail.advisorId,
      ...(mail.response ? { response: mail.response } : {}),
    },
    new Date(mail.linkExpiresAt),
  );
  const unsubscribeToken = await deps.tokens.sign(
    { kind: 'unsubscribe', customerKey: mail.customerKey },
    new Date(now.getTime() + unsubscribeLinkDays * 86_400_000),
  );
  return renderCustomerSurveyMail({
    locale: mail.locale,
    advisorFirstName: mail.advisorFirstName ?? (mail.locale === 'fr' ? 'votre conseiller' : 'your advisor'),
    channel: mail.channel,
    surveyUrl: `${deps.publicBaseUrl}/s/c/${surveyToken}`,
    unsubscribeUrl: `${deps.publicBaseUrl}/u/${unsubscribeToken}`,
    to: mail.customerEmail,
    brand,
  });
}
