import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { ValidationError } from '../../functions/services/errors.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { advisor, interaction, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';

let h: ApiHarness;
let admin: string;
let lille: string;
let lyon: string;
const now = new Date();

/** A problem body without the id the caller sent, to compare answers for two ids. */
function shape(body: { detail?: string; errors?: { path: string; message: string }[] }, id: string) {
  return JSON.stringify(body).replaceAll(id, '<id>');
}

beforeAll(async () => {
  h = await apiHarness(now);
  admin = await h.newKey('admin');
  lille = await h.newKey('lille', { teams: ['lille-1'] });
  lyon = await h.newKey('lyon', { teams: ['lyon-1'] });
  expect((await h.call('POST', '/api/v1/teams', admin, { teams: [lyonTeam, lilleTeam] })).status).toBe(200);
  const advisors = { advisors: [advisor('P1'), advisor('P2'), advisor('L1', 'lille-1')] };
  expect((await h.call('POST', '/api/v1/advisors', admin, advisors)).status).toBe(200);
  expect(
    (
      await h.call('POST', '/api/v1/interactions', admin, {
        interactions: [interaction('lyon-contact', 'P1', now)],
      })
    ).status,
  ).toBe(201);
});

describe('an empty team list', () => {
  it('is refused by the service (the CLI passes `--teams ","` to it as an empty list)', async () => {
    await expect(createApiKey(h.deps.apiKeys, h.clock, { name: 'none', teams: [] })).rejects.toThrow(
      ValidationError,
    );
    const before = (await h.deps.apiKeys.listApiKeys()).length;
    await expect(createApiKey(h.deps.apiKeys, h.clock, { name: 'none', teams: [] })).rejects.toMatchObject({
      problems: [{ path: 'teams', message: expect.stringContaining('at least one team') }],
    });
    expect((await h.deps.apiKeys.listApiKeys()).length).toBe(before);
  });
});

