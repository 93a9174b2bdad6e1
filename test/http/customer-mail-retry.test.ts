import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  type CustomerDispatchSummary,
  dispatchCustomerSurveys,
} from '../../functions/services/customer-dispatch.service.js';
import type { Mailer } from '../../functions/services/ports/mailer.port.js';
import type { CustomerInvitation } from '../../functions/services/ports/survey.port.js';
import { FlakyMailer } from '../support/flaky-mailer.js';
import { interaction } from '../support/roster-fixtures.js';
import { type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

async function invitations(h: SurveyHarness): Promise<CustomerInvitation[]> {
  const out = await h.db.clients.doc.send(
    new ScanCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      FilterExpression: '#t = :t',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':t': 'CustomerInvitation' },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []) as CustomerInvitation[];
}

async function queued(h: SurveyHarness): Promise<Record<string, unknown>[]> {
  const out = await h.db.clients.doc.send(
    new ScanCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      FilterExpression: '#t = :t',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':t': 'QueuedCustomerMail' },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

function run(h: SurveyHarness, mailer: Mailer): Promise<CustomerDispatchSummary> {
  return dispatchCustomerSurveys({ ...h.dispatchDeps, mailer });
}

function advanceHours(h: SurveyHarness, hours: number) {
  h.clock.advanceDays(hours / 24);
}

describe('customer survey mail that is not lost', () => {
  it('retries transient failures on later runs and delivers each invitation exactly once', async () => {
    const h = await surveyHarness();
    const now = h.clock.now();
    await h.record([interaction('t-1', 'P1', now, 60), interaction('t-2', 'P7', now, 50)]);
    const mailer = new FlakyMailer(2);

    const first = await run(h, mailer);
    expect(first).toMatchObject({ considered: 2, sent: 0, retrying: 2, failed: 0 });
    // Before the backoff is over, a run tries nothing.
    expect(await run(h, mailer)).toMatchObject({ sent: 0, retrying: 2, failed: 0 });
    expect(mailer.attempts).toHaveLength(2);

    advanceHours(h, 1);
    expect(await run(h, mailer)).toMatchObject({ sent: 0, retrying: 2, failed: 0 });
    advanceHours(h, 1);
    expect(await run(h, mailer)).toMatchObject({ sent: 2, retrying: 0, failed: 0 });

    for (const address of ['client-t-1@client.example', 'client-t-2@client.example']) {
      expect(mailer.deliveredTo(address)).toHaveLength(1);
      expect(mailer.triedTo(address)).toBe(3);
    }
    advanceHours(h, 6);
    expect(await run(h, mailer)).toMatchObject({ considered: 0, sent: 0, retrying: 0, failed: 0 });
    expect(mailer.delivered).toHaveLength(2);
    const mails = (await invitations(h)).map((i) => i.mail);
    expect(mails).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 3 }),
      expect.objectContaining({ status: 'sent', attempts: 3 }),
    ]);
    // Sent: the plain address is gone from the table.
    expect(await queued(h)).toEqual([]);
  });

  it('never sends an invitation twice when two runs overlap', async () => {
    const h = await surveyHarness();
    await h.record([interaction('o-1', 'P1', h.clock.now(), 60)]);
    const mailer = new FlakyMailer(0);
    const [a, b] = await Promise.all([run(h, mailer), run(h, mailer)]);
    expect(a.sent + b.sent).toBe(1);
    expect(mailer.attempts.map((a) => a.to)).toEqual(['client-o-1@client.example']);
  });

  it('records a permanent rejection with its reason and never retries it', async () => {
    const h = await surveyHarness();
    await h.record([
      interaction('r-1', 'P1', h.clock.now(), 60),
      interaction('r-2', 'P2', h.clock.now(), 50),
    ]);
    const mailer = new FlakyMailer(0, new Set(['client-r-1@client.example']));

    expect(await run(h, mailer)).toEqual({
      considered: 2,
      sent: 1,
      retrying: 0,
      failed: 1,
      skipped: {},
      failures: { MessageRejected: 1 },
    });
    advanceHours(h, 24);
    expect(await run(h, mailer)).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    expect(mailer.triedTo('client-r-1@client.example')).toBe(1);
    const rejected = (await invitations(h)).find((i) => i.interactionId === 'r-1');
    expect(rejected?.mail).toEqual({
      status: 'rejected',
      at: expect.any(String),
      reason: 'MessageRejected: Email address is on the account suppression list',
      attempts: 1,
    });
    expect(await queued(h)).toEqual([]);
  });

  it('stops retrying once the survey link has expired, keeping the last error', async () => {
    const h = await surveyHarness();
    await h.record([interaction('e-1', 'P1', h.clock.now(), 60)]);
    const mailer = new FlakyMailer(Number.POSITIVE_INFINITY);

    expect(await run(h, mailer)).toMatchObject({ retrying: 1, failed: 0 });
    for (let day = 0; day < 14; day++) {
      advanceHours(h, 23);
      await run(h, mailer);
    }
    const tries = mailer.attempts.length;
    expect(tries).toBeGreaterThan(3);
    advanceHours(h, 48);
    expect(await run(h, mailer)).toMatchObject({
      sent: 0,
      retrying: 0,
      failed: 1,
      failures: { 'link-expired': 1 },
    });
    advanceHours(h, 24);
    expect(await run(h, mailer)).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    expect(mailer.attempts).toHaveLength(tries);
    const [invitation] = await invitations(h);
    expect(invitation?.mail).toMatchObject({
      status: 'expired',
      reason: 'Maximum sending rate exceeded.',
      attempts: tries,
    });
    expect(await queued(h)).toEqual([]);
  });
});
