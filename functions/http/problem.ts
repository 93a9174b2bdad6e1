import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../services/errors.js';

/** RFC 9457 problem details, with `errors` naming each bad field. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail: string,
  extra: object = {},
) {
  c.header('Content-Type', 'application/problem+json');
  return c.body(JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }), status);
}

const httpTitles: Partial<Record<number, string>> = {
  400: 'Invalid request',
  405: 'Method not allowed',
  413: 'Request too large',
  415: 'Unsupported media type',
};

/** The one place that turns errors into HTTP statuses. */
export function onError(error: Error, c: Context) {
  if (error instanceof ValidationError) {
    return problem(c, 400, 'Invalid request', error.message, { errors: error.problems });
  }
  if (error instanceof UnauthenticatedError) {
    c.header('WWW-Authenticate', 'Bearer realm="duopulse"');
    return problem(c, 401, 'Unauthenticated', error.message);
  }
  if (error instanceof ForbiddenError) return problem(c, 403, 'Forbidden', error.message);
  if (error instanceof NotFoundError) return problem(c, 404, 'Not found', error.message);
  if (error instanceof ConflictError) {
    return problem(c, 409, 'Conflict', error.message, { errors: error.problems });
  }
  if (error instanceof HTTPException) {
    const title = httpTitles[error.status] ?? 'Error';
    return problem(c, error.status, title, error.message || title);
  }
  console.error(error);
  return problem(
    c,
    500,
    'Internal error',
    'Something went wrong on our side; nothing was lost from a valid request.',
  );
}

export function notFound(c: Context) {
  return problem(c, 404, 'Not found', `No route for ${c.req.method} ${c.req.path}`);
}
