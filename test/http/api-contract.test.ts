import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import type { AnySchema } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { realDataNotice } from '../../functions/http/routes/api-reference.routes.js';
import { generateDemoCentre } from '../../scripts/demo/demo-centre.js';
import { type ApiHarness, apiHarness } from '../support/api-harness.js';
import { advisor, interaction, lilleTeam, lyonTeam } from '../support/roster-fixtures.js';

interface Media {
  readonly schema: object;
  readonly example?: unknown;
}
interface Operation {
  readonly operationId: string;
  readonly description?: string;
  readonly requestBody?: { content: Record<string, Media> };
  readonly responses: Record<
    string,
    { content?: Record<string, Media>; headers?: Record<string, { required?: boolean; schema: object }> }
  >;
}
interface Document {
  readonly components: { schemas: Record<string, object> };
  readonly paths: Record<string, Record<string, Operation>>;
}

const now = new Date('2026-03-10T10:00:00Z');
const outputDir = join('.data', 'test-output', 'api-contract');
let h: ApiHarness;
let doc: Document;
let admin: string;
let lille: string;
let readOnly: string;
const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false });
/** Statuses each operation was seen answering, checked against the document. */
const seen = new Map<string, Set<number>>();
/** One real 2xx answer per operation, for the generated types. */
const answers = new Map<string, { path: string; method: string; status: number; body: unknown }>();

function schemaValidator(schema: object) {
  return ajv.compile({ $ref: '#/$defs/x', $defs: { x: schema }, components: doc.components } as AnySchema);
}

/** The operation whose path template matches a concrete path. */
function operationOf(method: string, path: string): [string, Operation] {
  const bare = path.split('?')[0] ?? '';
  for (const [template, ops] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const op = ops[method.toLowerCase()];
    if (op && pattern.test(bare)) return [template, op];
  }
  throw new Error(`${method} ${bare} is not in the document`);
}

/** Sends a request and checks its answer against the document: status, media type and body. */
async function send(
  method: string,
  path: string,
  key: string | undefined,
  body?: unknown,
  type = 'application/json',
) {
  const [template, op] = operationOf(method, path);
  const res = await h.app.request(path, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'content-type': type }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const what = `${method} ${path.slice(0, 100)} → ${res.status}`;
  const declared = op.responses[String(res.status)];
  expect(declared, `${what}: status not in the document`).toBeDefined();
  const mediaType = (res.headers.get('content-type') ?? '').split(';')[0] ?? '';
  const media = declared?.content?.[mediaType];
  expect(media, `${what}: ${mediaType} not declared`).toBeDefined();
  const json = await res.json();
  const validate = schemaValidator(media?.schema ?? {});
  expect(validate(json) ? [] : validate.errors, what).toEqual([]);
  const statuses = seen.get(op.operationId) ?? new Set<number>();
  statuses.add(res.status);
  seen.set(op.operationId, statuses);
  if (res.status < 300 && !answers.has(op.operationId))
    answers.set(op.operationId, {
      path: template,
      method: method.toLowerCase(),
      status: res.status,
      body: json,
    });
  return { status: res.status, body: json };
}

beforeAll(async () => {
  h = await apiHarness(now);
  doc = await (await h.app.request('/api/v1/openapi.json')).json();
  admin = await h.newKey('admin');
  lille = await h.newKey('lille', {
    teams: ['lille-1'],
    scopes: ['roster:read', 'roster:write', 'interactions:read', 'settings:read'],
  });
  readOnly = await h.newKey('reader', { scopes: ['roster:read'] });
});

