import * as z from 'zod/mini';
import {
  advisorBatchSchema,
  advisorSchema,
  interactionBatchSchema,
  interactionSchema,
  teamBatchSchema,
  teamSchema,
} from '../../shared/roster/index.js';
import { surveySettingsSchema } from '../../shared/surveys/survey-settings.schema.js';
import { type ApiScope, apiScopes } from '../services/scope.js';
import { analyticsComponents } from './analytics.schemas.js';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function storedInteractionSchema(): JsonSchema {
  const base = schemaOf(interactionSchema, 'output');
  const { customerEmail: _email, ...properties } = base.properties ?? {};
  return {
    ...base,
    properties: {
      ...properties,
      teamId: { type: 'string', description: "The advisor's team when the contact was recorded." },
      customerKey: {
        type: 'string',
        description: 'Keyed hash of the customer email; the address itself is not kept.',
      },
      receivedAt: { type: 'string', format: 'date-time' },
    },
    required: [
      ...(base.required ?? []).filter((r) => r !== 'customerEmail'),
      'teamId',
      'customerKey',
      'receivedAt',
    ],
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const problems = {
  '400': {
    description: 'Invalid request; `errors` names each bad field. Nothing was stored.',
    ...problemContent(),
  },
  '401': { description: 'Missing, unknown or revoked API key.', ...problemContent() },
  '403': {
    description:
      'The key lacks the scope the operation needs (`x-required-scope`), or is limited to some teams on a centre-wide resource.',
    ...problemContent(),
  },
  '405': {
    description: 'Another method is allowed on this path; see the `Allow` header.',
    ...problemContent(),
  },
};
/** Answers of operations that take a JSON body. */
const bodyProblems = {
  '413': { description: 'The body is larger than 1 MiB.', ...problemContent() },
  '415': { description: 'The body is not sent as `application/json`.', ...problemContent() },
};
const notFound = {
  '404': {
    description: 'No such resource among the teams the key may see (out of scope and unknown answer alike).',
    ...problemContent(),
  },
};
/** The scope an operation needs, as the `x-required-scope` extension. */
const scope = (name: ApiScope) => ({ 'x-required-scope': name });
function problemContent() {
  return { content: { 'application/problem+json': { schema: ref('Problem') } } };
}
const page = (item: string) => ({
  type: 'object',
  properties: {
    items: { type: 'array', items: ref(item) },
    next: { type: 'string', description: 'Cursor of the next page.' },
  },
  required: ['items'],
});
const analyticsRange = [
  {
    name: 'from',
    in: 'query',
    schema: { type: 'string', examples: ['2026-W22'] },
    description: 'First ISO week (default: 26 weeks before `to`).',
  },
  {
    name: 'to',
    in: 'query',
    schema: { type: 'string', examples: ['2026-W47'] },
    description: 'Last ISO week (default: last week).',
  },
];
const pageParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
  {
    name: 'cursor',
    in: 'query',
    schema: { type: 'string', maxLength: 2048 },
    description:
      'The `next` of the previous page, for the same key, path and filters; anything else is a 400.',
  },
];
const idPath = (name: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string', maxLength: 128, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' },
});

