import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { advisor, interaction } from '../support/roster-fixtures.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;
let week: string;

async function workModeCounters(teamId: string) {
  const out = await h.db.clients.doc.send(
    new QueryCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.customerWorkModeAggregatesOfTeamPartition(teamId) },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

function surveyPath(email: string): string {
  const mail = h.mailer.to(email)[0];
  if (!mail) throw new Error(`no mail to ${email}`);
  return linkIn(mail, '/s/c/').split('?')[0] ?? '';
}

function answer(path: string, satisfaction: number, resolved: 'yes' | 'no') {
  return h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ satisfaction: String(satisfaction), resolved }).toString(),
  });
}

beforeAll(async () => {
  h = await surveyHarness();
  const now = h.clock.now();
  week = isoWeekOf(new Date(now.getTime() - 60 * 60_000));
  // P1, P3 on site; P2 remote (survey-harness roster).
  await h.record([
    interaction('w-1', 'P1', now, 60),
    interaction('w-2', 'P2', now, 50),
    interaction('w-3', 'P3', now, 40),
    interaction('w-4', 'P2', now, 30),
  ]);
  expect((await dispatchCustomerSurveys(h.dispatchDeps)).sent).toBe(4);
  // After the dispatch P2 moves on site: the responses still count under the mode at dispatch.
  await h.deps.roster.upsertAdvisors([
    { ...advisor('P2'), firstName: 'Hugo', locale: 'fr', workMode: 'on-site' },
  ]);
});

describe('customer aggregates by the advisor work mode', () => {
  it('moves the work-mode aggregate of the advisor, read back through the aggregate repository', async () => {
    expect(await workModeCounters('lyon-1')).toEqual([]);
    expect((await answer(surveyPath('client-w-1@client.example'), 9, 'yes')).status).toBe(200);
    expect((await answer(surveyPath('client-w-2@client.example'), 6, 'no')).status).toBe(200);
    expect((await answer(surveyPath('client-w-4@client.example'), 8, 'yes')).status).toBe(200);

    const byMode = await h.deps.aggregates.customerWorkModeAggregates('lyon-1', week, week);
    expect(byMode.map((a) => a.workMode).sort()).toEqual(['on-site', 'remote']);
    expect(byMode.find((a) => a.workMode === 'remote')).toMatchObject({
      teamId: 'lyon-1',
      period: week,
      satisfaction: { n: 2, sum: 14, sumSq: 100 },
      resolved: { n: 2, sum: 1 },
    });
    expect(byMode.find((a) => a.workMode === 'on-site')).toMatchObject({
      satisfaction: { n: 1, sum: 9, sumSq: 81 },
    });
  });

  it('moves it in the same transaction as the response: 20 concurrent POSTs of one token count once', async () => {
    const path = surveyPath('client-w-3@client.example');
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => answer(path, 4, 'no')))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const onSite = (await workModeCounters('lyon-1')).find((c) => c.workMode === 'on-site');
    expect(onSite).toMatchObject({
      type: 'CustomerWorkModeAggregate',
      responses: 2,
      satisfactionN: 2,
      satisfactionSum: 13,
      resolvedN: 2,
      resolvedSum: 1,
    });
    const teamWeek = await h.deps.aggregates.customerAggregates('lyon-1', week, week);
    expect(teamWeek.find((a) => a.channel === 'all')?.satisfaction).toEqual({ n: 4, sum: 27, sumSq: 197 });
  });

  it('a replayed token moves neither the response counters nor the work-mode counters', async () => {
    const before = await workModeCounters('lyon-1');
    expect((await answer(surveyPath('client-w-2@client.example'), 0, 'no')).status).toBe(409);
    expect(await workModeCounters('lyon-1')).toEqual(before);
  });
});