describe('the generated OpenAPI document', () => {
  it('lists every /api/v1 route the app serves, with an operationId and a description', () => {
    const reference = ['/api/v1/openapi.json', '/api/v1/docs', '/api/v1/docs/scalar.js'];
    const served = h.app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL' && !reference.includes(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect([...new Set(served)].sort()).toEqual(documented.sort());
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    for (const op of operations) expect(op.description?.length, op.operationId).toBeGreaterThan(20);
  });

  it('passes an OpenAPI 3.1 validator', async () => {
    const result = await validateOpenApi(structuredClone(doc) as never);
    expect(result).toMatchObject({ valid: true, specification: 'OpenAPI' });
  });

  it('gives every operation examples that fit their own schemas, and no request default', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const media = [
          ...Object.values(op.requestBody?.content ?? {}),
          ...Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {})),
        ];
        expect(op.requestBody === undefined || media.length > 0).toBe(true);
        for (const m of media) {
          expect(m.example, `${method} ${path}`).toBeDefined();
          const validate = schemaValidator(m.schema);
          expect(validate(m.example) ? [] : validate.errors, `${method} ${path} example`).toEqual([]);
        }
      }
    }
    expect(JSON.stringify(doc)).not.toMatch(/"default":/);
  });

  it('declares on every operation the 429 of a key past its rate, with its Retry-After header', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const throttled = op.responses['429'];
        expect(throttled?.content?.['application/problem+json'], `${method} ${path}`).toBeDefined();
        expect(throttled?.headers?.['Retry-After'], `${method} ${path}`).toMatchObject({
          required: true,
          schema: { type: 'integer', minimum: 1 },
        });
      }
    }
  });

  it('uses example ids that exist in no demo, and its page says test requests change real data', async () => {
    const demo = generateDemoCentre({ endWeekMonday: '2026-11-16' });
    const demoIds = new Set([
      ...demo.teams.map((t) => t.teamId),
      ...demo.advisors.map((a) => a.payrollId),
      ...demo.interactions.map((i) => i.externalId),
    ]);
    expect(demoIds.has('LYO-PRO')).toBe(true);
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value, ...value.split(/[^A-Za-z0-9._:-]+/));
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(doc);
    expect(strings.filter((s) => demoIds.has(s))).toEqual([]);
    const idNames = ['teamId', 'payrollId', 'advisorId', 'externalId'];
    const exampleIds = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).flatMap((op) =>
        ((op as { parameters?: { name: string; example?: unknown }[] }).parameters ?? [])
          .filter((p) => idNames.includes(p.name))
          .map((p) => String(p.example)),
      ),
    );
    expect(exampleIds.length).toBeGreaterThan(5);
    for (const id of exampleIds) expect(id).toMatch(/^EXEMPLE-/);
    const page = await (await h.app.request('/api/v1/docs')).text();
    expect(page).toContain(realDataNotice.en);
    expect(page).toContain(realDataNotice.fr);
    expect(page).toContain('/api/v1/openapi.json');
  });
});

