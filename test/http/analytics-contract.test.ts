import type { AnySchema, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import type { centreAnalysisSchema, oneTeamAnalysisSchema } from '../../functions/http/analytics.schemas.js';
import type { OneTeamAnalysis } from '../../functions/services/analytics.service.js';
import { createApiKey } from '../../functions/services/api-key.service.js';
import type { CentreAnalysis } from '../../shared/analytics/centre-analysis.js';
import { seedDemoTables } from '../support/demo-tables.js';
import { type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

/** The analysis types with readonly dropped, to compare with the schemas' output types. */
type Writable<T> = T extends readonly [infer A, infer B]
  ? [Writable<A>, Writable<B>]
  : T extends readonly (infer U)[]
    ? Writable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;

let h: SurveyHarness;
let fullKey: string;
let teamKey: string;
let teamIds: string[];
let weeks: readonly string[];
let validateCentre: ValidateFunction;
let validateTeam: ValidateFunction;
let byStateCentre: ValidateFunction;
let byStateTeam: ValidateFunction;
let served: ServedDocument;

async function get(path: string, key: string) {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status, path).toBe(200);
  return res.json();
}

/** The 200 response schema of one operation of the served document, compiled against its components. */
interface ServedDocument {
  readonly components: object;
  readonly paths: Record<
    string,
    { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }
  >;
}

/** The document with each discriminator's mapping left out (ajv reads a discriminator without one). */
function withoutMappings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMappings);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) =>
      k === 'mapping' ? [] : [[k, withoutMappings(v)] as [string, unknown]],
    ),
  );
}

/**
 * The 200 response validator of one operation: strict (every object closed), either trying each
 * `oneOf` variant (JSON Schema) or, `byState`, choosing the variant by its discriminator as
 * OpenAPI clients and validators do, and reporting only that variant's errors.
 */
function responseValidator(doc: ServedDocument, path: string, byState = false): ValidateFunction {
  const schema = doc.paths[path]?.get.responses['200']?.content['application/json']?.schema;
  if (!schema) throw new Error(`no 200 JSON response for ${path}`);
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: byState });
  ajv.addKeyword('components');
  if (!byState) ajv.addKeyword('discriminator');
  ajv.addSchema({
    $id: 'https://duopulse.test/openapi.json',
    components: withoutMappings(doc.components),
  } as AnySchema);
  return ajv.compile({ $ref: `https://duopulse.test/openapi.json${schema.$ref}` });
}

function expectValid(validate: ValidateFunction, body: unknown, what: string) {
  const valid = validate(body);
  expect(validate.errors ?? [], what).toEqual([]);
  expect(valid).toBe(true);
  const byState =
    validate === validateCentre ? byStateCentre : validate === validateTeam ? byStateTeam : undefined;
  if (byState) {
    const chosen = byState(body);
    expect(byState.errors ?? [], `${what}, variants chosen by state`).toEqual([]);
    expect(chosen).toBe(true);
  }
}

