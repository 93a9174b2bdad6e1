import type { OutgoingMail } from '../../../shared/mail/outgoing-mail.js';

export type { OutgoingMail };

export interface Mailer {
  /**
   * Hands the message to the mail system; resolves with the id that system gave it. A refusal
   * that sending again cannot change throws a {@link MailRejectedError}; any other error is
   * taken as transient (throttling, a 5xx, a timeout) and the message is tried again later.
   */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** The mail system refused this message for good (bad address, content rejected, sender not verified). */
export class MailRejectedError extends Error {
  override readonly name = 'MailRejectedError';
  constructor(
    /** Short, loggable reason kept with the invitation, e.g. `MessageRejected: Email address is not verified`. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

/** Whether a send failure is worth another try: everything but a {@link MailRejectedError}. */
export function isPermanentMailFailure(error: unknown): error is MailRejectedError {
  return error instanceof MailRejectedError;
}