/** The integration API's OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Duopulse integration API',
      version: '1.0.0',
      description:
        'Push the roster (teams, advisors) and customer contacts from the contact-centre or CRM system. ' +
        'Authenticate with `Authorization: Bearer <API key>` (the scheme is case-insensitive), the only way to pass a key. ' +
        `Each key carries scopes (${apiScopes.join(', ')}); each operation names the one it needs in \`x-required-scope\`. ` +
        'Batches are all-or-nothing on validation and idempotent on external ids, which are namespaced per team. ' +
        'Every string has a length limit (ids 128, emails 254, names 200), page cursors are signed, and ' +
        'JSON bodies must be sent as `application/json`.',
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Created with `npm run api-key -- create --name NAME --scopes SCOPES [--teams TEAMS]`.',
        },
      },
      schemas: {
        Team: schemaOf(teamSchema),
        TeamBatch: schemaOf(teamBatchSchema),
        Advisor: schemaOf(advisorSchema),
        AdvisorBatch: schemaOf(advisorBatchSchema),
        InteractionReport: schemaOf(interactionSchema),
        InteractionBatch: schemaOf(interactionBatchSchema),
        Interaction: storedInteractionSchema(),
        SurveySettings: schemaOf(surveySettingsSchema),
        RosterChange: {
          type: 'object',
          properties: {
            entity: { enum: ['team', 'advisor'] },
            id: { type: 'string' },
            teamId: { type: 'string' },
            action: { enum: ['created', 'changed'] },
            changes: {
              type: 'object',
              additionalProperties: { type: 'object', properties: { from: {}, to: {} } },
            },
            at: { type: 'string', format: 'date-time' },
            by: { type: 'string', examples: ['key:3f9a1c2e', 'csv-import'] },
          },
          required: ['entity', 'id', 'teamId', 'action', 'changes', 'at', 'by'],
        },
        ...analyticsComponents(),
        BatchReceipt: {
          type: 'object',
          properties: {
            received: { type: 'integer' },
            stored: {
              type: 'array',
              items: { type: 'string' },
              description: 'External ids stored by this call.',
            },
            duplicates: {
              type: 'array',
              items: { type: 'string' },
              description: 'External ids already stored before.',
            },
          },
          required: ['received', 'stored', 'duplicates'],
        },
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  path: { type: 'string', examples: ['interactions[3].channel'] },
                  message: { type: 'string' },
                },
                required: ['path', 'message'],
              },
            },
          },
          required: ['title', 'status'],
        },
      },
    },
    paths: {
      '/api/v1/teams': {
        post: {
          summary: 'Upsert up to 500 teams (each change is kept in the roster history)',
          ...scope('roster:write'),
          requestBody: { required: true, ...json(ref('TeamBatch')) },
          responses: {
            '200': { description: 'Upserted.', ...json({ type: 'object' }) },
            ...problems,
            ...bodyProblems,
          },
        },
        get: {
          summary: 'List teams',
          ...scope('roster:read'),
          parameters: pageParams,
          responses: { '200': { description: 'A page of teams.', ...json(page('Team')) }, ...problems },
        },
      },
      '/api/v1/teams/{teamId}': {
        get: {
          summary: 'Get a team',
          ...scope('roster:read'),
          parameters: [idPath('teamId')],
          responses: {
            '200': { description: 'The team.', ...json(ref('Team')) },
            ...notFound,
            ...problems,
          },
        },
      },
      '/api/v1/advisors': {
        post: {
          summary:
            'Upsert up to 500 advisors (their teams must exist; each change is kept in the roster history)',
          description:
            "A team outside the key's teams reads as unknown. Each stored advisor gets `teamJoinedOn`: the later of " +
            'its start date and the day it was written into its current team; it counts toward k only for windows ' +
            'starting at least 28 days after.',
          ...scope('roster:write'),
          requestBody: { required: true, ...json(ref('AdvisorBatch')) },
          responses: {
            '200': { description: 'Upserted.', ...json({ type: 'object' }) },
            ...problems,
            '409': {
              description: "A payroll id belongs to an advisor outside the key's teams; nothing was stored.",
              ...problemContent(),
            },
            ...bodyProblems,
          },
        },
        get: {
          summary: 'List advisors, optionally of one team',
          ...scope('roster:read'),
          parameters: [...pageParams, { ...idPath('teamId'), in: 'query', required: false }],
          responses: { '200': { description: 'A page of advisors.', ...json(page('Advisor')) }, ...problems },
        },
      },
      '/api/v1/advisors/{payrollId}': {
        get: {
          summary: 'Get an advisor',
          ...scope('roster:read'),
          parameters: [idPath('payrollId')],
          responses: {
            '200': { description: 'The advisor.', ...json(ref('Advisor')) },
            ...notFound,
            ...problems,
          },
        },
      },
      '/api/v1/interactions': {
        post: {
          summary: 'Record up to 500 customer contacts',
          description:
            'Validated as a whole: one bad item rejects the batch and nothing is stored. External ids are namespaced by ' +
            "the advisor's team: the same contact already stored under its externalId is reported in `duplicates` and " +
            'not stored again; the same externalId with other content is a 409. A contact may not end more than 5 ' +
            'minutes in the future; instants are stored in UTC. The customer email is kept only while a survey may ' +
            'be sent for the contact, then only its keyed hash remains.',
          ...scope('interactions:write'),
          requestBody: { required: true, ...json(ref('InteractionBatch')) },
          responses: {
            '201': { description: 'At least one interaction stored.', ...json(ref('BatchReceipt')) },
            '200': { description: 'Every interaction was a duplicate.', ...json(ref('BatchReceipt')) },
            ...problems,
            '409': {
              description:
                'An externalId is already stored for that team with other content; nothing was stored.',
              ...problemContent(),
            },
            ...bodyProblems,
          },
        },
        get: {
          summary:
            "List an advisor's interactions (from and to compared as instants, whatever their offsets)",
          ...scope('interactions:read'),
          parameters: [
            ...pageParams,
            { ...idPath('advisorId'), in: 'query' },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
          ],
          responses: {
            '200': { description: 'A page of interactions.', ...json(page('Interaction')) },
            ...problems,
          },
        },
      },
      '/api/v1/settings/survey': {
        get: {
          summary: 'Survey settings of the centre (keys limited to some teams get 403)',
          ...scope('settings:read'),
          responses: { '200': { description: 'The settings.', ...json(ref('SurveySettings')) }, ...problems },
        },
        put: {
          summary: 'Set sampling per channel, the customer quiet period (7–365 days) and the pulse cadence',
          ...scope('settings:write'),
          requestBody: { required: true, ...json(ref('SurveySettings')) },
          responses: {
            '200': { description: 'Stored.', ...json(ref('SurveySettings')) },
            ...problems,
            ...bodyProblems,
          },
        },
      },
      '/api/v1/analytics/centre': {
        get: {
          summary: 'Symmetry analysis of every team the key may see',
          ...scope('analytics:read'),
          description:
            'Computed from aggregates only. Pulse figures appear only with at least k (5) distinct respondents, ' +
            'read from a wider window (fortnight, month, quarter) when a week has too few, and complementary ' +
            'suppression hides any figure that could be subtracted from another to isolate fewer than k. ' +
            'Every correlation carries n, a 95% interval and a state (ok, insufficient-evidence, suppressed).',
          parameters: analyticsRange,
          responses: { '200': { description: 'The analysis.', ...json(ref('CentreAnalysis')) }, ...problems },
        },
      },
      '/api/v1/analytics/teams/{teamId}': {
        get: {
          summary: "One team's analysis (quadrant read against the whole centre's thresholds)",
          description:
            "Reads only this team's aggregates and published figures, plus the centre's two quadrant medians.",
          ...scope('analytics:read'),
          parameters: [idPath('teamId'), ...analyticsRange],
          responses: {
            '200': { description: 'The team analysis.', ...json(ref('OneTeamAnalysis')) },
            ...notFound,
            ...problems,
          },
        },
      },
      '/api/v1/interactions/{externalId}': {
        get: {
          summary: 'Get an interaction',
          ...scope('interactions:read'),
          parameters: [
            idPath('externalId'),
            {
              ...idPath('teamId'),
              in: 'query',
              required: false,
              description:
                "Which team, when several of the key's teams used the same external id (400 otherwise).",
            },
          ],
          responses: {
            '200': { description: 'The interaction.', ...json(ref('Interaction')) },
            ...notFound,
            ...problems,
          },
        },
      },
      '/api/v1/roster-history': {
        get: {
          summary: 'The append-only roster history, newest first (keys that reach every team)',
          description:
            'Every team and advisor creation or change, by the API or the CSV import: what changed (`changes`, ' +
            'each field `from` and `to`), when (`at`) and by whom (`by`: `key:<keyId>`, `csv-import`, `initial-load`). ' +
            'Entries are never updated or deleted.',
          ...scope('roster-history:read'),
          parameters: pageParams,
          responses: {
            '200': { description: 'A page of roster changes.', ...json(page('RosterChange')) },
            ...problems,
          },
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
