import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import * as z from 'zod/mini';
import { entityId } from '../../shared/roster/index.js';
import { ValidationError } from '../services/errors.js';
import type { PageRequest } from '../services/ports/roster.port.js';
import { parseOrThrow } from '../services/validation.js';
import type { AppDeps, AppEnv } from './app-deps.js';
import type { ApiParameter } from './openapi.js';
import { openCursor } from './page-cursor.js';

/** `application/json` or any `+json` type, with or without parameters (charset). */
const jsonMediaType = /^application\/([a-z0-9.+-]+\+)?json\s*(;.*)?$/i;

/** The JSON body: 415 unless the Content-Type is JSON, a 400 naming the body when it does not parse. */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type');
  if (!type || !jsonMediaType.test(type)) {
    throw new HTTPException(415, { message: 'Send the body as application/json' });
  }
  try {
    return await c.req.json();
  } catch {
    throw new ValidationError([{ path: '(body)', message: 'the body must be a JSON document' }]);
  }
}

const pageQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(500)), 100),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
});

/** The paging parameters of every list, as the OpenAPI document shows them. */
export const pageParameters: readonly ApiParameter[] = [
  {
    name: 'limit',
    in: 'query',
    schema: z.int().check(z.gte(1), z.lte(500)),
    description: 'Items per page, 1–500 (100 when absent).',
  },
  {
    name: 'cursor',
    in: 'query',
    schema: pageQuery.shape.cursor,
    description:
      'The `next` of the previous page, for the same key, path and filters; anything else is a 400.',
  },
];

/** A path or query parameter that is an entity id. */
export function idParameter(
  name: string,
  where: 'path' | 'query',
  description: string,
  example: string,
  required = where === 'path',
): ApiParameter {
  return { name, in: where, schema: entityId, description, example, required };
}

/** The page size and the repository cursor inside the caller's sealed cursor (see page-cursor). */
export function pageRequest(c: Context<AppEnv>, deps: Pick<AppDeps, 'customerKey'>): PageRequest {
  const page = parseOrThrow(pageQuery, { limit: c.req.query('limit'), cursor: c.req.query('cursor') });
  return { limit: page.limit, cursor: openCursor(c, deps, page.cursor) };
}

/** A path parameter that must be an entity id (≤ 128 characters); a 400 naming it otherwise. */
export function idParam(c: Context, name: string): string {
  return parseOrThrow(z.object({ [name]: entityId }), { [name]: c.req.param(name) })[name] as string;
}

/** An optional query parameter that must be an entity id when present. */
export function optionalIdQuery(c: Context, name: string): string | undefined {
  return parseOrThrow(z.object({ [name]: z.optional(entityId) }), { [name]: c.req.query(name) })[name] as
    | string
    | undefined;
}
