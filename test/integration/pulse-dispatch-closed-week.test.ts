import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  dispatchPulse,
  pulseInvitationId,
  remindPulse,
} from '../../functions/services/pulse-dispatch.service.js';
import { type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

// Wednesday 2026-11-25: week 47's links are valid until 30 November, week 45's expired on 16
// November; week 48 is published though its links would still be valid (as the old demo seeding did).
const now = new Date('2026-11-25T08:00:00Z');
const published = '2026-W48';
const expired = '2026-W45';
const open = '2026-W47';
let h: SurveyHarness;

const invitationsOf = (week: string) => h.dispatchDeps.dispatch.listPulseInvitationsWithMail(week);

beforeAll(async () => {
  h = await surveyHarness(now);
  expect(await h.deps.publication.publishWeek(published, [], randomUUID())).not.toBe('already-published');
});

describe('the pulse dispatch never invites for a closed week', () => {
  it('invites nobody and sends nothing for a published week', async () => {
    const summary = await dispatchPulse(h.dispatchDeps, published, 1);
    expect(summary).toMatchObject({ period: published, invited: 0, alreadyInvited: 0, sent: 0 });
    expect(summary.closed).toBe('published');
    expect(await invitationsOf(published)).toEqual([]);
    expect(h.mailer.sent.filter((m) => m.tags.period === published)).toEqual([]);
  });

  it('invites nobody for a week whose links have expired', async () => {
    const summary = await dispatchPulse(h.dispatchDeps, expired, 1);
    expect(summary).toMatchObject({ invited: 0, sent: 0, closed: 'links-expired' });
    expect(await invitationsOf(expired)).toEqual([]);
  });

  it('refuses, in the same write, an invitation to a week published during the run', async () => {
    const invitation = {
      invitationId: pulseInvitationId('P1', published),
      advisorId: 'P1',
      advisorEmail: 'p1@centre.example',
      teamId: 'lyon-1',
      workMode: 'on-site' as const,
      locale: 'fr' as const,
      period: published,
      countsTowardKFrom: '2026-01-01',
    };
    expect(await h.dispatchDeps.dispatch.createQueuedPulseInvitation(invitation, now)).toBe('published');
    expect(await invitationsOf(published)).toEqual([]);
  });

  it('invites every active advisor of an open week, once, and sends no reminder once it is published', async () => {
    const first = await dispatchPulse(h.dispatchDeps, open, 1);
    expect(first).toMatchObject({ invited: 7, sent: 7 });
    expect(first.closed).toBeUndefined();
    expect((await dispatchPulse(h.dispatchDeps, open, 1)).alreadyInvited).toBe(7);
    await h.deps.publication.publishWeek(open, [], randomUUID());
    const reminders = await remindPulse(h.dispatchDeps, open);
    expect(reminders).toMatchObject({ reminded: 0, sent: 0, closed: 'published' });
    expect((await invitationsOf(open)).filter((i) => i.reminded)).toEqual([]);
    expect(await dispatchPulse(h.dispatchDeps, open, 1)).toMatchObject({ invited: 0, closed: 'published' });
  });
});
