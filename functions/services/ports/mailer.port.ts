import type { OutgoingMail } from '../../../shared/mail/outgoing-mail.js';

export type { OutgoingMail };

export interface Mailer {
  /** Hands the message to the mail system; resolves with the id that system gave it. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
