import type { Channel, Locale, WorkMode } from '../../../shared/roster/index.js';
import type { CustomerAnswer } from '../../../shared/surveys/customer-response.schema.js';
import type { CustomerContactState } from '../../../shared/surveys/eligibility.js';
import type { SurveySettings } from '../../../shared/surveys/survey-settings.schema.js';
import type { PulseMailRepository } from './pulse-mail.port.js';

/** A customer survey sent for one contact; its token is consumed when the response is recorded. */
export interface CustomerInvitation {
  readonly invitationId: string;
  readonly interactionId: string;
  readonly advisorId: string;
  readonly advisorFirstName?: string | undefined;
  readonly teamId: string;
  readonly channel: Channel;
  /** The advisor's work mode when the survey was sent (absent on invitations sent before it was recorded). */
  readonly workMode?: WorkMode | undefined;
  /** ISO week of the contact. */
  readonly period: string;
  /** Quarter of the contact (variable pay). */
  readonly quarter: string;
  readonly locale: Locale;
  readonly customerKey: string;
  /** Epoch seconds; the invitation is deleted by TTL a while after its link expires. */
  readonly expiresAt: number;
  readonly answered?: boolean | undefined;
  /** What became of its email: absent while it waits to be sent (or is being retried). */
  readonly mail?: CustomerMailOutcome | undefined;
}

/**
 * What recording a customer's response needs of its invitation, fixed when the survey is sent.
 * The survey link carries it, signed, so that recording writes at once (the invitation's
 * consumption stays a condition of the same transaction) instead of reading the invitation first.
 */
export type CustomerResponseContext = Pick<
  CustomerInvitation,
  'interactionId' | 'teamId' | 'channel' | 'workMode' | 'period' | 'quarter' | 'locale'
>;

/** The end of a customer survey email's delivery, kept on its invitation. */
export type CustomerMailOutcome =
  | { readonly status: 'sent'; readonly at: string; readonly messageId: string; readonly attempts: number }
  /** Refused for good by the mail system; `reason` says why (never retried). */
  | { readonly status: 'rejected'; readonly at: string; readonly reason: string; readonly attempts: number }
  /** The survey link expired before a send succeeded; `reason` is the last transient error. */
  | { readonly status: 'expired'; readonly at: string; readonly reason: string; readonly attempts: number };

/**
 * A customer survey email waiting to go out, first try or retry, with the plain address it
 * needs; deleted once the email is sent, rejected, or its link has expired.
 */
export interface QueuedCustomerMail {
  /** UTC day the invitation was issued (YYYY-MM-DD): the queue is listed day by day. */
  readonly issuedDay: string;
  readonly invitationId: string;
  readonly advisorId: string;
  readonly advisorFirstName?: string | undefined;
  readonly channel: Channel;
  readonly locale: Locale;
  readonly customerKey: string;
  readonly customerEmail: string;
  /** ISO 8601: when the survey link expires; no send is tried after it. */
  readonly linkExpiresAt: string;
  /** Sends tried so far. */
  readonly attempts: number;
  /** ISO 8601: no send before this (backoff after a transient failure). */
  readonly nextAttemptAt: string;
  readonly lastError?: string | undefined;
  /** For the survey link (absent on emails queued before links carried it: their link does not). */
  readonly response?: CustomerResponseContext | undefined;
}

/**
 * An advisor's pulse for one period. Holding the advisor id, it lives in the main table and
 * records participation only; the answers go to the pulse table with nothing that links back.
 */
export interface PulseInvitation {
  readonly invitationId: string;
  readonly advisorId: string;
  readonly advisorEmail: string;
  readonly teamId: string;
  readonly workMode: WorkMode;
  readonly locale: Locale;
  readonly period: string;
  /**
   * YYYY-MM-DD, 28 days after the advisor joined this team: from then on the advisor counts
   * toward the anonymity threshold (a roster write cannot lift a small group over k).
   */
  readonly countsTowardKFrom: string;
  readonly answered?: boolean | undefined;
  readonly reminded?: boolean | undefined;
}

