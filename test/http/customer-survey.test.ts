import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/adapters/dynamo/keys.js';
import { jwtSurveyTokens } from '../../functions/adapters/survey-tokens.js';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { surveyMessages } from '../../shared/i18n/survey-messages.js';
import { interaction } from '../support/roster-fixtures.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;

async function scanType(type: string) {
  const out = await h.db.clients.doc.send(
    new ScanCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      FilterExpression: '#t = :t',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':t': type },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

async function customerCounters(teamId: string) {
  const out = await h.db.clients.doc.send(
    new QueryCommand({
      TableName: h.db.config.MAIN_TABLE_NAME,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': keys.customerAggregatesOfTeamPartition(teamId) },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

function post(path: string, form: Record<string, string>) {
  return h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

beforeAll(async () => {
  h = await surveyHarness();
  const now = h.clock.now();
  await h.record([
    interaction('c-1', 'P1', now, 60),
    interaction('c-2', 'P2', now, 120),
    { ...interaction('c-3', 'P7', now, 30), customerLocale: 'en', channel: 'chat' },
    interaction('c-4', 'P3', now, 45),
  ]);
  const summary = await dispatchCustomerSurveys(h.dispatchDeps);
  expect(summary).toEqual({ considered: 4, sent: 4, retrying: 0, failed: 0, skipped: {} });
});

describe('customer survey emails', () => {
  it('sends one email per contact in the contact locale, with the RFC 8058 headers', () => {
    const fr = h.mailer.to('client-c-1@client.example')[0];
    expect(fr?.subject).toContain('Marie');
    expect(fr?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(fr?.headers['List-Unsubscribe']).toMatch(/^<http:\/\/duopulse\.test\/u\/.+>$/);
    const en = h.mailer.to('client-c-3@client.example')[0];
    expect(en?.subject).toBe('How was your conversation with Tom?');
  });

  it('deletes the plain email once the survey is sent', async () => {
    expect(await scanType('PendingSurvey')).toEqual([]);
    const invitations = await scanType('CustomerInvitation');
    expect(invitations).toHaveLength(4);
    expect(JSON.stringify(invitations)).not.toContain('@client.example');
  });
});

describe('recording exactly once', () => {
  it('50 concurrent POSTs of one token store one response and raise each counter by exactly one', async () => {
    const mail = h.mailer.to('client-c-1@client.example')[0];
    if (!mail) throw new Error('no mail');
    const link = linkIn(mail, '/s/c/');
    const path = link.split('?')[0] ?? link;
    const before = await customerCounters('lyon-1');
    expect(before).toEqual([]);

    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        post(path, { satisfaction: '9', recommendation: '10', resolved: 'yes', effort: '2' }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);

    const responses = (await scanType('CustomerResponse')).filter((r) => r.interactionId === 'c-1');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      advisorId: 'P1',
      teamId: 'lyon-1',
      channel: 'phone',
      satisfaction: 9,
    });

    const counters = await customerCounters('lyon-1');
    expect(counters.map((c) => c.sk).sort()).toEqual([
      `PERIOD#${responses[0]?.period}#CHANNEL#all`,
      `PERIOD#${responses[0]?.period}#CHANNEL#phone`,
    ]);
    for (const c of counters) {
      expect(c).toMatchObject({
        responses: 1,
        satisfactionN: 1,
        satisfactionSum: 9,
        satisfactionSumSq: 81,
        recommendationN: 1,
        recommendationSum: 10,
        promoters: 1,
        resolvedN: 1,
        resolvedSum: 1,
        effortN: 1,
        effortSum: 2,
      });
    }
    const advisorQuarter = (await scanType('AdvisorQuarterAggregate')).filter((a) => a.advisorId === 'P1');
    expect(advisorQuarter).toHaveLength(1);
    expect(advisorQuarter[0]).toMatchObject({ quarter: '2026-Q4', satisfactionN: 1, satisfactionSum: 9 });

    const again = await h.app.request(link);
    expect(again.status).toBe(409);
    expect(await again.text()).toMatch(/déjà enregistrée/);
  });

  it('1,000 GET and HEAD requests on rating links store nothing', async () => {
    const mail = h.mailer.to('client-c-2@client.example')[0];
    if (!mail) throw new Error('no mail');
    const link = linkIn(mail, '/s/c/');
    const base = link.split('?')[0] ?? link;
    const before = await scanType('CustomerResponse');
    const requests = Array.from({ length: 1000 }, (_, i) =>
      h.app.request(`${base}?score=${i % 11}`, { method: i % 2 ? 'HEAD' : 'GET' }),
    );
    const statuses = new Set((await Promise.all(requests)).map((r) => r.status));
    expect(statuses).toEqual(new Set([200]));
    expect(await scanType('CustomerResponse')).toHaveLength(before.length);
    expect((await customerCounters('lyon-1')).every((c) => c.responses === 1)).toBe(true);
    const invitation = (await scanType('CustomerInvitation')).find((i) => i.interactionId === 'c-2');
    expect(invitation?.answered).toBeUndefined();

    const page = await (await h.app.request(`${base}?score=7`)).text();
    expect(page.match(/<input[^>]*name="satisfaction"[^>]*>/g)?.filter((t) => / checked/.test(t))).toEqual([
      expect.stringContaining('value="7"'),
    ]);
  });

  it('forged, altered, expired and cross-advisor tokens store nothing', async () => {
    const mail = h.mailer.to('client-c-4@client.example')[0];
    if (!mail) throw new Error('no mail');
    const path = (linkIn(mail, '/s/c/').split('?')[0] ?? '') as string;
    const token = path.replace('/s/c/', '');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());

    const forgedKey = jwtSurveyTokens('another-secret-another-secret-another-secret');
    const forged = await forgedKey.sign(
      { kind: 'customer', invitationId: claims.i, advisorId: claims.a },
      new Date(Date.now() + 86_400_000),
    );
    const alteredPayload = Buffer.from(JSON.stringify({ ...claims, a: 'P2' })).toString('base64url');
    const altered = `${header}.${alteredPayload}.${signature}`;
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const crossAdvisor = await h.deps.tokens.sign(
      { kind: 'customer', invitationId: claims.i, advisorId: 'P2' },
      new Date(h.clock.now().getTime() + 86_400_000),
    );
    const pulseKind = await h.deps.tokens.sign(
      { kind: 'unsubscribe', customerKey: 'x' },
      new Date(h.clock.now().getTime() + 86_400_000),
    );
    for (const bad of [forged, altered, flipped, crossAdvisor, pulseKind, 'not-a-token']) {
      const res = await post(`/s/c/${bad}`, { satisfaction: '0' });
      expect(res.status).toBe(401);
      expect(await res.text()).toMatch(/lien|link/i);
    }

    h.clock.advanceDays(15);
    try {
      const expired = await post(path, { satisfaction: '0' });
      expect(expired.status).toBe(410);
      expect((await h.app.request(path)).status).toBe(410);
    } finally {
      h.clock.advanceDays(-15);
    }
    const responses = (await scanType('CustomerResponse')).filter((r) => r.interactionId === 'c-4');
    expect(responses).toEqual([]);
    const ok = await post(path, { satisfaction: '6' });
    expect(ok.status).toBe(200);
  });

  it('re-shows the form with the bad fields named, storing nothing', async () => {
    const mail = h.mailer.to('client-c-3@client.example')[0];
    if (!mail) throw new Error('no mail');
    const path = linkIn(mail, '/s/c/').split('?')[0] ?? '';
    const res = await post(path, { recommendation: '11', effort: '9', comment: 'x' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/href="#[^"]*satisfaction/);
    expect((await scanType('CustomerResponse')).filter((r) => r.interactionId === 'c-3')).toEqual([]);
  });

  it('words a French customer’s mistakes from the French catalogue only, nothing of the validator’s English', async () => {
    const mail = h.mailer.to('client-c-2@client.example')[0];
    if (!mail) throw new Error('no mail');
    const path = linkIn(mail, '/s/c/').split('?')[0] ?? '';
    const res = await post(path, { recommendation: '11', effort: 'x' });
    expect(res.status).toBe(400);
    const html = await res.text();
    const fr = surveyMessages('fr').errors.customer;
    expect(html).toContain('<html lang="fr">');
    for (const message of [fr.satisfaction, fr.recommendation, fr.effort]) expect(html).toContain(message);
    expect(html).not.toMatch(/Invalid|expected|received|Choose|Entrée invalide/);
    expect((await scanType('CustomerResponse')).filter((r) => r.interactionId === 'c-2')).toEqual([]);
  });
});

describe('links carry what the response records', () => {
  it('a link signed with another advisor beside its context is refused by the transaction, storing nothing', async () => {
    const mail = h.mailer.to('client-c-2@client.example')[0];
    if (!mail) throw new Error('no mail');
    const token = (linkIn(mail, '/s/c/').split('?')[0] ?? '').replace('/s/c/', '');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    expect(claims.r).toMatchObject({ x: 'c-2', t: 'lyon-1', h: 'phone', l: 'fr' });
    const check = await h.deps.tokens.check(token, h.clock.now());
    if (check.status !== 'valid' || check.claims.kind !== 'customer') throw new Error('bad link');
    const crossAdvisor = await h.deps.tokens.sign(
      { ...check.claims, advisorId: 'P1' },
      new Date(h.clock.now().getTime() + 86_400_000),
    );
    const res = await post(`/s/c/${crossAdvisor}`, { satisfaction: '3' });
    expect(res.status).toBe(401);
    expect((await scanType('CustomerResponse')).filter((r) => r.interactionId === 'c-2')).toEqual([]);
    const invitation = (await scanType('CustomerInvitation')).find((i) => i.interactionId === 'c-2');
    expect(invitation?.answered).toBeUndefined();
  });

  it('a bad answer on a link already used gets the link’s problem, not the form', async () => {
    const mail = h.mailer.to('client-c-1@client.example')[0];
    if (!mail) throw new Error('no mail');
    const res = await post(linkIn(mail, '/s/c/').split('?')[0] ?? '', { satisfaction: '12' });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(/déjà enregistrée/);
  });

  it('a link sent before links carried it reads its invitation and still records exactly once', async () => {
    const mail = h.mailer.to('client-c-3@client.example')[0];
    if (!mail) throw new Error('no mail');
    const token = (linkIn(mail, '/s/c/').split('?')[0] ?? '').replace('/s/c/', '');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    const older = await h.deps.tokens.sign(
      { kind: 'customer', invitationId: claims.i, advisorId: claims.a },
      new Date(h.clock.now().getTime() + 86_400_000),
    );
    expect(JSON.parse(Buffer.from(older.split('.')[1] ?? '', 'base64url').toString()).r).toBeUndefined();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(`/s/c/${older}`, { satisfaction: '7', resolved: 'no' })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const responses = (await scanType('CustomerResponse')).filter((r) => r.interactionId === 'c-3');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ advisorId: 'P7', channel: 'chat', locale: 'en', satisfaction: 7 });
  });
});
