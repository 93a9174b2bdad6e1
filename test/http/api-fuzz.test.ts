import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { advisor, interaction, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';

let h: ApiHarness;
let admin: string;
let lille: string;
let realCursor: string;
let lyonWriter: string;
const now = new Date();

/** Every documented operation of /api/v1, as [method, path template], from the served document. */
let documented: (readonly [string, string])[] = [];

const huge = 'x'.repeat(5_000);
const badIds = [huge, 'é', '..', '%00', ' ', '-leading', 'a/b', 'a'.repeat(129)];
const badCursors = ['e30', 'e30.AAAAAAAAAAAAAAAAAAAAAA', 'not-a-cursor', '.', huge, ''];
const badQueries = [
  'cursor=e30',
  `cursor=${huge.slice(0, 3_000)}`,
  'limit=-1',
  'limit=1e9',
  'limit=abc',
  'from=2025-W53',
  'from=2026-W47&to=2026-W44',
  'from=2026-W01&to=2029-W01',
  'from=2026-03-02T10:00:00Z&to=2026-03-01T10:00:00Z',
  'from=tomorrow',
  `teamId=${huge}`,
  `advisorId=${huge}`,
  'advisorId=P1&from=2026-13-01T00:00:00Z',
];
const contentTypes = [
  undefined,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/json',
];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** A record arbitrary: the fixture's fields as they are, except the fuzzed ones. */
function rec(fixture: object, fuzzed: Record<string, fc.Arbitrary<unknown>>) {
  const fields = Object.fromEntries(Object.entries(fixture).map(([k, v]) => [k, fc.constant(v)]));
  return fc.record({ ...fields, ...fuzzed });
}

function fill(template: string, id: string): string {
  return template.replace(/\{[^}]+\}/g, encodeURIComponent(id));
}

beforeAll(async () => {
  h = await apiHarness(now);
  const doc: { paths: Record<string, object> } = await (await h.app.request('/api/v1/openapi.json')).json();
  documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => [method.toUpperCase(), path] as const),
  );
  admin = await h.newKey('admin');
  lille = await h.newKey('lille', { teams: ['lille-1'], scopes: ['roster:read', 'roster:write'] });
  await h.call('POST', '/api/v1/teams', admin, { teams: [lyonTeam, lilleTeam] });
  await h.call('POST', '/api/v1/advisors', admin, {
    advisors: [advisor('P1'), advisor('P2'), advisor('L1', 'lille-1')],
  });
  await h.call('POST', '/api/v1/interactions', admin, {
    interactions: [interaction('i-1', 'P1', now), interaction('i-2', 'P1', now, 40)],
  });
  realCursor = (await h.call('GET', '/api/v1/advisors?limit=1', admin)).body.next;
  lyonWriter = await h.newKey('lyon-writer', { teams: ['lyon-1'], scopes: ['interactions:write'] });
});

