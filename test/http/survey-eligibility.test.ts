import { beforeAll, describe, expect, it } from 'vitest';
import { suppressionFromSesEvent } from '../../functions/adapters/mail/ses-events.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { suppressAddresses } from '../../functions/services/opt-out.service.js';
import { defaultSurveySettings } from '../../shared/surveys/survey-settings.schema.js';
import { interaction } from '../support/roster-fixtures.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;

function contactOf(id: string, email: string, advisorId = 'P1') {
  return { ...interaction(id, advisorId, h.clock.now(), 20), customerEmail: email };
}

function sesNotification(type: 'Bounce' | 'Complaint', email: string) {
  const message =
    type === 'Bounce'
      ? {
          eventType: 'Bounce',
          bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: email }] },
          mail: {},
        }
      : { eventType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: email }] }, mail: {} };
  return { Records: [{ EventSource: 'aws:sns', Sns: { Message: JSON.stringify(message) } }] };
}

beforeAll(async () => {
  h = await surveyHarness();
});

describe('who gets a customer survey', () => {
  it('surveys a customer once per quiet period, counting repeat contacts as skipped', async () => {
    await h.record([contactOf('q-1', 'anne@client.example'), contactOf('q-2', 'ANNE@Client.example', 'P2')]);
    const summary = await dispatchCustomerSurveys(h.dispatchDeps);
    expect(summary).toEqual({
      considered: 2,
      sent: 1,
      retrying: 0,
      failed: 0,
      skipped: { 'quiet-period': 1 },
    });
    expect(h.mailer.to('anne@client.example')).toHaveLength(1);

    h.clock.advanceDays(29);
    await h.record([contactOf('q-3', 'anne@client.example')]);
    expect((await dispatchCustomerSurveys(h.dispatchDeps)).skipped).toEqual({ 'quiet-period': 1 });

    h.clock.advanceDays(2);
    await h.record([contactOf('q-4', 'anne@client.example')]);
    expect((await dispatchCustomerSurveys(h.dispatchDeps)).sent).toBe(1);
    expect(h.mailer.to('anne@client.example')).toHaveLength(2);
  });

  it('never surveys a customer who unsubscribed in one click', async () => {
    await h.record([contactOf('u-1', 'bruno@client.example')]);
    await dispatchCustomerSurveys(h.dispatchDeps);
    const mail = h.mailer.to('bruno@client.example')[0];
    if (!mail) throw new Error('no mail');
    const unsubscribe = new URL(mail.headers['List-Unsubscribe']?.slice(1, -1) ?? '').pathname;
    expect((await h.app.request(unsubscribe)).status).toBe(200);
    const res = await h.app.request(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);

    h.clock.advanceDays(40);
    await h.record([contactOf('u-2', 'bruno@client.example')]);
    expect(await dispatchCustomerSurveys(h.dispatchDeps)).toEqual({
      considered: 1,
      sent: 0,
      retrying: 0,
      failed: 0,
      skipped: { unsubscribed: 1 },
    });
    expect(h.mailer.to('bruno@client.example')).toHaveLength(1);
    expect(linkIn(mail, '/u/')).toBe(unsubscribe);
  });

  it('never surveys an address that bounced for good or complained', async () => {
    const entries = [
      ...suppressionFromSesEvent(sesNotification('Bounce', 'gone@client.example')),
      ...suppressionFromSesEvent(sesNotification('Complaint', 'angry@client.example')),
    ];
    expect(await suppressAddresses(h.deps, entries)).toBe(2);
    await h.record([contactOf('s-1', 'gone@client.example'), contactOf('s-2', 'angry@client.example')]);
    expect(await dispatchCustomerSurveys(h.dispatchDeps)).toEqual({
      considered: 2,
      sent: 0,
      retrying: 0,
      failed: 0,
      skipped: { suppressed: 2 },
    });
    expect(h.mailer.to('gone@client.example')).toEqual([]);
    expect(h.mailer.to('angry@client.example')).toEqual([]);
  });

  it('samples each channel at its rate, set through the API with validation', async () => {
    await h.deps.dispatch.putSurveySettings({
      ...defaultSurveySettings,
      samplingRate: { ...defaultSurveySettings.samplingRate, chat: 0 },
    });
    const contacts = Array.from({ length: 6 }, (_, i) => ({
      ...contactOf(`r-${i}`, `chat${i}@client.example`),
      channel: 'chat' as const,
    }));
    await h.record(contacts);
    expect(await dispatchCustomerSurveys(h.dispatchDeps)).toEqual({
      considered: 6,
      sent: 0,
      retrying: 0,
      failed: 0,
      skipped: { 'not-sampled': 6 },
    });
    await h.deps.dispatch.putSurveySettings(defaultSurveySettings);
  });
});
