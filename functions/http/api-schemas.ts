import * as z from 'zod/mini';
import {
  advisorBatchSchema,
  advisorSchema,
  entityId,
  interactionBatchSchema,
  interactionSchema,
  isoDate,
  managementProfiles,
  teamBatchSchema,
  teamSchema,
} from '../../shared/roster/index.js';
import { surveySettingsSchema } from '../../shared/surveys/survey-settings.schema.js';
import { analyticsComponents } from './analytics.schemas.js';

/**
 * The integration API's bodies as zod schemas, the source of the OpenAPI components. Requests
 * are the very schemas that validate them (io input); responses are closed objects (io output,
 * `additionalProperties: false`) describing what the routes return, null where a field is null.
 */
type Meta = { id: string; description?: string };
export const apiRequestSchemas = z.registry<Meta>();
export const apiResponseSchemas = z.registry<Meta>();

function named<T extends z.ZodMiniType>(
  registry: typeof apiRequestSchemas,
  schema: T,
  id: string,
  description?: string,
): T {
  registry.add(schema, description ? { id, description } : { id });
  return schema;
}

named(apiRequestSchemas, teamBatchSchema, 'TeamBatch', 'Up to 500 teams, upserted by teamId.');
named(apiRequestSchemas, advisorBatchSchema, 'AdvisorBatch', 'Up to 500 advisors, upserted by payrollId.');
named(
  apiRequestSchemas,
  interactionBatchSchema,
  'InteractionBatch',
  'Up to 500 customer contacts; one bad item rejects the batch.',
);
const surveySettingsInput = z.object({ ...surveySettingsSchema.shape });
named(apiRequestSchemas, surveySettingsInput, 'SurveySettingsInput', 'The survey settings to store.');

export const teamResponseSchema = named(
  apiResponseSchemas,
  z.object({ ...teamSchema.shape, managementProfile: z.enum(managementProfiles) }),
  'Team',
  'A team as stored; a team sent or stored with the former `guardian` profile reads `always-on`.',
);

export const advisorResponseSchema = named(
  apiResponseSchemas,
  z.object({ ...advisorSchema._zod.def.shape }),
  'Advisor',
  'An advisor as sent (defaults applied).',
);

export const storedAdvisorSchema = named(
  apiResponseSchemas,
  z.object({
    ...advisorSchema._zod.def.shape,
    teamJoinedOn: isoDate,
  }),
  'StoredAdvisor',
  'An advisor as stored, with `teamJoinedOn`: the later of its start date and the day it was written into its current team; it counts toward k only for windows starting at least 28 days after.',
);

const { customerEmail: _email, ...reportedShape } = interactionSchema._zod.def.shape;
export const interactionResponseSchema = named(
  apiResponseSchemas,
  z.object({
    ...reportedShape,
    teamId: entityId,
    customerKey: z.string(),
    receivedAt: z.iso.datetime(),
  }),
  'Interaction',
  "A stored contact: instants in UTC, the advisor's team when it was recorded, and the keyed hash of the customer email (the address itself is not kept).",
);

export const surveySettingsResponseSchema = named(
  apiResponseSchemas,
  z.object({ ...surveySettingsSchema.shape }),
  'SurveySettings',
);

const fieldChangeSchema = z.object({ from: z.optional(z.unknown()), to: z.optional(z.unknown()) });
export const rosterChangeSchema = named(
  apiResponseSchemas,
  z.object({
    entity: z.enum(['team', 'advisor']),
    id: z.string(),
    teamId: z.string(),
    action: z.enum(['created', 'changed']),
    changes: z.record(z.string(), fieldChangeSchema),
    at: z.iso.datetime(),
    by: z.string(),
  }),
  'RosterChange',
  'One entry of the append-only roster history: each changed field `from` and `to` (absent: not set), when, and by whom (`key:<keyId>`, `csv-import`, `initial-load`).',
);

export const batchReceiptSchema = named(
  apiResponseSchemas,
  z.object({
    received: z.int(),
    stored: z.array(z.string()),
    duplicates: z.array(z.string()),
  }),
  'BatchReceipt',
  'External ids stored by this call, and those already stored before (not stored again).',
);

export const teamsUpsertedSchema = named(
  apiResponseSchemas,
  z.object({ upserted: z.int(), teams: z.array(teamResponseSchema) }),
  'TeamsUpserted',
);

export const advisorsUpsertedSchema = named(
  apiResponseSchemas,
  z.object({ upserted: z.int(), advisors: z.array(advisorResponseSchema) }),
  'AdvisorsUpserted',
);

export const importSummarySchema = named(
  apiResponseSchemas,
  z.object({
    read: z.int(),
    stored: z.int(),
    unchanged: z.int(),
    duplicates: z.int(),
    emptyRowsIgnored: z.int(),
    rejected: z.array(z.object({ line: z.int(), reasons: z.array(z.string()) })),
  }),
  'ImportSummary',
  'Rows read (rows with a non-empty cell), each stored (created or changed), `unchanged` (already stored exactly ' +
    'so, not written again), a duplicate (a contact already stored) or rejected with its line in the file and its ' +
    'reasons; `emptyRowsIgnored` counts apart the rows of empty cells (`;;;;`), which are not read.',
);

const page = <T extends z.ZodMiniType>(item: T, id: string) =>
  named(
    apiResponseSchemas,
    z.object({ items: z.array(item), next: z.optional(z.string()) }),
    id,
    'A page; `next`, absent on the last page, is the cursor of the following one.',
  );
export const teamPageSchema = page(teamResponseSchema, 'TeamPage');
export const advisorPageSchema = page(storedAdvisorSchema, 'AdvisorPage');
export const interactionPageSchema = page(interactionResponseSchema, 'InteractionPage');
export const rosterChangePageSchema = page(rosterChangeSchema, 'RosterChangePage');

export const problemSchema = named(
  apiResponseSchemas,
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.optional(
      z.array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.optional(z.string()),
          values: z.optional(z.record(z.string(), z.string())),
        }),
      ),
    ),
  }),
  'Problem',
  'RFC 9457 problem details; `errors` names each bad field (400) or conflicting one (409).',
);

type JsonSchema = Record<string, unknown>;

/**
 * Drops `default` from a request schema, saying it in the description instead: a declared
 * default makes client generators (openapi-typescript) type the field as required.
 */
function withoutDefaults(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDefaults);
  if (!schema || typeof schema !== 'object') return schema;
  const { default: fallback, ...rest } = schema as JsonSchema;
  const out: JsonSchema = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, withoutDefaults(v)]));
  if (fallback !== undefined) {
    const said = `Default: ${JSON.stringify(fallback)}.`;
    out.description = typeof out.description === 'string' ? `${out.description} ${said}` : said;
  }
  return out;
}

function componentsOf(
  registry: typeof apiRequestSchemas,
  io: 'input' | 'output',
): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
      return [id, withoutDefaults(rest) as JsonSchema];
    }),
  );
}

/** A parameter's schema from the zod schema that validates it, without its default. */
export function parameterSchema(schema: z.ZodMiniType): JsonSchema {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return withoutDefaults(rest) as JsonSchema;
}

/** Every schema component of the document: requests, responses and the analytics answers. */
export function apiComponentSchemas(): Record<string, JsonSchema> {
  return {
    ...componentsOf(apiRequestSchemas, 'input'),
    ...componentsOf(apiResponseSchemas, 'output'),
    ...withoutDefaultsAll(analyticsComponents()),
  };
}

function withoutDefaultsAll(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, withoutDefaults(s) as JsonSchema]));
}