describe('every operation answers as the document says', () => {
  it('roster, interactions, settings, history and analytics: valid and invalid requests', async () => {
    expect((await send('POST', '/api/v1/teams', admin, { teams: [lyonTeam, lilleTeam] })).status).toBe(200);
    await send('POST', '/api/v1/teams', admin, { teams: [{ teamId: 'x' }] });
    await send('POST', '/api/v1/teams', admin, 'teamId=x', 'text/plain');
    await send('POST', '/api/v1/teams', undefined, { teams: [lyonTeam] });
    await send('POST', '/api/v1/teams', readOnly, { teams: [lyonTeam] });
    await send('GET', '/api/v1/teams?limit=1', admin);
    await send('GET', '/api/v1/teams?limit=0', admin);
    await send('GET', '/api/v1/teams/lyon-1', admin);
    await send('GET', '/api/v1/teams/lyon-1', lille);

    const advisors = [
      advisor('P1'),
      { ...advisor('P2'), firstName: 'Léa', endDate: null },
      advisor('L1', 'lille-1'),
    ];
    expect((await send('POST', '/api/v1/advisors', admin, { advisors })).status).toBe(200);
    await send('POST', '/api/v1/advisors', lille, { advisors: [advisor('P1', 'lille-1')] });
    await send('POST', '/api/v1/advisors', admin, { advisors: [{ ...advisor('P3'), fte: 2 }] });
    const csv =
      'payrollId;email;firstName;teamId;locale;workMode;fte;startDate\n' +
      'C1;c1@centre.example;Chloé;lyon-1;fr;remote;0,5;2025-01-06\n' +
      'C2;not-an-email;;lyon-1;fr;remote;1;2025-01-06\n';
    const imported = await send('POST', '/api/v1/advisors/import', admin, csv, 'text/csv');
    expect(imported.body).toMatchObject({ read: 2, stored: 1, rejected: [{ line: 3 }] });
    await send('POST', '/api/v1/advisors/import', admin, csv, 'application/json');
    await send('POST', '/api/v1/advisors/import', admin, 'payrollId\n', 'text/csv');
    const again = await send(
      'POST',
      '/api/v1/advisors/import',
      admin,
      `sep=;\n${csv};;;;;;;\n`,
      'text/csv; charset=utf-8',
    );
    expect(again.body).toMatchObject({ read: 2, stored: 0, unchanged: 1, emptyRowsIgnored: 1 });
    await send('POST', '/api/v1/advisors/import', admin, csv, 'text/csv; charset=klingon-8');
    await send('POST', '/api/v1/advisors/import', lille, csv, 'text/csv');
    await send('GET', '/api/v1/advisors?teamId=lyon-1', admin);
    await send('GET', '/api/v1/advisors?teamId=a%2Fb', admin);
    const unknownTeam = await send('GET', '/api/v1/advisors?teamId=nowhere', admin);
    const otherTeam = await send('GET', '/api/v1/advisors?teamId=nowhere', lille);
    const outOfScope = await send('GET', '/api/v1/advisors?teamId=lyon-1', lille);
    expect(unknownTeam.status).toBe(404);
    expect(outOfScope).toEqual(otherTeam);
    expect(outOfScope).toEqual(unknownTeam);
    await send('GET', '/api/v1/advisors/P2', admin);
    await send('GET', '/api/v1/advisors/P2', lille);

    const contacts = [
      interaction('i-1', 'P1', now, 200),
      interaction('i-2', 'P2', now, 100),
      interaction('i-3', 'L1', now, 50),
    ];
    expect((await send('POST', '/api/v1/interactions', admin, { interactions: contacts })).status).toBe(201);
    expect((await send('POST', '/api/v1/interactions', admin, { interactions: contacts })).status).toBe(200);
    await send('POST', '/api/v1/interactions', admin, {
      interactions: [{ ...contacts[0], handleTimeSeconds: 1 }],
    });
    await send('POST', '/api/v1/interactions', admin, { interactions: [] });
    await send('GET', '/api/v1/interactions?advisorId=P1', admin);
    await send('GET', '/api/v1/interactions?advisorId=P1', lille);
    await send('GET', '/api/v1/interactions', admin);
    await send('GET', '/api/v1/interactions/i-1', admin);
    await send('GET', '/api/v1/interactions/i-1', lille);

    await send('GET', '/api/v1/settings/survey', admin);
    await send('GET', '/api/v1/settings/survey', lille);
    const settings = {
      samplingRate: { phone: 1, email: 0.5, chat: 1, social: 0, 'in-person': 1 },
      quietPeriodDays: 30,
      pulseCadenceWeeks: 1,
    };
    await send('PUT', '/api/v1/settings/survey', admin, settings);
    await send('PUT', '/api/v1/settings/survey', admin, { ...settings, quietPeriodDays: 3 });

    await send('GET', '/api/v1/roster-history?limit=2', admin);
    await send('GET', '/api/v1/roster-history', lille);
    await send('GET', '/api/v1/analytics/centre?from=2026-W05&to=2026-W10', admin);
    await send('GET', '/api/v1/analytics/centre?from=2026-W99', admin);
    await send('GET', '/api/v1/analytics/teams/lyon-1?from=2026-W05&to=2026-W10', admin);
    await send('GET', '/api/v1/analytics/teams/lille-1', readOnly);
    await send('GET', '/api/v1/analytics/teams/nowhere', admin);

    const operations = Object.values(doc.paths).flatMap((ops) =>
      Object.values(ops).map((o) => o.operationId),
    );
    for (const id of operations) {
      const statuses = [...(seen.get(id) ?? [])];
      expect(
        statuses.some((s) => s < 300),
        `${id} answered 2xx`,
      ).toBe(true);
      expect(
        statuses.some((s) => s >= 400),
        `${id} answered 4xx`,
      ).toBe(true);
    }
  });

  it('answers 429 with Retry-After past a key’s rate, as the document says, and then lets it through again', async () => {
    let nowMs = 0;
    const limited = createApp({ ...h.deps, apiRateLimit: { perSecond: 2, burst: 3, nowMs: () => nowMs } });
    const [, op] = operationOf('GET', '/api/v1/teams');
    const get = (key = admin) =>
      limited.request('/api/v1/teams', { headers: { authorization: `Bearer ${key}` } });
    for (let i = 0; i < 3; i++) expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const validate = schemaValidator(
      op.responses['429']?.content?.['application/problem+json']?.schema ?? {},
    );
    const body = await refused.json();
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    expect(body).toMatchObject({ status: 429 });
    expect((await get(readOnly)).status).toBe(200);
    nowMs += 500;
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(429);
  });

  it('lists the contacts of the key’s teams by date, page by page', async () => {
    const range = `from=${encodeURIComponent('2026-03-10T00:00:00Z')}&to=${encodeURIComponent('2026-03-10T23:59:59Z')}`;
    const ids: string[] = [];
    let next: string | undefined;
    do {
      const cursor: string = next ? `&cursor=${encodeURIComponent(next)}` : '';
      const page = await send('GET', `/api/v1/interactions?${range}&limit=1${cursor}`, admin);
      const body = page.body as { items: { externalId: string }[]; next?: string };
      ids.push(...body.items.map((i) => i.externalId));
      next = body.next;
    } while (next);
    expect(ids).toEqual(['i-1', 'i-2', 'i-3']);
    const lilleOnly = await send('GET', `/api/v1/interactions?${range}`, lille);
    expect((lilleOnly.body as { items: { externalId: string }[] }).items.map((i) => i.externalId)).toEqual([
      'i-3',
    ]);
    const tooLong = await send(
      'GET',
      '/api/v1/interactions?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z',
      admin,
    );
    expect(tooLong.status).toBe(400);
  });

  it('types generated by openapi-typescript from the served document compile against real answers', async () => {
    await mkdir(outputDir, { recursive: true });
    await writeFile(join(outputDir, 'api.d.ts'), astToString(await openapiTS(structuredClone(doc) as never)));
    const lines = [...answers.entries()].map(
      ([id, a]) =>
        `export const ${id}: paths['${a.path}']['${a.method}']['responses'][${a.status}]['content']['application/json'] = ${JSON.stringify(a.body)};`,
    );
    expect(answers.size).toBe(Object.values(doc.paths).flatMap((ops) => Object.keys(ops)).length);
    await writeFile(
      join(outputDir, 'answers.ts'),
      `import type { paths } from './api.js';\n\n${lines.join('\n')}\n`,
    );
    const tsc = join('node_modules', '.bin', 'tsc');
    const args = ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--target', 'es2022'];
    await promisify(execFile)(tsc, [...args, '--module', 'nodenext', join(outputDir, 'answers.ts')]).catch(
      (error: { stdout: string }) => {
        throw new Error(`generated types refuse a real answer:\n${error.stdout}`);
      },
    );
  }, 120_000);
});