describe('out-of-scope ids answer exactly like unknown ones', () => {
  it('GET a team, an advisor, an interaction, an advisor list or a team analysis', async () => {
    const pairs = [
      ['/api/v1/teams/lyon-1', '/api/v1/teams/nowhere-1', 'lyon-1', 'nowhere-1'],
      ['/api/v1/advisors/P1', '/api/v1/advisors/P404', 'P1', 'P404'],
      ['/api/v1/interactions/lyon-contact', '/api/v1/interactions/nothing-1', 'lyon-contact', 'nothing-1'],
      ['/api/v1/advisors?teamId=lyon-1', '/api/v1/advisors?teamId=nowhere-1', 'lyon-1', 'nowhere-1'],
      ['/api/v1/interactions?advisorId=P1', '/api/v1/interactions?advisorId=P404', 'P1', 'P404'],
    ] as const;
    for (const [outside, unknown, outsideId, unknownId] of pairs) {
      const a = await h.call('GET', outside, lille);
      const b = await h.call('GET', unknown, lille);
      expect([a.status, b.status]).toEqual([404, 404]);
      expect(a.type).toBe(b.type);
      expect(shape(a.body, outsideId)).toBe(shape(b.body, unknownId));
      expect(shape(a.body, outsideId)).not.toMatch(/lyon|P1|P2/i);
    }
  });

  it('writing an advisor into a team outside the key reads as an unknown team', async () => {
    const before = await h.itemCount();
    const outside = await h.call('POST', '/api/v1/advisors', lille, { advisors: [advisor('X1', 'lyon-1')] });
    const unknown = await h.call('POST', '/api/v1/advisors', lille, {
      advisors: [advisor('X1', 'nowhere-1')],
    });
    expect([outside.status, unknown.status]).toEqual([400, 400]);
    expect(shape(outside.body, 'lyon-1')).toBe(shape(unknown.body, 'nowhere-1'));
    expect(outside.body.errors).toEqual([{ path: 'advisors[0].teamId', message: 'unknown team "lyon-1"' }]);
    expect(await h.itemCount()).toBe(before);
  });

  it("moving another team's advisor is refused without naming its team, and moves nothing", async () => {
    const res = await h.call('POST', '/api/v1/advisors', lille, { advisors: [advisor('P1', 'lille-1')] });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([
      { path: 'advisors[0].payrollId', message: '"P1" is used by an advisor this key cannot see' },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/lyon/i);
    expect((await h.call('GET', '/api/v1/advisors/P1', admin)).body.teamId).toBe('lyon-1');
  });

  it("recording a contact of another team's advisor reads as an unknown advisor", async () => {
    const outside = await h.call('POST', '/api/v1/interactions', lille, {
      interactions: [interaction('s-1', 'P1', now)],
    });
    const unknown = await h.call('POST', '/api/v1/interactions', lille, {
      interactions: [interaction('s-1', 'P404', now)],
    });
    expect([outside.status, unknown.status]).toEqual([400, 400]);
    expect(shape(outside.body, 'P1')).toBe(shape(unknown.body, 'P404'));
  });

  it('a team-limited key cannot write a team outside its list', async () => {
    const res = await h.call('POST', '/api/v1/teams', lille, {
      teams: [{ ...lyonTeam, name: 'Taken over' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('teams[0].teamId');
    expect((await h.call('GET', '/api/v1/teams/lyon-1', admin)).body.name).toBe('Lyon Particuliers');
  });
});

describe('external interaction ids', () => {
  it('are namespaced per team: another team posting the same id first shadows nothing', async () => {
    const first = await h.call('POST', '/api/v1/interactions', lille, {
      interactions: [interaction('shared-1', 'L1', now)],
    });
    expect(first.status).toBe(201);
    const real = await h.call('POST', '/api/v1/interactions', lyon, {
      interactions: [interaction('shared-1', 'P2', now)],
    });
    expect(real.status).toBe(201);
    expect(real.body).toEqual({ received: 1, stored: ['shared-1'], duplicates: [] });
    expect((await h.call('GET', '/api/v1/interactions/shared-1', lyon)).body.advisorId).toBe('P2');
    expect((await h.call('GET', '/api/v1/interactions/shared-1', lille)).body.advisorId).toBe('L1');
    const ambiguous = await h.call('GET', '/api/v1/interactions/shared-1', admin);
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.errors[0].path).toBe('teamId');
    expect((await h.call('GET', '/api/v1/interactions/shared-1?teamId=lyon-1', admin)).body.advisorId).toBe(
      'P2',
    );
    const stored = (await h.items('Interaction')).filter((i) => i.externalId === 'shared-1');
    expect(stored.map((i) => i.teamId).sort()).toEqual(['lille-1', 'lyon-1']);
  });

  it('the same id with other content is a 409 naming it; the same content is a duplicate', async () => {
    const original = interaction('c-1', 'P1', now);
    expect((await h.call('POST', '/api/v1/interactions', lyon, { interactions: [original] })).status).toBe(
      201,
    );
    const again = await h.call('POST', '/api/v1/interactions', lyon, { interactions: [original] });
    expect(again.body).toEqual({ received: 1, stored: [], duplicates: ['c-1'] });
    const before = await h.itemCount();
    const changed = await h.call('POST', '/api/v1/interactions', lyon, {
      interactions: [interaction('c-2', 'P1', now), { ...original, handleTimeSeconds: 999 }],
    });
    expect(changed.status).toBe(409);
    expect(changed.type).toContain('application/problem+json');
    expect(changed.body.errors).toEqual([
      { path: 'interactions[1].externalId', message: '"c-1" is already stored with other content' },
    ]);
    expect(await h.itemCount()).toBe(before);
    expect((await h.call('GET', '/api/v1/interactions/c-1', lyon)).body.handleTimeSeconds).toBe(360);
  });
});

describe('contact times', () => {
  it('refuses a contact dated 2099, so its customer email is never kept that long', async () => {
    const future = {
      ...interaction('future-1', 'P1', now),
      startedAt: '2099-01-01T10:00:00Z',
      endedAt: '2099-01-01T10:05:00Z',
    };
    const res = await h.call('POST', '/api/v1/interactions', admin, { interactions: [future] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: 'interactions[0].endedAt', message: 'must not be more than 5 minutes in the future' },
    ]);
    expect((await h.items('PendingSurvey')).some((p) => p.externalId === 'future-1')).toBe(false);
  });

  it('keeps a contact ending 4 minutes ahead (clock skew) no longer than the survey window from now', async () => {
    const ahead = interaction('ahead-1', 'P1', now, -4);
    expect((await h.call('POST', '/api/v1/interactions', admin, { interactions: [ahead] })).status).toBe(201);
    const pending = (await h.items('PendingSurvey')).find((p) => p.externalId === 'ahead-1');
    expect(Number(pending?.expiresAt)).toBe(Math.floor(now.getTime() / 1000) + 7 * 86_400);
  });

  it('stores instants in UTC and compares a window written in Z with a contact sent with +02:00', async () => {
    const started = new Date(Math.floor(now.getTime() / 1000) * 1000 - 3 * 3_600_000);
    const local = (d: Date) => `${new Date(d.getTime() + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`;
    const contact = {
      ...interaction('offset-1', 'P2', now),
      startedAt: local(started),
      endedAt: local(new Date(started.getTime() + 300_000)),
    };
    expect((await h.call('POST', '/api/v1/interactions', admin, { interactions: [contact] })).status).toBe(
      201,
    );
    const stored = await h.call('GET', '/api/v1/interactions/offset-1', admin);
    expect(stored.body.startedAt).toBe(started.toISOString());
    const from = new Date(started.getTime() - 60_000).toISOString();
    const to = new Date(started.getTime() + 60_000).toISOString();
    const listed = await h.call('GET', `/api/v1/interactions?advisorId=P2&from=${from}&to=${to}`, admin);
    expect(listed.body.items.map((i: { externalId: string }) => i.externalId)).toEqual(['offset-1']);
    const reversed = await h.call('GET', `/api/v1/interactions?advisorId=P2&from=${to}&to=${from}`, admin);
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors[0].path).toBe('from');
  });
});

describe('HTTP plumbing', () => {
  it('refuses non-JSON bodies with 415 and stores nothing', async () => {
    const before = await h.itemCount();
    const body = JSON.stringify({ teams: [{ ...lyonTeam, teamId: 'plain-1' }] });
    for (const headers of <Record<string, string>[]>[
      { 'content-type': 'text/plain' },
      {},
      { 'content-type': 'application/x-www-form-urlencoded' },
    ]) {
      const res = await h.app.request('/api/v1/teams', {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, ...headers },
        body,
      });
      expect(res.status).toBe(415);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await h.itemCount()).toBe(before);
  });

  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const del = await h.call('DELETE', '/api/v1/teams', admin);
    expect(del.status).toBe(405);
    expect(del.allow).toBe('GET, HEAD, POST');
    const put = await h.call('PUT', '/api/v1/advisors/P1', undefined);
    expect(put.status).toBe(405);
    expect(put.allow).toBe('GET, HEAD');
    expect((await h.call('POST', '/api/v1/settings/survey', admin)).allow).toBe('GET, HEAD, PUT');
    expect((await h.call('GET', '/api/v1/nothing-here', admin)).status).toBe(404);
  });

  it('takes a key only from Authorization: Bearer, whatever the case of the scheme', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await h.app.request('/api/v1/teams', { headers: { authorization: `${scheme} ${admin}` } });
      expect(res.status).toBe(200);
    }
    expect((await h.app.request('/api/v1/teams', { headers: { 'x-api-key': admin } })).status).toBe(401);
    expect(
      (await h.app.request('/api/v1/teams', { headers: { authorization: `Basic ${admin}` } })).status,
    ).toBe(401);
  });

  it('accepts only ISO weeks that exist', async () => {
    const res = await h.call('GET', '/api/v1/analytics/centre?from=2025-W53&to=2026-W02', admin);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('from');
    expect((await h.call('GET', '/api/v1/analytics/centre?from=2026-W50&to=2026-W53', admin)).status).toBe(
      200,
    );
  });
});
