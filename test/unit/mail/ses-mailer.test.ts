import { SendEmailCommand, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import {
  SesMailer,
  type SesSendClient,
  sesPermanentReason,
} from '../../../functions/adapters/mail/ses-mailer.js';
import { MailRejectedError, type OutgoingMail } from '../../../functions/services/ports/mailer.port.js';

/** Stands in for SESv2Client: records what would have gone to SES and answers with an id. */
function fakeSes(messageId: string | undefined) {
  const sent: SendEmailCommandInput[] = [];
  const commands: unknown[] = [];
  const client: SesSendClient = {
    async send(command) {
      commands.push(command);
      sent.push(command.input);
      return { MessageId: messageId, $metadata: {} };
    },
  };
  return { client, sent, commands };
}

const mail: OutgoingMail = {
  to: 'camille.martin@example.fr',
  subject: 'Comment s’est passé votre échange avec Marie\u202f?',
  html: '<!DOCTYPE html><html lang="fr"><body><a href="https://barometre.example.fr/s/t?score=9">9</a></body></html>',
  text: '9 https://barometre.example.fr/s/t?score=9',
  headers: {
    'List-Unsubscribe': '<https://barometre.example.fr/unsubscribe/u1>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  tags: { kind: 'customer-survey', locale: 'fr', channel: 'phone' },
};

describe('SesMailer', () => {
  it('sends one SendEmail with sender, configuration set, UTF-8 content, headers and tags', async () => {
    const ses = fakeSes('0102019abc-1234-5678-9abc-def012345678-000000');
    const mailer = new SesMailer(ses.client, {
      from: 'Baromètre client <barometre@example.fr>',
      configurationSetName: 'duopulse-prod',
    });

    const result = await mailer.send(mail);

    expect(result).toEqual({ messageId: '0102019abc-1234-5678-9abc-def012345678-000000' });
    expect(ses.commands).toHaveLength(1);
    expect(ses.commands[0]).toBeInstanceOf(SendEmailCommand);
    expect(ses.sent[0]).toEqual({
      FromEmailAddress: 'Baromètre client <barometre@example.fr>',
      Destination: { ToAddresses: ['camille.martin@example.fr'] },
      ConfigurationSetName: 'duopulse-prod',
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: {
            Html: { Data: mail.html, Charset: 'UTF-8' },
            Text: { Data: mail.text, Charset: 'UTF-8' },
          },
          Headers: [
            { Name: 'List-Unsubscribe', Value: '<https://barometre.example.fr/unsubscribe/u1>' },
            { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
          ],
        },
      },
      EmailTags: [
        { Name: 'kind', Value: 'customer-survey' },
        { Name: 'locale', Value: 'fr' },
        { Name: 'channel', Value: 'phone' },
      ],
    });
  });

  it('fails when SES answers without a message id', async () => {
    const ses = fakeSes(undefined);
    const mailer = new SesMailer(ses.client, {
      from: 'barometre@example.fr',
      configurationSetName: 'duopulse',
    });
    await expect(mailer.send(mail)).rejects.toThrow('without returning a MessageId');
  });
});

describe('SesMailer failures', () => {
  function failingSes(error: unknown): SesSendClient {
    return {
      async send() {
        throw error;
      },
    };
  }
  const config = { from: 'barometre@example.fr', configurationSetName: 'duopulse-prod' };
  const sesError = (name: string, status: number, fault: 'client' | 'server') =>
    Object.assign(new Error(`${name} happened`), {
      name,
      $fault: fault,
      $metadata: { httpStatusCode: status },
    });

  it('turns a rejection SES will repeat into a MailRejectedError with its reason', async () => {
    const error = await new SesMailer(failingSes(sesError('MessageRejected', 400, 'client')), config)
      .send(mail)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailRejectedError);
    expect((error as MailRejectedError).reason).toBe('MessageRejected: MessageRejected happened');
  });

  it('leaves throttling, 5xx and network errors transient', async () => {
    for (const error of [
      sesError('TooManyRequestsException', 429, 'client'),
      sesError('SendingPausedException', 400, 'client'),
      sesError('InternalFailure', 500, 'server'),
      Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }),
    ]) {
      const thrown = await new SesMailer(failingSes(error), config).send(mail).catch((e: unknown) => e);
      expect(thrown).toBe(error);
      expect(sesPermanentReason(error)).toBeUndefined();
    }
  });
});
