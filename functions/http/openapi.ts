import * as z from 'zod/mini';
import {
  advisorBatchSchema,
  advisorSchema,
  interactionBatchSchema,
  interactionSchema,
  teamBatchSchema,
  teamSchema,
} from '../../shared/roster/index.js';

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
