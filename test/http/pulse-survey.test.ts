import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { dispatchPulse, remindPulse } from '../../functions/services/pulse-dispatch.service.js';
import { pulseItemsFor } from '../../shared/surveys/pulse-bank.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;
const week1 = '2026-W47';
const week2 = '2026-W48';

async function pulseTableItems() {
  const out = await h.db.clients.doc.send(
    new ScanCommand({ TableName: h.db.config.PULSE_TABLE_NAME, ConsistentRead: true }),
  );
  return out.Items ?? [];
}

async function pulseCounters(teamId: string) {
  const out = await h.db.clients.doc.send(
    new QueryCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.pulseAggregatesOfTeamPartition(teamId) },
      ConsistentRead: true,
    }),
  );
  return new Map((out.Items ?? []).map((i) => [String(i.sk), i]));
}

/** Each advisor answers every item of the week with a value of its own. */
async function answerAll(period: string, skip: readonly string[] = []) {
  const items = pulseItemsFor(period);
  const mails = h.mailer.sent.filter((m) => m.tags.kind === 'pulse-invitation' && m.tags.period === period);
  let answered = 0;
  for (const [index, mail] of mails.entries()) {
    if (skip.includes(mail.to)) continue;
    const form = Object.fromEntries(
      items.map((item) => [item.id, String(Math.min(item.scale.max, item.scale.min + ((index + 1) % 5)))]),
    );
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': 'Mozilla/5.0 Test',
        'x-forwarded-for': '203.0.113.9',
      },
      body: new URLSearchParams(form).toString(),
    });
    expect(res.status).toBe(200);
    answered++;
  }
  return answered;
}

beforeAll(async () => {
  h = await surveyHarness(new Date('2026-11-18T08:00:00Z'));
  expect(isoWeekOf(h.clock.now())).toBe(week1);
});

describe('a full pulse round', () => {
  it('invites every active advisor once, even when the job runs twice', async () => {
    const first = await dispatchPulse(h.dispatchDeps, week1, 1);
    expect(first).toMatchObject({ teams: 2, invited: 7, alreadyInvited: 0 });
    const again = await dispatchPulse(h.dispatchDeps, week1, 1);
    expect(again).toMatchObject({ invited: 0, alreadyInvited: 7 });
    expect(h.mailer.sent.filter((m) => m.tags.kind === 'pulse-invitation')).toHaveLength(7);
    const english = h.mailer.to('p7@centre.example')[0];
    expect(english?.tags.locale).toBe('en');
  });

  it('stores answers with team, period, item answers and a random id only', async () => {
    expect(await answerAll(week1, ['p6@centre.example'])).toBe(6);
    const stored = await pulseTableItems();
    expect(stored).toHaveLength(6);
    const advisorIds = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
    for (const item of stored) {
      expect(Object.keys(item).sort()).toEqual(['answers', 'period', 'pk', 'sk', 'teamId', 'type']);
      expect(item.period).toBe(week1);
      const text = JSON.stringify(item);
      for (const id of advisorIds) expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
      expect(text).not.toContain('@');
      expect(text).not.toContain('203.0.113.9');
      expect(text).not.toContain('Mozilla');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}/);
      expect(String(item.sk)).toMatch(/^ANSWER#[0-9a-f-]{36}$/);
    }
    const invitations = (
      await h.db.clients.doc.send(
        new ScanCommand({
          TableName: h.db.config.MAIN_TABLE_NAME,
          FilterExpression: '#t = :t',
          ExpressionAttributeNames: { '#t': 'type' },
          ExpressionAttributeValues: { ':t': 'PulseInvitation' },
        }),
      )
    ).Items;
    const answerIds = new Set(stored.map((s) => String(s.sk).slice(7)));
    expect(JSON.stringify(invitations)).not.toMatch(new RegExp([...answerIds].join('|')));
  });

  it('counts respondents per window and work mode', async () => {
    const counters = await pulseCounters('lyon-1');
    const week = counters.get(`WINDOW#week#${week1}#MODE#all`);
    expect(week?.respondents).toBe(5);
    expect(week?.wellbeingN).toBe(5);
    expect(counters.get(`WINDOW#week#${week1}#MODE#on-site`)?.respondents).toBe(3);
    expect(counters.get(`WINDOW#week#${week1}#MODE#remote`)?.respondents).toBe(2);
    expect(counters.get(`WINDOW#quarter#2026-Q4#MODE#all`)?.respondents).toBe(5);
    expect(counters.get(`WINDOW#week#${week1}#MODE#all`)?.wellbeingSum).toBeGreaterThan(0);
  });

  it('sends one reminder to those who have not answered, and only once', async () => {
    const first = await remindPulse(h.dispatchDeps, week1);
    expect(first.reminded).toBe(1);
    const reminders = h.mailer.sent.filter((m) => m.tags.kind === 'pulse-reminder');
    expect(reminders.map((m) => m.to)).toEqual(['p6@centre.example']);
    expect((await remindPulse(h.dispatchDeps, week1)).reminded).toBe(0);
  });

  it('counts an advisor once per wider window across weeks', async () => {
    h.clock.advanceDays(7);
    await dispatchPulse(h.dispatchDeps, week2, 1);
    expect(await answerAll(week2)).toBe(7);
    const counters = await pulseCounters('lyon-1');
    expect(counters.get(`WINDOW#week#${week2}#MODE#all`)?.respondents).toBe(6);
    // W47 and W48 share the quarter: P1–P5 answered both weeks, P6 only the second.
    expect(counters.get(`WINDOW#quarter#2026-Q4#MODE#all`)?.respondents).toBe(6);
    expect(counters.get(`WINDOW#quarter#2026-Q4#MODE#all`)?.wellbeingN).toBe(11);
  });

  it('rejects an empty pulse and records nothing', async () => {
    await dispatchPulse(h.dispatchDeps, '2026-W49', 1);
    const mail = h.mailer.sent.find((m) => m.tags.period === '2026-W49');
    if (!mail) throw new Error('no invitation');
    const before = (await pulseTableItems()).length;
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(res.status).toBe(400);
    expect((await pulseTableItems()).length).toBe(before);
  });
});
