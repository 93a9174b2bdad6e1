import type { Hono } from 'hono';
import { describeRoute, generateSpecs } from 'hono-openapi';
import type * as z from 'zod/mini';
import { refusalMessages } from '../../shared/i18n/refusal-messages.js';
import { type ApiScope, apiScopes } from '../services/scope.js';
import { apiComponentSchemas, parameterSchema } from './api-schemas.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** A query or path parameter described by the zod schema that validates it. */
export interface ApiParameter {
  readonly name: string;
  readonly in: 'query' | 'path';
  readonly schema: z.ZodMiniType;
  readonly description: string;
  readonly required?: boolean;
  readonly example?: unknown;
}

interface ApiResponse {
  readonly description: string;
  /** A component name; `problem` answers use `Problem`. */
  readonly schema: string;
  readonly example: unknown;
}

/** What a route says about itself; `apiOperation` turns it into the route's OpenAPI operation. */
export interface ApiOperationSpec {
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly tag: string;
  readonly scope: ApiScope;
  readonly parameters?: readonly ApiParameter[];
  readonly body?: {
    readonly schema: string;
    readonly mediaType?: 'application/json' | 'text/csv';
    /** The request body's JSON schema, when it is not a component (CSV text). */
    readonly inline?: Record<string, unknown>;
    readonly example: unknown;
  };
  /** Success answers by status. */
  readonly responses: Readonly<Record<string, ApiResponse>>;
  /** Further refusals the operation gives, by status, beyond the ones every operation gives. */
  readonly refusals?: Readonly<Record<string, string>>;
}

const problemExample = (status: number, title: string, detail: string, errors?: object[]) => ({
  type: 'about:blank',
  title,
  status,
  detail,
  ...(errors ? { errors } : {}),
});

const problemExamples: Record<string, object> = {
  '400': problemExample(400, 'Invalid request', 'The request has invalid fields; nothing was stored.', [
    { path: 'cursor', message: 'not a cursor returned by this API' },
  ]),
  '401': problemExample(401, 'Unauthenticated', 'Send an API key as Authorization: Bearer <key>'),
  '403': problemExample(403, 'Forbidden', 'This key lacks the scope roster:write'),
  '404': problemExample(404, 'Not found', refusalMessages.en.notFound),
  '405': problemExample(405, 'Method not allowed', 'DELETE is not allowed here; use GET, HEAD'),
  '409': problemExample(
    409,
    'Conflict',
    'The request contradicts what is already stored; nothing was stored.',
    [{ path: 'interactions[0].externalId', message: 'already stored with other content' }],
  ),
  '413': problemExample(413, 'Request too large', 'The body must not exceed 1048576 bytes'),
  '415': problemExample(415, 'Unsupported media type', 'Send the body as application/json'),
  '429': problemExample(
    429,
    'Too many requests',
    'More than 50 requests a second with this key; retry after Retry-After seconds',
  ),
};

const commonRefusals: Record<string, string> = {
  '400': 'Invalid request; `errors` names each bad field. Nothing was stored.',
  '401': 'Missing, unknown or revoked API key.',
  '403': 'The key lacks the scope the operation needs (`x-required-scope`).',
  '405': 'Another method is allowed on this path; see the `Allow` header.',
  '429':
    'More than 50 requests a second (bursts of 100) with this key; nothing was read or written. Wait the ' +
    '`Retry-After` seconds, then send it again.',
};

/** The header of a 429: how long to wait. */
const retryAfterHeader = {
  'Retry-After': {
    description: 'Whole seconds to wait before sending the request again.',
    required: true,
    schema: { type: 'integer', minimum: 1 },
    example: 1,
  },
};
const bodyRefusals: Record<string, string> = {
  '413': 'The body is larger than 1 MiB; nothing was read.',
  '415': 'The body is not sent with the media type the operation takes.',
};

function problemResponse(status: string, description: string) {
  return {
    description,
    ...(status === '429' ? { headers: retryAfterHeader } : {}),
    content: {
      'application/problem+json': { schema: ref('Problem'), example: problemExamples[status] },
    },
  };
}

