import { SendEmailCommand, type SendEmailCommandOutput } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../../services/ports/mailer.port.js';

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
    const output = await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.config.from,
        Destination: { ToAddresses: [mail.to] },
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
    if (!output.MessageId) throw new Error('SES accepted the message without returning a MessageId');
    return { messageId: output.MessageId };
  }
}
