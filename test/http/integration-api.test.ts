import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { advisor, interaction, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let key: string;
const now = new Date();

async function call(method: string, path: string, body?: unknown, apiKey = key) {
  const res = await app.request(path, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: text ? JSON.parse(text) : undefined,
  };
}

/** Every item of a type in the table (test inspection only; the app never scans). */
async function itemsOfType(type: string) {
  const out = await db.clients.doc.send(
    new ScanCommand({
      TableName: db.config.MAIN_TABLE_NAME,
      FilterExpression: '#t = :t',
      ExpressionAttributeNames: { '#t': 'type' },
      ExpressionAttributeValues: { ':t': type },
    }),
  );
  return out.Items ?? [];
}

beforeAll(async () => {
  db = await createTestDatabase();
  deps = dynamoDeps(db.config, db.clients);
  app = createApp(deps);
  key = (await createApiKey(deps.apiKeys, deps.clock, { name: 'crm' })).key;
  expect((await call('POST', '/api/v1/teams', { teams: [lyonTeam, lilleTeam] })).status).toBe(200);
  const advisors = { advisors: [advisor('P1'), advisor('P2'), advisor('P3', 'lille-1')] };
  expect((await call('POST', '/api/v1/advisors', advisors)).status).toBe(200);
});

describe('interaction batches', () => {
  it('rejects a batch with one bad item, names every bad field, and stores nothing', async () => {
    const good = interaction('rej-1', 'P1', now);
    const bad = {
      ...interaction('rej-2', 'P2', now),
      channel: 'fax',
      handleTimeSeconds: -4,
      customerEmail: 'nope',
    };
    const unknownAdvisorless = { ...interaction('rej-3', 'P1', now), customerLocale: 'de' };
    const res = await call('POST', '/api/v1/interactions', { interactions: [good, bad, unknownAdvisorless] });

    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'interactions[1].channel',
      'interactions[1].customerEmail',
      'interactions[1].handleTimeSeconds',
      'interactions[2].customerLocale',
    ]);
    const stored = await itemsOfType('Interaction');
    expect(stored.filter((i) => String(i.externalId).startsWith('rej-'))).toEqual([]);
    expect((await call('GET', '/api/v1/interactions/rej-1')).status).toBe(404);
  });

  it('rejects a batch naming an unknown advisor, storing nothing', async () => {
    const res = await call('POST', '/api/v1/interactions', {
      interactions: [interaction('unk-1', 'P1', now), interaction('unk-2', 'P404', now)],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'interactions[1].advisorId', message: 'unknown advisor "P404"' },
    ]);
    expect((await call('GET', '/api/v1/interactions/unk-1')).status).toBe(404);
  });

  it('stores the same batch once and reports the duplicates on the second post', async () => {
    const batch = { interactions: [interaction('dup-1', 'P1', now), interaction('dup-2', 'P2', now, 90)] };
    const first = await call('POST', '/api/v1/interactions', batch);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ received: 2, stored: ['dup-1', 'dup-2'], duplicates: [] });

    const second = await call('POST', '/api/v1/interactions', batch);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ received: 2, stored: [], duplicates: ['dup-1', 'dup-2'] });

    const stored = (await itemsOfType('Interaction')).filter((i) => String(i.externalId).startsWith('dup-'));
    expect(stored).toHaveLength(2);
    const ops = (await itemsOfType('OperationsAggregate')).filter((a) => a.channel === 'phone');
    expect(ops.reduce((n, a) => n + Number(a.contacts), 0)).toBe(2);
  });

  it('keeps only the keyed hash of the customer email on the interaction', async () => {
    const got = await call('GET', '/api/v1/interactions/dup-1');
    expect(got.status).toBe(200);
    expect(got.body.customerEmail).toBeUndefined();
    expect(got.body.customerKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await itemsOfType('Interaction'))).not.toContain('@client.example');
    const pending = await itemsOfType('PendingSurvey');
    const dup1 = pending.find((p) => p.externalId === 'dup-1');
    expect(dup1?.customerEmail).toBe('client-dup-1@client.example');
    expect(Number(dup1?.expiresAt)).toBeGreaterThan(now.getTime() / 1000);
  });

  it('handles a full batch of 500 with a mix of new and already stored contacts', async () => {
    const items = Array.from({ length: 500 }, (_, i) => interaction(`big-${i}`, i % 2 ? 'P1' : 'P2', now, i));
    const first = await call('POST', '/api/v1/interactions', { interactions: items.slice(0, 200) });
    expect(first.body.stored).toHaveLength(200);
    const second = await call('POST', '/api/v1/interactions', { interactions: items });
    expect(second.body.stored).toHaveLength(300);
    expect(second.body.duplicates).toHaveLength(200);
    const over = await call('POST', '/api/v1/interactions', {
      interactions: [...items, interaction('big-500', 'P1', now)],
    });
    expect(over.status).toBe(400);
    expect(over.body.errors[0].path).toBe('interactions');
  });
});

