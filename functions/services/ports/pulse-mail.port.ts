import type { MailClaim } from '../mail-retry.js';
import type { PulseInvitation } from './survey.port.js';

/** The two emails of a pulse invitation: the invitation itself and its one reminder. */
export type PulseMailKind = 'invitation' | 'reminder';

/** Where one pulse email stands; kept on its invitation in the main table (never the answers). */
export type PulseMailState =
  | {
      readonly status: 'queued';
      /** Sends tried so far. */
      readonly attempts: number;
      /** ISO 8601: no send before this (backoff after a transient failure). */
      readonly nextAttemptAt: string;
      readonly lastError?: string | undefined;
    }
  | PulseMailOutcome;

/** How a pulse email's delivery ended. */
export type PulseMailOutcome =
  | { readonly status: 'sent'; readonly at: string; readonly messageId: string; readonly attempts: number }
  | {
      readonly status: 'rejected' | 'expired' | 'dropped';
      readonly at: string;
      /** Why: the mail system's refusal, the last transient error, or why it was not needed. */
      readonly reason: string;
      readonly attempts: number;
    };

/** An invitation with where its emails stand (none on invitations from before delivery was tracked). */
export interface PulseInvitationWithMail extends PulseInvitation {
  readonly invitationMail?: PulseMailState | undefined;
  readonly reminderMail?: PulseMailState | undefined;
}

/** The delivery of each invitation's pulse emails, with the same claims as the customer queue. */
export interface PulseMailRepository {
  /**
   * The period's invitation unless one exists for that advisor and period, its email queued
   * (due at `now`), in one write conditional on the week not being published: 'exists' when it
   * existed, 'published' when the week is published (nothing is written then).
   */
  createQueuedPulseInvitation(
    invitation: PulseInvitation,
    now: Date,
  ): Promise<'created' | 'exists' | 'published'>;
  /** True once the week's pulse figures are published: it takes no more answers. */
  pulseWeekPublished(period: string): Promise<boolean>;
  /** The period's invitations, each with its emails' state. */
  listPulseInvitationsWithMail(period: string): Promise<PulseInvitationWithMail[]>;
  /** Marks the one reminder and queues its email; false when already reminded or answered. */
  queuePulseReminder(invitationId: string, now: Date): Promise<boolean>;
  /**
   * Claims one queued pulse email for a send until the lease ends, by a conditional write: only
   * when it is still queued, due (any time once its link `expired`) and no other run holds a
   * claim. False otherwise.
   */
  claimPulseMail(
    invitationId: string,
    kind: PulseMailKind,
    claim: MailClaim,
    expired: boolean,
  ): Promise<boolean>;
  /** After a transient failure: the claim given back, the attempt counted, the next try set. */
  retryPulseMail(
    invitationId: string,
    kind: PulseMailKind,
    claimId: string,
    retry: { readonly attempts: number; readonly nextAttemptAt: Date; readonly error: string },
  ): Promise<boolean>;
  /** Ends a claimed email's delivery with its outcome; false when the claim was no longer this run's. */
  finishPulseMail(
    invitationId: string,
    kind: PulseMailKind,
    claimId: string,
    outcome: PulseMailOutcome,
  ): Promise<boolean>;
}
