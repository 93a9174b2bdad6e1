import { beforeAll, describe, expect, it } from 'vitest';
import { importRows } from '../../functions/services/roster-import.service.js';
import { apiScopes } from '../../functions/services/scope.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { advisor, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';

let h: ApiHarness;
let admin: string;
let adminId: string;
const day1 = new Date('2026-04-01T09:00:00Z');

beforeAll(async () => {
  h = await apiHarness(day1);
  admin = await h.newKey('admin');
  adminId = admin.split('_')[1] ?? '';
});

describe('key scopes', () => {
  it('a key without roster scope cannot create or move advisors (403, nothing stored)', async () => {
    expect((await h.call('POST', '/api/v1/teams', admin, { teams: [lyonTeam, lilleTeam] })).status).toBe(200);
    expect((await h.call('POST', '/api/v1/advisors', admin, { advisors: [advisor('A1')] })).status).toBe(200);
    const noRoster = await h.newKey('no-roster', {
      scopes: apiScopes.filter((s) => s !== 'roster:write'),
    });
    const before = await h.itemCount();
    const create = await h.call('POST', '/api/v1/advisors', noRoster, { advisors: [advisor('A9')] });
    expect(create.status).toBe(403);
    expect(create.type).toContain('application/problem+json');
    expect(create.body.detail).toBe('This API key lacks the "roster:write" scope');
    const move = await h.call('POST', '/api/v1/advisors', noRoster, { advisors: [advisor('A1', 'lille-1')] });
    expect(move.status).toBe(403);
    expect((await h.call('POST', '/api/v1/teams', noRoster, { teams: [lyonTeam] })).status).toBe(403);
    expect(await h.itemCount()).toBe(before);
    expect((await h.call('GET', '/api/v1/advisors/A1', noRoster)).body.teamId).toBe('lyon-1');
  });

  it('checks every route against the key scopes', async () => {
    const analyticsOnly = await h.newKey('bi', { scopes: ['analytics:read'] });
    const forbidden = [
      ['GET', '/api/v1/teams'],
      ['GET', '/api/v1/advisors/A1'],
      ['GET', '/api/v1/interactions?advisorId=A1'],
      ['GET', '/api/v1/settings/survey'],
      ['PUT', '/api/v1/settings/survey'],
      ['POST', '/api/v1/interactions'],
      ['GET', '/api/v1/roster-history'],
    ] as const;
    for (const [method, path] of forbidden) {
      const res = await h.call(method, path, analyticsOnly, method === 'GET' ? undefined : {});
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await h.call('GET', '/api/v1/analytics/centre', analyticsOnly)).status).toBe(200);
    const rosterOnly = await h.newKey('hr', { scopes: ['roster:read'] });
    expect((await h.call('GET', '/api/v1/analytics/centre', rosterOnly)).status).toBe(403);
  });
});

describe('roster history', () => {
  it('lists every team and advisor change, by API key or CSV import, newest first; never rewritten', async () => {
    h.clock.current = new Date('2026-04-10T09:00:00Z');
    expect(
      (
        await h.call('POST', '/api/v1/advisors', admin, {
          advisors: [advisor('A1', 'lille-1'), advisor('A2')],
        })
      ).status,
    ).toBe(200);
    // The same advisor again, unchanged: no history entry.
    expect((await h.call('POST', '/api/v1/advisors', admin, { advisors: [advisor('A2')] })).status).toBe(200);
    h.clock.current = new Date('2026-04-20T09:00:00Z');
    const csv = await importRows(h.deps, 'teams', [
      { line: 2, cells: { teamId: 'nantes-1', name: 'Nantes', site: 'Nantes' } },
    ]);
    expect(csv.stored).toBe(1);

    const history = await h.call('GET', '/api/v1/roster-history?limit=500', admin);
    expect(history.status).toBe(200);
    const entries = history.body.items.map((e: Record<string, unknown>) => [
      e.at,
      e.by,
      e.action,
      e.entity,
      e.id,
    ]);
    const times = entries.map((e: unknown[]) => String(e[0]));
    expect(times).toEqual([...times].sort().reverse());
    expect([...entries].sort()).toEqual(
      [
        ['2026-04-20T09:00:00.000Z', 'csv-import', 'created', 'team', 'nantes-1'],
        ['2026-04-10T09:00:00.000Z', `key:${adminId}`, 'created', 'advisor', 'A2'],
        ['2026-04-10T09:00:00.000Z', `key:${adminId}`, 'changed', 'advisor', 'A1'],
        ['2026-04-01T09:00:00.000Z', `key:${adminId}`, 'created', 'advisor', 'A1'],
        ['2026-04-01T09:00:00.000Z', `key:${adminId}`, 'created', 'team', 'lille-1'],
        ['2026-04-01T09:00:00.000Z', `key:${adminId}`, 'created', 'team', 'lyon-1'],
      ].sort(),
    );
    const move = history.body.items.find(
      (e: { id: string; action: string }) => e.id === 'A1' && e.action === 'changed',
    );
    expect(move.changes).toEqual({
      teamId: { from: 'lyon-1', to: 'lille-1' },
      teamJoinedOn: { from: '2026-04-01', to: '2026-04-10' },
    });

    const page1 = await h.call('GET', '/api/v1/roster-history?limit=2', admin);
    const page2 = await h.call('GET', `/api/v1/roster-history?limit=5&cursor=${page1.body.next}`, admin);
    expect([...page1.body.items, ...page2.body.items]).toEqual(history.body.items);
    const teamKey = await h.newKey('lille', { teams: ['lille-1'] });
    expect((await h.call('GET', '/api/v1/roster-history', teamKey)).status).toBe(403);
  });

  it('gives each advisor the day it joined its team: the later of its start date and the write', async () => {
    const a1 = await h.call('GET', '/api/v1/advisors/A1', admin);
    expect(a1.body.teamJoinedOn).toBe('2026-04-10');
    const a2 = (await h.deps.roster.getAdvisors(['A2'])).get('A2');
    expect(a2?.teamJoinedOn).toBe('2026-04-10');
    h.clock.current = new Date('2026-05-01T09:00:00Z');
    await h.call('POST', '/api/v1/advisors', admin, {
      advisors: [{ ...advisor('A3'), startDate: '2026-06-01' }],
    });
    expect((await h.deps.roster.getAdvisors(['A3'])).get('A3')?.teamJoinedOn).toBe('2026-06-01');
    // An earlier start date written later never moves the join day back.
    await h.call('POST', '/api/v1/advisors', admin, {
      advisors: [{ ...advisor('A2'), startDate: '2020-01-01' }],
    });
    expect((await h.deps.roster.getAdvisors(['A2'])).get('A2')?.teamJoinedOn).toBe('2026-04-10');
  });
});