/** Sends a request and checks the two invariants: never a 5xx, and a refused request stores nothing. */
async function probe(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string } = {},
) {
  const before = await h.itemCount();
  const res = await h.app.request(path, {
    method,
    headers: init.headers ?? { authorization: `Bearer ${admin}` },
    body: method === 'GET' || method === 'HEAD' ? undefined : init.body,
  });
  const text = await res.text();
  expect(res.status, `${method} ${path.slice(0, 120)} → ${text.slice(0, 200)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await h.itemCount(), `${method} ${path.slice(0, 120)} stored something`).toBe(before);
  }
  return res.status;
}

describe('every /api/v1 route fails closed', () => {
  it('documents every route the app serves, and only those', () => {
    const served = h.app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL')
      .filter((r) => !['/api/v1/openapi.json', '/api/v1/docs', '/api/v1/docs/scalar.js'].includes(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual(documented.map(([m, p]) => `${m} ${p}`).sort());
  });

  it('answers bad ids, queries and cursors on every route with a 4xx', async () => {
    const tampered = `${realCursor.slice(0, -1)}${realCursor.endsWith('A') ? 'B' : 'A'}`;
    const otherRoute = realCursor;
    for (const [method, template] of documented) {
      for (const id of badIds) {
        const status = await probe(method, fill(template, id));
        if (template.includes('{')) expect(status).toBeGreaterThanOrEqual(400);
      }
      const path = fill(template, 'P1');
      for (const query of [...badQueries, ...badCursors.map((c) => `cursor=${encodeURIComponent(c)}`)]) {
        await probe(method, `${path}?${query}`, {
          headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
          body: '{}',
        });
      }
      for (const cursor of [tampered, otherRoute]) {
        if (template === '/api/v1/advisors') continue;
        const status = await probe(method, `${path}?cursor=${encodeURIComponent(cursor)}&advisorId=P1`);
        if (
          method === 'GET' &&
          !template.includes('{') &&
          !template.includes('analytics') &&
          !template.includes('settings')
        )
          expect(status).toBe(400);
      }
    }
    const forged = await h.call(
      'GET',
      `/api/v1/advisors?limit=1&cursor=${encodeURIComponent(tampered)}`,
      admin,
    );
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toEqual([{ path: 'cursor', message: 'not a cursor returned by this API' }]);
    const stolen = await h.call(
      'GET',
      `/api/v1/advisors?limit=1&cursor=${encodeURIComponent(realCursor)}`,
      lille,
    );
    expect(stolen.status).toBe(400);
  });

  it('answers wrong methods, content types and auth headers with a 4xx and stores nothing', async () => {
    const headerSets: Record<string, string>[] = [
      {},
      { authorization: '' },
      { authorization: 'Bearer' },
      { authorization: `Basic ${admin}` },
      { authorization: `Bearer ${admin} extra` },
      { authorization: `Bearer ${huge}` },
      { 'x-api-key': admin },
    ];
    for (const [, template] of documented) {
      const path = fill(template, 'P1');
      for (const method of methods) await probe(method, path);
      for (const headers of headerSets) expect(await probe('GET', path, { headers })).toBe(401);
      for (const type of contentTypes) {
        const headers: Record<string, string> = { authorization: `Bearer ${admin}` };
        if (type) headers['content-type'] = type;
        await probe('POST', path, {
          headers,
          body: JSON.stringify({ teams: [{ ...lyonTeam, teamId: 'new-1' }] }),
        });
      }
    }
  });

  it('never answers 5xx nor stores anything for random bodies on every write route', async () => {
    const writes = documented.filter(([m]) => m === 'POST' || m === 'PUT');
    const hugeString = fc.constant('y'.repeat(420_000));
    const value = fc.oneof(
      fc.string(),
      hugeString,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const item = fc.oneof(
      rec(advisor('Z1'), {
        email: fc.oneof(value, fc.constant(`${'a'.repeat(100_000)}@x.example`)),
      }),
      rec(interaction('z-1', 'P1', now), {
        endedAt: fc.oneof(value, fc.constant('2099-01-01T00:00:00Z')),
      }),
      rec(lyonTeam, { teamId: fc.oneof(value, fc.constant(huge)), name: value }),
      fc.dictionary(fc.string(), value),
    );
    const body = fc.oneof(
      fc.record({ teams: fc.array(item, { maxLength: 3 }) }),
      fc.record({ advisors: fc.array(item, { maxLength: 3 }) }),
      fc.record({ interactions: fc.array(item, { maxLength: 3 }) }),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), body, async ([method, path], payload) => {
        const before = await h.itemCount();
        const res = await h.app.request(path, {
          method,
          headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
          body: JSON.stringify(payload) ?? 'null',
        });
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(await h.itemCount()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('names every bad contact of a batch in one answer, whatever the mix, and stores none', async () => {
    const kinds = ['good', 'unknown-advisor', 'bad-channel', 'ends-ahead', 'out-of-scope'] as const;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 8 })
          .filter((k) => k.some((x) => x !== 'good')),
        async (mix) => {
          run++;
          const batch = mix.map((kind, i) => {
            const contact = interaction(`mix-${run}-${i}`, 'P1', now);
            if (kind === 'unknown-advisor') return { ...contact, advisorId: `NOBODY-${i}` };
            if (kind === 'bad-channel') return { ...contact, channel: 'fax' };
            if (kind === 'ends-ahead')
              return interaction(`mix-${run}-${i}`, 'P1', new Date(now.getTime() + 3_600_000));
            if (kind === 'out-of-scope') return { ...contact, advisorId: 'L1' };
            return contact;
          });
          const before = await h.itemCount();
          const res = await h.call('POST', '/api/v1/interactions', lyonWriter, { interactions: batch });
          expect(res.status).toBe(400);
          const named = new Set(
            (res.body.errors as { path: string }[]).map((e) =>
              Number(/^interactions\[(\d+)\]/.exec(e.path)?.[1]),
            ),
          );
          const bad = mix.flatMap((kind, i) => (kind === 'good' ? [] : [i]));
          expect([...named].sort((a, b) => a - b)).toEqual(bad);
          expect(await h.itemCount()).toBe(before);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a name holding any control character, naming the field, and stores nothing', async () => {
    const controls = [
      ...Array.from({ length: 0x20 }, (_, i) => i),
      0x7f,
      ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...controls),
        fc.constantFrom('name', 'site'),
        fc.integer({ min: 1, max: 7 }),
        async (code, field, at) => {
          const text = `Lyon Pro Particuliers`;
          const team = {
            ...lyonTeam,
            teamId: 'ctl-1',
            [field]: text.slice(0, at) + String.fromCharCode(code) + text.slice(at),
          };
          const before = await h.itemCount();
          const res = await h.call('POST', '/api/v1/teams', admin, { teams: [team] });
          expect(res.status).toBe(400);
          expect(res.body.errors).toEqual([expect.objectContaining({ path: `teams[0].${field}` })]);
          expect(await h.itemCount()).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
