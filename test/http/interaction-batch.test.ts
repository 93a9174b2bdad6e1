import { beforeAll, describe, expect, it } from 'vitest';
import { entityTypes } from '../../functions/adapters/dynamo/keys.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { advisor, interaction, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';

const now = new Date('2026-06-10T10:00:00Z');
let h: ApiHarness;
let admin: string;

beforeAll(async () => {
  h = await apiHarness(now);
  admin = await h.newKey('admin');
  expect((await h.call('POST', '/api/v1/teams', admin, { teams: [lyonTeam, lilleTeam] })).status).toBe(200);
  const advisors = [advisor('A1'), { ...advisor('GONE'), startDate: '2018-01-08', endDate: '2020-06-30' }];
  expect((await h.call('POST', '/api/v1/advisors', admin, { advisors })).status).toBe(200);
});

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path).sort();

describe('a batch of contacts', () => {
  it('names every bad item in one answer, the unknown advisor and the leaver included, and stores none', async () => {
    const good = interaction('ok-1', 'A1', now);
    const batch = [
      good,
      { ...interaction('bad-shape', 'A1', now), channel: 'fax' },
      interaction('bad-future', 'A1', new Date(now.getTime() + 3_600_000)),
      interaction('bad-unknown', 'NOBODY', now),
      interaction('bad-leaver', 'GONE', now),
      { ...interaction('bad-unknown-and-shape', 'NOBODY-ELSE', now), handleTimeSeconds: -1 },
    ];
    const res = await h.call('POST', '/api/v1/interactions', admin, { interactions: batch });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual([
      'interactions[1].channel',
      'interactions[2].endedAt',
      'interactions[3].advisorId',
      'interactions[4].startedAt',
      'interactions[5].advisorId',
      'interactions[5].handleTimeSeconds',
    ]);
    const leaver = res.body.errors.find((e: { path: string }) => e.path === 'interactions[4].startedAt');
    expect(leaver.message).toContain('2020-06-30');
    expect(await h.items(entityTypes.interaction)).toEqual([]);
    const french = await h.call(
      'POST',
      '/api/v1/interactions',
      admin,
      { interactions: batch },
      {
        'accept-language': 'fr',
      },
    );
    expect(paths(french.body)).toEqual(paths(res.body));
    const channel = (body: { errors: { path: string; message: string }[] }) =>
      body.errors.find((e) => e.path === 'interactions[1].channel')?.message;
    expect(channel(french.body)).not.toBe(channel(res.body));
    expect(channel(french.body)).toMatch(/attendu|invalide/i);
  });

  it('accepts a contact of a leaver dated on or before their leaving day', async () => {
    const lastDay = new Date('2020-06-30T15:00:00Z');
    const res = await h.call('POST', '/api/v1/interactions', admin, {
      interactions: [
        { ...interaction('leaver-last-day', 'GONE', lastDay), customerEmail: 'c@client.example' },
      ],
    });
    expect(res.status).toBe(201);
  });

  it('names a repeated externalId by its place in the batch', async () => {
    const res = await h.call('POST', '/api/v1/interactions', admin, {
      interactions: [
        interaction('dup', 'NOBODY', now),
        interaction('dup', 'A1', now),
        interaction('dup', 'A1', now),
      ],
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual([
      'interactions[0].advisorId',
      'interactions[1].externalId',
      'interactions[2].externalId',
    ]);
  });

  it('stores an instant given with an offset in UTC, found by a window given in UTC', async () => {
    const contact = {
      ...interaction('paris-1', 'A1', now),
      startedAt: '2026-06-10T08:30:00+02:00',
      endedAt: '2026-06-10T08:36:00+02:00',
    };
    expect((await h.call('POST', '/api/v1/interactions', admin, { interactions: [contact] })).status).toBe(
      201,
    );
    const stored = await h.call('GET', '/api/v1/interactions/paris-1', admin);
    expect(stored.body).toMatchObject({
      startedAt: '2026-06-10T06:30:00.000Z',
      endedAt: '2026-06-10T06:36:00.000Z',
    });
    const window = (from: string, to: string, advisorId?: string) =>
      h.call(
        'GET',
        `/api/v1/interactions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${advisorId ? `&advisorId=${advisorId}` : ''}`,
        admin,
      );
    const ids = (res: { body: { items: { externalId: string }[] } }) =>
      res.body.items.map((i) => i.externalId);
    expect(ids(await window('2026-06-10T06:00:00Z', '2026-06-10T07:00:00Z'))).toEqual(['paris-1']);
    expect(ids(await window('2026-06-10T06:00:00Z', '2026-06-10T07:00:00Z', 'A1'))).toEqual(['paris-1']);
    expect(ids(await window('2026-06-10T06:31:00Z', '2026-06-10T07:00:00Z'))).toEqual([]);
    expect(ids(await window('2026-06-10T08:00:00+02:00', '2026-06-10T08:31:00+02:00'))).toEqual(['paris-1']);
  });
});

describe('names', () => {
  it('refuses a control character in a team or advisor name, naming the field, and stores nothing', async () => {
    const team = await h.call('POST', '/api/v1/teams', admin, {
      teams: [
        { ...lyonTeam, teamId: 'nl-1', name: 'Lyon\nPro' },
        { ...lilleTeam, site: 'Li\u0000lle' },
      ],
    });
    expect(team.status).toBe(400);
    expect(paths(team.body)).toEqual(['teams[0].name', 'teams[1].site']);
    expect((await h.call('GET', '/api/v1/teams/nl-1', admin)).status).toBe(404);
    const named = await h.call('POST', '/api/v1/advisors', admin, {
      advisors: [{ ...advisor('NL1'), firstName: 'Ma\u0085rie' }],
    });
    expect(named.status).toBe(400);
    expect(paths(named.body)).toEqual(['advisors[0].firstName']);
    expect((await h.call('GET', '/api/v1/advisors/NL1', admin)).status).toBe(404);
  });
});

describe('names in a CSV import', () => {
  it('rejects the row whose first name holds a line break, naming the field', async () => {
    const csv =
      'payrollId;email;firstName;teamId;locale;workMode;fte;startDate\n' +
      'CSV1;csv1@centre.example;"Ma\nrie";lyon-1;fr;remote;1;2025-01-06\n' +
      'CSV2;csv2@centre.example;Léa;lyon-1;fr;remote;1;2025-01-06\n';
    const res = await h.call('POST', '/api/v1/advisors/import', admin, csv, { 'content-type': 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.body.rejected).toHaveLength(1);
    expect(res.body.rejected[0].reasons).toEqual([
      'firstName: “Ma\ufffdrie” refused — control characters (line break, NUL…) are not allowed',
    ]);
    expect((await h.call('GET', '/api/v1/advisors/CSV1', admin)).status).toBe(404);
    expect((await h.call('GET', '/api/v1/advisors/CSV2', admin)).status).toBe(200);
  });
});