describe('API keys', () => {
  it('answers 401 without a key, with an unknown key, and with a revoked key', async () => {
    expect((await app.request('/api/v1/teams')).status).toBe(401);
    expect((await call('GET', '/api/v1/teams', undefined, `dp_00000000_${'x'.repeat(43)}`)).status).toBe(401);
    const created = await createApiKey(deps.apiKeys, deps.clock, { name: 'to-revoke' });
    expect((await call('GET', '/api/v1/teams', undefined, created.key)).status).toBe(200);
    expect(await deps.apiKeys.revokeApiKey(created.record.keyId, new Date().toISOString())).toBe(true);
    const after = await call('GET', '/api/v1/teams', undefined, created.key);
    expect(after.status).toBe(401);
    expect(after.body.detail).toMatch(/revoked/);
  });

  it('stores keys hashed, never in clear', async () => {
    const created = await createApiKey(deps.apiKeys, deps.clock, { name: 'hashed' });
    const keys = await itemsOfType('ApiKey');
    expect(JSON.stringify(keys)).not.toContain(created.key);
    expect(keys.some((k) => k.secretHash === created.record.secretHash)).toBe(true);
  });

  it('limits a team-scoped key to its teams on every route', async () => {
    const lille = (await createApiKey(deps.apiKeys, deps.clock, { name: 'lille', teams: ['lille-1'] })).key;
    expect((await call('GET', '/api/v1/teams/lyon-1', undefined, lille)).status).toBe(404);
    expect((await call('GET', '/api/v1/teams/lille-1', undefined, lille)).status).toBe(200);
    expect((await call('GET', '/api/v1/advisors/P1', undefined, lille)).status).toBe(404);
    expect((await call('GET', '/api/v1/interactions/dup-1', undefined, lille)).status).toBe(404);
    const write = await call(
      'POST',
      '/api/v1/interactions',
      { interactions: [interaction('scope-1', 'P1', now)] },
      lille,
    );
    expect(write.status).toBe(400);
    expect(write.body.errors).toEqual([
      { path: 'interactions[0].advisorId', message: 'unknown advisor "P1"' },
    ]);
    expect((await call('GET', '/api/v1/interactions/scope-1')).status).toBe(404);
    const teams = await call('GET', '/api/v1/teams', undefined, lille);
    expect(teams.body.items.map((t: { teamId: string }) => t.teamId)).toEqual(['lille-1']);
  });
});

describe('roster', () => {
  it('rejects advisors of unknown teams and names the field', async () => {
    const res = await call('POST', '/api/v1/advisors', { advisors: [advisor('P9', 'nowhere')] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'advisors[0].teamId', message: 'unknown team "nowhere"' }]);
    expect((await call('GET', '/api/v1/advisors/P9')).status).toBe(404);
  });

  it('upserts: a second post replaces the team', async () => {
    await call('POST', '/api/v1/teams', { teams: [{ ...lyonTeam, name: 'Lyon Particuliers 2' }] });
    expect((await call('GET', '/api/v1/teams/lyon-1')).body.name).toBe('Lyon Particuliers 2');
  });

  it('refuses a body that is not JSON (415), names one that does not parse, and invalid query parameters', async () => {
    const form = await app.request('/api/v1/teams', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: 'teamId=x',
    });
    expect(form.status).toBe(415);
    const res = await app.request('/api/v1/teams', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: 'teamId=x',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].path).toBe('(body)');
    const list = await call('GET', '/api/v1/advisors?limit=0');
    expect(list.body.errors[0].path).toBe('limit');
  });

  it('pages through advisors of a team', async () => {
    const first = await call('GET', '/api/v1/advisors?teamId=lyon-1&limit=1');
    expect(first.body.items).toHaveLength(1);
    const second = await call('GET', `/api/v1/advisors?teamId=lyon-1&limit=5&cursor=${first.body.next}`);
    expect(
      [...first.body.items, ...second.body.items].map((a: { payrollId: string }) => a.payrollId),
    ).toEqual(['P1', 'P2']);
  });
});

describe('OpenAPI', () => {
  it('documents every route from the validating schemas', async () => {
    const res = await app.request('/api/v1/openapi.json');
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/teams',
        '/api/v1/advisors',
        '/api/v1/interactions',
        '/api/v1/analytics/centre',
        '/api/v1/analytics/teams/{teamId}',
        '/api/v1/settings/survey',
        '/api/v1/interactions/{externalId}',
        '/api/v1/roster-history',
      ]),
    );
    expect(
      doc.components.schemas.InteractionBatch.properties.interactions.items.properties.channel.enum,
    ).toEqual(['phone', 'email', 'chat', 'social', 'in-person']);
    expect(doc.components.schemas.InteractionBatch.properties.interactions.maxItems).toBe(500);
    const page = await (await app.request('/api/v1/docs')).text();
    expect(page).toContain('/api/v1/openapi.json');
  });
});
