import { describe, expect, it } from 'vitest';
import { suppressionFromSesEvent } from '../../../functions/adapters/mail/ses-events.js';

const mailObject = {
  timestamp: '2026-02-12T09:30:15.042Z',
  source: 'barometre@example.fr',
  sourceArn: 'arn:aws:ses:eu-west-3:123456789012:identity/example.fr',
  sendingAccountId: '123456789012',
  messageId: '0102019abc-1234-5678-9abc-def012345678-000000',
  destination: ['camille.martin@example.fr'],
  headersTruncated: false,
  tags: {
    'ses:configuration-set': ['duopulse'],
    kind: ['customer-survey'],
    locale: ['fr'],
  },
};

const permanentBounce = {
  eventType: 'Bounce',
  bounce: {
    feedbackId: '0102019abc-feed-0001-000000',
    bounceType: 'Permanent',
    bounceSubType: 'General',
    bouncedRecipients: [
      {
        emailAddress: 'Camille.Martin@example.fr',
        action: 'failed',
        status: '5.1.1',
        diagnosticCode: 'smtp; 550 5.1.1 user unknown',
      },
      { emailAddress: 'ancien.client@example.fr', action: 'failed', status: '5.1.1' },
    ],
    timestamp: '2026-02-12T09:30:16.300Z',
    reportingMTA: 'dsn; e226-55.smtp-out.eu-west-3.amazonses.com',
  },
  mail: mailObject,
};

const transientBounce = {
  eventType: 'Bounce',
  bounce: {
    feedbackId: '0102019abc-feed-0002-000000',
    bounceType: 'Transient',
    bounceSubType: 'MailboxFull',
    bouncedRecipients: [
      {
        emailAddress: 'boite.pleine@example.fr',
        action: 'failed',
        status: '4.2.2',
        diagnosticCode: 'smtp; 452 4.2.2 mailbox full',
      },
    ],
    timestamp: '2026-02-12T09:31:00.000Z',
    reportingMTA: 'dsn; e226-55.smtp-out.eu-west-3.amazonses.com',
  },
  mail: mailObject,
};

const complaint = {
  eventType: 'Complaint',
  complaint: {
    feedbackId: '0102019abc-feed-0003-000000',
    complaintSubType: null,
    complainedRecipients: [{ emailAddress: 'pas.content@example.fr' }],
    timestamp: '2026-02-12T10:02:41.000Z',
    userAgent: 'Mozilla/5.0',
    complaintFeedbackType: 'abuse',
    arrivalDate: '2026-02-12T10:02:40.000Z',
  },
  mail: mailObject,
};

const delivery = {
  eventType: 'Delivery',
  delivery: {
    timestamp: '2026-02-12T09:30:16.000Z',
    processingTimeMillis: 812,
    recipients: ['camille.martin@example.fr'],
    smtpResponse: '250 2.0.0 OK',
    reportingMTA: 'e226-55.smtp-out.eu-west-3.amazonses.com',
  },
  mail: mailObject,
};

/** An SNS → Lambda event carrying the given SES notifications, one record each. */
function snsEvent(...messages: unknown[]) {
  return {
    Records: messages.map((message, i) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:eu-west-3:123456789012:duopulse-ses-events:7f1e7d5a',
      Sns: {
        Type: 'Notification',
        MessageId: `95df01b4-ee98-5cb9-9903-4c221d41eb5${i}`,
        TopicArn: 'arn:aws:sns:eu-west-3:123456789012:duopulse-ses-events',
        Subject: null,
        Message: typeof message === 'string' ? message : JSON.stringify(message),
        Timestamp: '2026-02-12T09:30:17.000Z',
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertUrl: 'https://sns.eu-west-3.amazonaws.com/SimpleNotificationService-0000.pem',
        UnsubscribeUrl: 'https://sns.eu-west-3.amazonaws.com/?Action=Unsubscribe',
        MessageAttributes: {},
      },
    })),
  };
}

describe('suppressionFromSesEvent', () => {
  it('suppresses every recipient of a permanent bounce, lower-cased', () => {
    expect(suppressionFromSesEvent(snsEvent(permanentBounce))).toEqual([
      { email: 'camille.martin@example.fr', reason: 'bounce' },
      { email: 'ancien.client@example.fr', reason: 'bounce' },
    ]);
  });

  it('suppresses nobody for a transient bounce or a delivery', () => {
    expect(suppressionFromSesEvent(snsEvent(transientBounce))).toEqual([]);
    expect(suppressionFromSesEvent(snsEvent(delivery))).toEqual([]);
  });

  it('suppresses the recipient of a complaint', () => {
    expect(suppressionFromSesEvent(snsEvent(complaint))).toEqual([
      { email: 'pas.content@example.fr', reason: 'complaint' },
    ]);
  });

  it('reads a batch of mixed records and drops repeats', () => {
    expect(
      suppressionFromSesEvent(
        snsEvent(delivery, permanentBounce, transientBounce, complaint, permanentBounce),
      ),
    ).toEqual([
      { email: 'camille.martin@example.fr', reason: 'bounce' },
      { email: 'ancien.client@example.fr', reason: 'bounce' },
      { email: 'pas.content@example.fr', reason: 'complaint' },
    ]);
  });

  it('also reads identity notifications, which name the type notificationType', () => {
    const { eventType: _, ...rest } = complaint;
    expect(suppressionFromSesEvent(snsEvent({ notificationType: 'Complaint', ...rest }))).toEqual([
      { email: 'pas.content@example.fr', reason: 'complaint' },
    ]);
  });

  it('fails loudly on an event that is not from SNS, a message that is not JSON, or a bounce without recipients', () => {
    expect(() => suppressionFromSesEvent({ detail: permanentBounce })).toThrow('Invalid SNS event: Records');
    expect(() => suppressionFromSesEvent(snsEvent('not json'))).toThrow('not JSON');
    expect(() =>
      suppressionFromSesEvent(snsEvent({ eventType: 'Bounce', bounce: { bounceType: 'Permanent' } })),
    ).toThrow('Invalid SES bounce notification: bounce.bouncedRecipients');
  });
});