/** A contact waiting for the survey dispatch, with the plain email it needs. */
export interface PendingSurvey {
  readonly day: string;
  readonly externalId: string;
  readonly advisorId: string;
  readonly teamId: string;
  readonly channel: Channel;
  readonly startedAt?: string | undefined;
  readonly endedAt: string;
  readonly customerLocale: Locale;
  readonly customerKey: string;
  readonly customerEmail: string;
}

export type RecordResult = 'recorded' | 'already-recorded';

/** The invitation behind a customer response, as far as recording it goes. */
export type CustomerResponseInvitation = Pick<CustomerInvitation, 'invitationId' | 'advisorId'> &
  CustomerResponseContext;

export interface SurveyRepository {
  getCustomerInvitation(invitationId: string): Promise<CustomerInvitation | undefined>;
  getPulseInvitation(invitationId: string): Promise<PulseInvitation | undefined>;
  /** True once the week's pulse figures are published: its links take no more answers. */
  pulseWeekPublished(week: string): Promise<boolean>;
  /**
   * One transaction: the response, the invitation's consumption, the aggregate counters and,
   * when the customer commented, the comment for the advisor's own page. 'already-recorded'
   * also when the invitation is unknown or another advisor's: then nothing moves.
   */
  recordCustomerResponse(input: {
    invitation: CustomerResponseInvitation;
    answer: CustomerAnswer;
    responseId: string;
  }): Promise<RecordResult>;
  /**
   * One transaction: the invitation's consumption (participation) and the sealed anonymous
   * answer in the pulse table, refused once the week is published ('closed').
   */
  recordPulseAnswer(input: {
    invitation: PulseInvitation;
    sealed: string;
    answerId: string;
  }): Promise<RecordResult | 'closed'>;
}

/** Pending contacts, customer survey emails and their queue, pulse invitations and their emails. */
export interface DispatchRepository extends PulseMailRepository {
  listPendingSurveys(day: string): Promise<PendingSurvey[]>;
  dropPendingSurvey(pending: PendingSurvey): Promise<void>;
  getContact(customerKey: string): Promise<CustomerContactState | undefined>;
  /**
   * One transaction: the invitation, the customer's last-surveyed date (only if still outside
   * the quiet period and not opted out), and the pending survey's deletion. False when the
   * customer became ineligible meanwhile.
   */
  issueCustomerInvitation(input: {
    pending: PendingSurvey;
    invitation: CustomerInvitation;
    /** Queued in the same transaction, so the plain email moves from the pending survey to its email. */
    mail: QueuedCustomerMail;
    surveyedAt: string;
    quietSince: string;
  }): Promise<boolean>;
  /** The customer survey emails issued on `issuedDay` that are not sent, rejected or expired yet. */
  listQueuedCustomerMail(issuedDay: string): Promise<QueuedCustomerMail[]>;
  /**
   * Claims a queued email for one send until `leaseUntil`, by a conditional write: only when it
   * is due (or its link has expired) and no other run holds an unexpired claim. False otherwise.
   */
  claimCustomerMail(
    mail: QueuedCustomerMail,
    claim: { readonly claimId: string; readonly now: Date; readonly leaseUntil: Date },
  ): Promise<boolean>;
  /**
   * After a transient failure: gives the claim back with the attempt counted and the next try
   * set. False when the claim was no longer this run's.
   */
  retryCustomerMail(
    mail: QueuedCustomerMail,
    claimId: string,
    retry: { readonly attempts: number; readonly nextAttemptAt: Date; readonly error: string },
  ): Promise<boolean>;
  /**
   * Ends a claimed email's delivery: deletes it from the queue (and with it the plain email)
   * and records the outcome on its invitation, in one transaction. False when the claim was no
   * longer this run's.
   */
  finishCustomerMail(
    mail: QueuedCustomerMail,
    claimId: string,
    outcome: CustomerMailOutcome,
  ): Promise<boolean>;
  listPulseInvitations(period: string): Promise<PulseInvitation[]>;
  unsubscribe(customerKey: string, at: string): Promise<void>;
  suppress(customerKey: string, reason: 'bounce' | 'complaint', at: string): Promise<void>;
  getSurveySettings(): Promise<SurveySettings>;
  putSurveySettings(settings: SurveySettings): Promise<void>;
}