/**
 * The OpenAPI description of one /api/v1 route, as hono-openapi middleware: the document is
 * generated from these, route by route, so a route without one is missing from it (and a test
 * lists the app's routes against the document).
 */
export function apiOperation(spec: ApiOperationSpec) {
  const refusals = {
    ...commonRefusals,
    ...(spec.body ? bodyRefusals : {}),
    ...spec.refusals,
  };
  const mediaType = spec.body?.mediaType ?? 'application/json';
  return describeRoute({
    operationId: spec.operationId,
    summary: spec.summary,
    description: spec.description,
    tags: [spec.tag],
    'x-required-scope': spec.scope,
    ...(spec.parameters?.length
      ? {
          parameters: spec.parameters.map((p) => ({
            name: p.name,
            in: p.in,
            required: p.in === 'path' || p.required === true,
            description: p.description,
            schema: parameterSchema(p.schema),
            ...(p.example === undefined ? {} : { example: p.example }),
          })),
        }
      : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: {
              [mediaType]: {
                schema: spec.body.inline ?? ref(spec.body.schema),
                example: spec.body.example,
              },
            },
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(spec.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            content: { 'application/json': { schema: ref(r.schema), example: r.example } },
          },
        ]),
      ),
      ...Object.fromEntries(
        Object.entries(refusals)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([status, description]) => [status, problemResponse(status, description)]),
      ),
    },
  } as Parameters<typeof describeRoute>[0]);
}

const documentation = {
  info: {
    title: 'Duopulse integration API',
    version: '1.0.0',
    description:
      'Push the roster (teams, advisors) and customer contacts from the contact-centre or CRM system, and read the symmetry analytics. ' +
      'Authenticate with `Authorization: Bearer <API key>` (the scheme is case-insensitive), the only way to pass a key. ' +
      `Each key carries scopes (${apiScopes.join(', ')}); each operation names the one it needs in \`x-required-scope\`. ` +
      'Batches are all-or-nothing on validation and idempotent on external ids, which are namespaced per team. ' +
      'Every string has a length limit (ids 128, emails 254, names 200), page cursors are signed, and ' +
      'bodies must be sent with the media type each operation names. Errors are RFC 9457 problem details. ' +
      'Each key may send 50 requests a second, in bursts of up to 100: past that, any operation answers 429 with ' +
      '`Retry-After`. ' +
      '**Test requests are real**: the « Test request » button of this reference calls this server, so a call ' +
      'made with a real key reads and changes real data. The examples use ids that exist in no centre ' +
      '(`EXEMPLE-…`); try the API with a key of a test centre.',
  },
  security: [{ apiKey: [] }],
  tags: [
    { name: 'roster', description: 'Teams and advisors, and their append-only history.' },
    { name: 'interactions', description: 'Customer contacts, each a possible survey.' },
    { name: 'settings', description: 'Survey sampling, quiet period and pulse cadence.' },
    { name: 'analytics', description: 'Symmetry analytics under the anonymity rules of every page.' },
  ],
  components: {
    securitySchemes: {
      apiKey: {
        type: 'http' as const,
        scheme: 'bearer',
        description: 'Created with `npm run api-key -- create --name NAME --scopes SCOPES [--teams TEAMS]`.',
      },
    },
    schemas: apiComponentSchemas(),
  },
};

export type OpenApiDocument = Awaited<ReturnType<typeof generateSpecs>>;

const generated = new WeakMap<object, Promise<OpenApiDocument>>();

/**
 * The integration API's OpenAPI 3.1 document, generated by hono-openapi from the app's own routes
 * (each /api/v1 route carries its `apiOperation`), once per app; `servers` names the origin asked.
 */
export async function openApiDocument(
  // biome-ignore lint/suspicious/noExplicitAny: any app, whatever its env and schema types
  app: Hono<any, any, any>,
  serverUrl: string,
): Promise<OpenApiDocument> {
  let doc = generated.get(app);
  if (!doc) {
    doc = generateSpecs(app, { documentation, exclude: [/^(?!\/api\/v1\/)/] });
    generated.set(app, doc);
  }
  return { ...(await doc), servers: [{ url: serverUrl }] };
}
