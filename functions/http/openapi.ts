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
  '403': { description: 'The key is limited to other teams.', ...problemContent() },
};
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
const correlationSchema = {
  type: 'object',
  properties: {
    state: { enum: ['ok', 'insufficient-evidence', 'suppressed'] },
    n: { type: 'integer' },
    estimate: { type: ['number', 'null'] },
    ci95: { type: ['array', 'null'], items: { type: 'number' } },
    reason: { type: 'string' },
  },
  required: ['state', 'n'],
};
const pageParams = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
  { name: 'cursor', in: 'query', schema: { type: 'string' } },
];

/** The integration API's OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Duopulse integration API',
      version: '1.0.0',
      description:
        'Push the roster (teams, advisors) and customer contacts from the contact-centre or CRM system. ' +
        'Authenticate with `Authorization: Bearer <API key>`. Batches are all-or-nothing on validation ' +
        'and idempotent on external ids.',
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'Created with `npm run api-key -- create`.' },
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
        Correlation: correlationSchema,
        TeamAnalysis: {
          type: 'object',
          properties: {
            teamId: { type: 'string' },
            weeks: {
              type: 'array',
              items: {
                type: 'object',
                description: 'Customer indices, shown or suppressed wellbeing, handle time.',
              },
            },
            correlation: {
              type: 'object',
              description:
                'sameWeek, wellbeingLeadsCustomer, customerLeadsWellbeing: Pearson and Spearman each.',
            },
            symmetry: { type: 'object', description: 'Quadrant against the centre medians, with trends.' },
            alerts: { type: 'array', items: { type: 'object' } },
          },
        },
        CentreAnalysis: {
          type: 'object',
          properties: {
            k: { type: 'integer' },
            weeks: { type: 'array', items: { type: 'string' } },
            teams: { type: 'array', items: ref('TeamAnalysis') },
            pooled: { type: 'object', additionalProperties: ref('Correlation') },
            betweenTeams: ref('Correlation'),
            drivers: {
              type: 'array',
              items: {
                type: 'object',
                properties: { dimension: { type: 'string' }, correlation: ref('Correlation') },
              },
            },
            cuts: { type: 'object', description: 'By channel, management profile, site and work mode.' },
            alerts: { type: 'array', items: { type: 'object' } },
          },
        },
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
          summary: 'Upsert up to 500 teams',
          requestBody: { required: true, ...json(ref('TeamBatch')) },
          responses: { '200': { description: 'Upserted.', ...json({ type: 'object' }) }, ...problems },
        },
        get: {
          summary: 'List teams',
          parameters: pageParams,
          responses: { '200': { description: 'A page of teams.', ...json(page('Team')) }, ...problems },
        },
      },
      '/api/v1/teams/{teamId}': {
        get: {
          summary: 'Get a team',
          parameters: [{ name: 'teamId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The team.', ...json(ref('Team')) },
            '404': { description: 'No such team.' },
            ...problems,
          },
        },
      },
      '/api/v1/advisors': {
        post: {
          summary: 'Upsert up to 500 advisors (their teams must exist)',
          requestBody: { required: true, ...json(ref('AdvisorBatch')) },
          responses: { '200': { description: 'Upserted.', ...json({ type: 'object' }) }, ...problems },
        },
        get: {
          summary: 'List advisors, optionally of one team',
          parameters: [...pageParams, { name: 'teamId', in: 'query', schema: { type: 'string' } }],
          responses: { '200': { description: 'A page of advisors.', ...json(page('Advisor')) }, ...problems },
        },
      },
      '/api/v1/advisors/{payrollId}': {
        get: {
          summary: 'Get an advisor',
          parameters: [{ name: 'payrollId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The advisor.', ...json(ref('Advisor')) },
            '404': { description: 'No such advisor.' },
            ...problems,
          },
        },
      },
      '/api/v1/interactions': {
        post: {
          summary: 'Record up to 500 customer contacts',
          description:
            'Validated as a whole: one bad item rejects the batch and nothing is stored. An interaction already stored ' +
            'under its externalId is reported in `duplicates` and not stored again. The customer email is kept only ' +
            'while a survey may be sent for the contact, then only its keyed hash remains.',
          requestBody: { required: true, ...json(ref('InteractionBatch')) },
          responses: {
            '201': { description: 'At least one interaction stored.', ...json(ref('BatchReceipt')) },
            '200': { description: 'Every interaction was a duplicate.', ...json(ref('BatchReceipt')) },
            ...problems,
          },
        },
        get: {
          summary: "List an advisor's interactions",
          parameters: [
            ...pageParams,
            { name: 'advisorId', in: 'query', required: true, schema: { type: 'string' } },
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
          responses: { '200': { description: 'The settings.', ...json(ref('SurveySettings')) }, ...problems },
        },
        put: {
          summary: 'Set sampling per channel, the customer quiet period (7–365 days) and the pulse cadence',
          requestBody: { required: true, ...json(ref('SurveySettings')) },
          responses: { '200': { description: 'Stored.', ...json(ref('SurveySettings')) }, ...problems },
        },
      },
      '/api/v1/analytics/centre': {
        get: {
          summary: 'Symmetry analysis of every team the key may see',
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
          summary: "One team's analysis (quadrant read against the key's centre)",
          parameters: [
            { name: 'teamId', in: 'path', required: true, schema: { type: 'string' } },
            ...analyticsRange,
          ],
          responses: {
            '200': { description: 'The team analysis.', ...json(ref('TeamAnalysis')) },
            '404': { description: 'No such team.' },
            ...problems,
          },
        },
      },
      '/api/v1/interactions/{externalId}': {
        get: {
          summary: 'Get an interaction',
          parameters: [{ name: 'externalId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': { description: 'The interaction.', ...json(ref('Interaction')) },
            '404': { description: 'No such interaction.' },
            ...problems,
          },
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
