import type { Context } from 'hono';
import * as z from 'zod/mini';
import { ValidationError } from '../services/errors.js';
import type { PageRequest } from '../services/ports/roster.port.js';
import { parseOrThrow } from '../services/validation.js';

/** The JSON body, or a 400 naming the body when it is not JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ValidationError([{ path: '(body)', message: 'the body must be a JSON document' }]);
  }
}

const pageQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(500)), 100),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
});

export function pageRequest(c: Context): PageRequest {
  return parseOrThrow(pageQuery, { limit: c.req.query('limit'), cursor: c.req.query('cursor') });
}
