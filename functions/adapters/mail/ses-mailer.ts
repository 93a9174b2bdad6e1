import { SendEmailCommand, type SendEmailCommandOutput } from '@aws-sdk/client-sesv2';
import { type Mailer, MailRejectedError, type OutgoingMail } from '../../services/ports/mailer.port.js';

/** What the mailer needs from an SESv2Client; the real client is created once per process. */
export interface SesSendClient {
  send(command: SendEmailCommand): Promise<SendEmailCommandOutput>;
}

export interface SesMailerConfig {
  /** Verified sender, e.g. `Baromètre <barometre@example.fr>`. */
  from: string;
  /** Configuration set whose event destination reports bounces and complaints. */
  configurationSetName: string;
}

/** SES v2 `SendEmail` with simple content: UTF-8 subject and bodies, custom headers and tags. */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SesSendClient,
    private readonly config: SesMailerConfig,
  ) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    let output: SendEmailCommandOutput;
    try {
      output = await this.sendCommand(mail);
    } catch (error) {
      const permanent = sesPermanentReason(error);
      throw permanent ? new MailRejectedError(permanent, { cause: error }) : error;
    }
    if (!output.MessageId) throw new Error('SES accepted the message without returning a MessageId');
    return { messageId: output.MessageId };
  }

  private sendCommand(mail: OutgoingMail): Promise<SendEmailCommandOutput> {
    return this.client.send(
      new SendEmailCommand({
        FromEmailAddress: mail.fromName ? namedSender(mail.fromName, this.config.from) : this.config.from,
        Destination: { ToAddresses: [mail.to] },
        ...(mail.replyTo ? { ReplyToAddresses: [mail.replyTo] } : {}),
        ConfigurationSetName: this.config.configurationSetName,
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: {
              Html: { Data: mail.html, Charset: 'UTF-8' },
              Text: { Data: mail.text, Charset: 'UTF-8' },
            },
            Headers: Object.entries(mail.headers).map(([Name, Value]) => ({ Name, Value })),
          },
        },
        EmailTags: Object.entries(mail.tags).map(([Name, Value]) => ({ Name, Value })),
      }),
    );
  }
}

/** SES errors that retrying cannot fix, whatever their HTTP status. */
const permanentSesErrors = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'AccountSuspendedException',
  'BadRequestException',
  'NotFoundException',
]);

/** SES errors that pass with time even though they are client faults (4xx). */
const transientSesErrors = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'LimitExceededException',
  'SendingPausedException',
]);

/**
 * The reason an SES error is a permanent rejection, or undefined when the message should be
 * tried again: throttling, sending quotas, server faults (5xx) and network errors or timeouts
 * (no HTTP status) are transient; the known rejections and other client faults are not.
 */
export function sesPermanentReason(error: unknown): string | undefined {
  const e = error as {
    name?: string;
    message?: string;
    $fault?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const name = e?.name ?? 'Error';
  const reason = `${name}: ${e?.message ?? ''}`.slice(0, 300);
  if (permanentSesErrors.has(name)) return reason;
  if (transientSesErrors.has(name)) return undefined;
  const status = e?.$metadata?.httpStatusCode;
  if (e?.$fault === 'client' && status !== undefined && status >= 400 && status < 500 && status !== 429)
    return reason;
  return undefined;
}

/**
 * `"Name" <address>` with the configured address (its own display name, if any, replaced); a
 * name with characters outside ASCII is written as an RFC 2047 encoded word, as SES requires.
 */
export function namedSender(name: string, from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  const display = /^[\x20-\x7e]*$/.test(name)
    ? `"${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`
    : `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
  return `${display} <${address}>`;
}
