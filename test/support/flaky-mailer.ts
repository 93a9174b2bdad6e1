import {
  type Mailer,
  MailRejectedError,
  type OutgoingMail,
} from '../../functions/services/ports/mailer.port.js';

/**
 * A mailer that fails each message's first `transientFailures` sends with SES throttling (a
 * message is its address and its `kind` tag) and rejects the `rejected` addresses for good.
 * `deliveredTo` and `triedTo` count one kind of message: the one named, else `defaultKind`,
 * else every kind.
 */
export class FlakyMailer implements Mailer {
  readonly attempts: { readonly to: string; readonly kind: string | undefined }[] = [];
  readonly delivered: OutgoingMail[] = [];
  constructor(
    private readonly transientFailures: number,
    private readonly rejected = new Set<string>(),
    private readonly defaultKind?: string,
  ) {}

  async send(mail: OutgoingMail) {
    const kind = mail.tags.kind;
    this.attempts.push({ to: mail.to, kind });
    if (this.rejected.has(mail.to))
      throw new MailRejectedError('MessageRejected: Email address is on the account suppression list');
    if (this.attempts.filter((a) => a.to === mail.to && a.kind === kind).length <= this.transientFailures) {
      throw Object.assign(new Error('Maximum sending rate exceeded.'), {
        name: 'TooManyRequestsException',
        $fault: 'client',
        $metadata: { httpStatusCode: 429 },
      });
    }
    this.delivered.push(mail);
    return { messageId: `ok-${this.delivered.length}` };
  }

  deliveredTo(address: string, kind = this.defaultKind): OutgoingMail[] {
    return this.delivered.filter((m) => m.to === address && (kind === undefined || m.tags.kind === kind));
  }

  triedTo(address: string, kind = this.defaultKind): number {
    return this.attempts.filter((a) => a.to === address && (kind === undefined || a.kind === kind)).length;
  }
}