/** Every `state` and `reason` value anywhere in a response, with where it was seen. */
function statesAndReasons(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => statesAndReasons(v, `${path}/${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    (k === 'state' || k === 'reason') && typeof v === 'string'
      ? [`${k}=${v}`]
      : statesAndReasons(v, `${path}/${k}`),
  );
}

beforeAll(async () => {
  h = await surveyHarness(new Date('2026-11-30T09:00:00Z'));
  const seeded = await seedDemoTables(h.db, h.clock.now());
  weeks = seeded.centre.plan.weeks;
  teamIds = seeded.history.teams.map((t) => t.teamId);
  fullKey = (await createApiKey(h.deps.apiKeys, h.deps.clock, { name: 'bi', scopes: ['analytics:read'] }))
    .key;
  teamKey = (
    await createApiKey(h.deps.apiKeys, h.deps.clock, {
      name: 'one-team',
      teams: [teamIds[0] ?? ''],
      scopes: ['analytics:read'],
    })
  ).key;
  const doc = await (await h.app.request('/api/v1/openapi.json')).json();
  served = doc;
  validateCentre = responseValidator(doc, '/api/v1/analytics/centre');
  validateTeam = responseValidator(doc, '/api/v1/analytics/teams/{teamId}');
  byStateCentre = responseValidator(doc, '/api/v1/analytics/centre', true);
  byStateTeam = responseValidator(doc, '/api/v1/analytics/teams/{teamId}', true);
}, 240_000);

describe('the analytics responses against the served OpenAPI document', () => {
  it('fits the analysis types into the schemas the document is built from', () => {
    // Compile-time: a field or state the analysis returns that the schemas lack fails typecheck.
    const fits = <Schema>(value: Schema) => value;
    const centre = fits<z.output<typeof centreAnalysisSchema>>({} as Writable<CentreAnalysis>);
    const team = fits<z.output<typeof oneTeamAnalysisSchema>>({} as Writable<OneTeamAnalysis>);
    expect([centre, team]).toEqual([{}, {}]);
  });

  it('validates the whole-centre analysis of the demo, for every key and range', async () => {
    const full = await get(`/api/v1/analytics/centre?from=${weeks[0]}&to=${weeks.at(-1)}`, fullKey);
    expect(full.teams.map((t: { teamId: string }) => t.teamId)).toEqual(expect.arrayContaining(teamIds));
    expect(full.drivers.length).toBeGreaterThan(0);
    expect(
      full.cuts.workMode.some((c: { customer: { state: string } }) => c.customer.state === 'shown'),
    ).toBe(true);
    expectValid(validateCentre, full, 'full range, every team');
    const short = await get(`/api/v1/analytics/centre?from=${weeks.at(-4)}&to=${weeks.at(-1)}`, fullKey);
    expect(
      short.teams.every(
        (t: { correlation: { wellbeingLeadsCustomer: { pearson: { state: string } } } }) =>
          t.correlation.wellbeingLeadsCustomer.pearson.state === 'insufficient-evidence',
      ),
    ).toBe(true);
    expectValid(validateCentre, short, 'last 4 weeks');
    expectValid(
      validateCentre,
      await get(`/api/v1/analytics/centre?from=${weeks[0]}&to=${weeks.at(-1)}`, teamKey),
      'a key limited to one team',
    );
  }, 60_000);

  it('validates each team’s analysis', async () => {
    for (const teamId of teamIds) {
      const body = await get(
        `/api/v1/analytics/teams/${teamId}?from=${weeks[0]}&to=${weeks.at(-1)}`,
        fullKey,
      );
      expect(body.teamId).toBe(teamId);
      expectValid(validateTeam, body, teamId);
    }
    const limited = await get(`/api/v1/analytics/teams/${teamIds[0]}`, teamKey);
    expectValid(validateTeam, limited, 'a key limited to the team, default range');
  }, 60_000);

  it('tells every union apart by a state its discriminator maps, and declares every state and reason returned', async () => {
    const components = served.components as { schemas: Record<string, Record<string, unknown>> };
    const unions = Object.entries(components.schemas).filter(([, s]) => s.oneOf);
    expect(unions.map(([id]) => id)).toEqual(
      expect.arrayContaining(['Correlation', 'Symmetry', 'WorkModeCustomer', 'Trend', 'ShownWellbeing']),
    );
    for (const [id, schema] of unions) {
      const variants = (schema.oneOf as { $ref: string }[]).map((v) => v.$ref);
      const discriminator = schema.discriminator as { propertyName: string; mapping: Record<string, string> };
      expect(discriminator?.propertyName, id).toBe('state');
      expect([...new Set(Object.values(discriminator.mapping))].sort(), id).toEqual([...variants].sort());
    }
    const documented = JSON.stringify(served.components);
    const full = await get(`/api/v1/analytics/centre?from=${weeks[0]}&to=${weeks.at(-1)}`, fullKey);
    const short = await get(`/api/v1/analytics/centre?from=${weeks.at(-4)}&to=${weeks.at(-1)}`, fullKey);
    const returned = new Set([...statesAndReasons(full), ...statesAndReasons(short)]);
    expect([...returned]).toEqual(
      expect.arrayContaining(['state=placed', 'state=insufficient-evidence', 'reason=no-responses']),
    );
    for (const value of returned) expect(documented, value).toContain(`"${value.split('=')[1]}"`);
  }, 60_000);

  it('rejects a response with a field the document does not declare, or of the wrong type', async () => {
    const body = await get(
      `/api/v1/analytics/teams/${teamIds[0]}?from=${weeks[0]}&to=${weeks.at(-1)}`,
      fullKey,
    );
    expectValid(validateTeam, body, 'as served');
    expect(validateTeam({ ...body, undeclared: 1 })).toBe(false);
    expect(validateTeam.errors?.[0]).toMatchObject({ keyword: 'additionalProperties' });
    const pearson = body.correlation.sameWeek.pearson;
    const extraInCorrelation = structuredClone(body);
    extraInCorrelation.correlation.sameWeek.pearson = { ...pearson, rawScores: [] };
    expect(validateTeam(extraInCorrelation)).toBe(false);
    const wrongType = structuredClone(body);
    wrongType.weeks[0].customer.responses = String(wrongType.weeks[0].customer.responses);
    expect(validateTeam(wrongType)).toBe(false);
    expect(validateTeam.errors?.[0]).toMatchObject({
      keyword: 'type',
      instancePath: '/weeks/0/customer/responses',
    });
    const { reading: _reading, ...withoutReading } = pearson;
    const missing = structuredClone(body);
    missing.correlation.sameWeek.pearson = withoutReading;
    expect(validateTeam(missing)).toBe(false);
  });
});
