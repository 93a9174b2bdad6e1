import { isPermanentMailFailure, type Mailer, type OutgoingMail } from './ports/mailer.port.js';

/**
 * What the customer and pulse dispatches share about delivering an email that may fail: a
 * claim (lease) so that no two runs send the same message, a backoff after a transient failure
 * (throttling, a 5xx, a timeout), and a permanent rejection recorded with its reason.
 */

/** A claim on an email outlives a job's 5-minute timeout, so no two runs send it at once. */
export const mailLeaseMinutes = 15;

/** Backoff after the n-th transient failure: 5 min, 10, 20, … capped at 6 hours. */
export function mailRetryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** The claim a run takes on one email before sending it. */
export interface MailClaim {
  readonly claimId: string;
  readonly now: Date;
  readonly leaseUntil: Date;
}

export function mailClaim(claimId: string, now: Date): MailClaim {
  return { claimId, now, leaseUntil: new Date(now.getTime() + mailLeaseMinutes * 60_000) };
}

/** What one send attempt came to. */
export type SendAttempt =
  | { readonly kind: 'sent'; readonly messageId: string; readonly attempts: number }
  | { readonly kind: 'rejected'; readonly reason: string; readonly attempts: number }
  | {
      readonly kind: 'retry';
      readonly attempts: number;
      readonly nextAttemptAt: Date;
      /** The failure, kept with the email (300 characters at most). */
      readonly error: string;
    };

/**
 * Renders and sends one email, the `previousAttempts + 1`-th try. A render failure (a bad
 * address or URL) and a {@link MailRejectedError} are permanent: sending again cannot help.
 * Any other failure is transient and is tried again after {@link mailRetryDelayMs}.
 */
export async function attemptSend(
  mailer: Mailer,
  render: () => Promise<OutgoingMail>,
  previousAttempts: number,
  now: Date,
): Promise<SendAttempt> {
  const attempts = previousAttempts + 1;
  let mail: OutgoingMail;
  try {
    mail = await render();
  } catch (error) {
    return { kind: 'rejected', reason: `render: ${(error as Error).message}`, attempts };
  }
  try {
    const { messageId } = await mailer.send(mail);
    return { kind: 'sent', messageId, attempts };
  } catch (error) {
    if (isPermanentMailFailure(error)) return { kind: 'rejected', reason: error.reason, attempts };
    return {
      kind: 'retry',
      attempts,
      nextAttemptAt: new Date(now.getTime() + mailRetryDelayMs(attempts)),
      error: (error as Error).message.slice(0, 300),
    };
  }
}

/** The summary key of an email given up: its reason's first word (`link-expired` for an expiry). */
export function failureKey(reason: string, expired: boolean): string {
  return expired ? 'link-expired' : reason.split(':')[0] || 'rejected';
}
