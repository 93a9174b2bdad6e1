import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { jobs } from '../../functions/services/jobs.js';
import type { Mailer } from '../../functions/services/ports/mailer.port.js';
import type { PulseInvitationWithMail } from '../../functions/services/ports/pulse-mail.port.js';
import {
  dispatchPulse,
  type PulseDispatchSummary,
  remindPulse,
} from '../../functions/services/pulse-dispatch.service.js';
import { FlakyMailer } from '../support/flaky-mailer.js';
import { type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

const week = '2026-W47';
/** Monday of week 48, 07:00 UTC: the weekly run asks about week 47; its links close on 30 November. */
const monday = new Date('2026-11-23T07:00:00Z');
const advisors = [1, 2, 3, 4, 5, 6, 7].map((n) => `p${n}@centre.example`);

async function flakyHarness(
  mailer: Mailer,
): Promise<SurveyHarness & { deps2: SurveyHarness['dispatchDeps'] }> {
  const h = await surveyHarness(monday);
  return { ...h, deps2: { ...h.dispatchDeps, mailer } };
}

async function invitations(h: SurveyHarness): Promise<PulseInvitationWithMail[]> {
  const out = await h.db.clients.doc.send(
    new ScanCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      FilterExpression: '#t = :t',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':t': 'PulseInvitation' },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []) as PulseInvitationWithMail[];
}

const minutes = (n: number) => n / 1440;
const retryRun = (deps: SurveyHarness['dispatchDeps']) =>
  jobs['pulse-retry'](deps) as Promise<PulseDispatchSummary>;

describe('pulse emails that fail', () => {
  it('a mailer that throttles twice then succeeds delivers each invitation exactly once, by the retry runs', async () => {
    const mailer = new FlakyMailer(2, undefined, 'pulse-invitation');
    const h = await flakyHarness(mailer);
    const first = await dispatchPulse(h.deps2, week, 1);
    expect(first).toMatchObject({ invited: 7, sent: 0, retrying: 7, failed: 0 });

    // Not due yet: the backoff holds them (5 minutes after the first failure).
    expect(await retryRun(h.deps2)).toMatchObject({ period: week, sent: 0, retrying: 7 });
    h.clock.advanceDays(minutes(5));
    expect(await retryRun(h.deps2)).toMatchObject({ sent: 0, retrying: 7, failed: 0 });
    h.clock.advanceDays(minutes(9));
    expect(await retryRun(h.deps2)).toMatchObject({ sent: 0, retrying: 7 });
    h.clock.advanceDays(minutes(1));
    expect(await retryRun(h.deps2)).toMatchObject({ sent: 7, retrying: 0, failed: 0 });

    // Later runs, and the weekly run again, send nothing more.
    h.clock.advanceDays(1);
    expect(await retryRun(h.deps2)).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    expect(await dispatchPulse(h.deps2, week, 1)).toMatchObject({ invited: 0, alreadyInvited: 7, sent: 0 });
    for (const to of advisors) {
      expect(mailer.deliveredTo(to)).toHaveLength(1);
      expect(mailer.triedTo(to)).toBe(3);
    }
    for (const invitation of await invitations(h)) {
      expect(invitation.invitationMail).toMatchObject({ status: 'sent', attempts: 3 });
      expect(invitation.invitationMail).not.toHaveProperty('claimId');
    }
  });

  it('never sends an invitation twice when two runs overlap', async () => {
    const mailer = new FlakyMailer(1, undefined, 'pulse-invitation');
    const h = await flakyHarness(mailer);
    await dispatchPulse(h.deps2, week, 1);
    h.clock.advanceDays(minutes(6));
    const [a, b] = await Promise.all([retryRun(h.deps2), retryRun(h.deps2)]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(7);
    for (const to of advisors) expect(mailer.deliveredTo(to)).toHaveLength(1);
  });

  it('records a permanent rejection with its reason and never retries it', async () => {
    const mailer = new FlakyMailer(0, new Set(['p3@centre.example']), 'pulse-invitation');
    const h = await flakyHarness(mailer);
    const first = await dispatchPulse(h.deps2, week, 1);
    expect(first).toMatchObject({ sent: 6, retrying: 0, failed: 1, failures: { MessageRejected: 1 } });
    for (let run = 0; run < 3; run++) {
      h.clock.advanceDays(minutes(60));
      expect(await retryRun(h.deps2)).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    }
    expect(mailer.triedTo('p3@centre.example')).toBe(1);
    const p3 = (await invitations(h)).find((i) => i.advisorEmail === 'p3@centre.example');
    expect(p3?.invitationMail).toMatchObject({
      status: 'rejected',
      reason: 'MessageRejected: Email address is on the account suppression list',
      attempts: 1,
    });
    // No reminder is tried for nothing either: a rejected address is rejected again, once.
    h.clock.advanceDays(2);
    const reminders = await remindPulse(h.deps2, week);
    expect(reminders).toMatchObject({ reminded: 7, sent: 6, failed: 1 });
    expect(mailer.triedTo('p3@centre.example', 'pulse-reminder')).toBe(1);
  });

  it('stops retrying once the link has expired, keeping the last error', async () => {
    const mailer = new FlakyMailer(1_000, undefined, 'pulse-invitation');
    const h = await flakyHarness(mailer);
    await dispatchPulse(h.deps2, week, 1);
    h.clock.advanceDays(7); // Monday of week 49: week 47's links closed at midnight.
    const expired = await retryRun(h.deps2);
    expect(expired).toMatchObject({ period: '2026-W48', sent: 0, retrying: 0, failed: 7 });
    expect(expired.failures).toEqual({ 'link-expired': 7 });
    const tries = mailer.attempts.length;
    h.clock.advanceDays(minutes(30));
    expect(await retryRun(h.deps2)).toMatchObject({ sent: 0, retrying: 0, failed: 0 });
    expect(mailer.attempts).toHaveLength(tries);
    for (const invitation of await invitations(h))
      expect(invitation.invitationMail).toMatchObject({
        status: 'expired',
        reason: 'Maximum sending rate exceeded.',
      });
  });

  it('retries a throttled reminder too, and sends it once', async () => {
    const mailer = new FlakyMailer(1, undefined, 'pulse-invitation');
    const h = await flakyHarness(mailer);
    await dispatchPulse(h.deps2, week, 1);
    h.clock.advanceDays(3);
    const reminded = await remindPulse(h.deps2, week);
    expect(reminded).toMatchObject({ reminded: 7, retrying: 7 });
    h.clock.advanceDays(minutes(6));
    expect(await retryRun(h.deps2)).toMatchObject({ sent: 7, retrying: 0 });
    expect(await remindPulse(h.deps2, week)).toMatchObject({ reminded: 0, sent: 0 });
    for (const to of advisors) expect(mailer.deliveredTo(to, 'pulse-reminder')).toHaveLength(1);
  });
});
