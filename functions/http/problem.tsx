import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Viewer } from '../../shared/access/index.js';
import { refusalMessages, refusalTitle } from '../../shared/i18n/refusal-messages.js';
import type { Locale } from '../../shared/roster/index.js';
import { RefusalPage } from '../../web/pages/refusal/refusal.page.js';
import {
  ConflictError,
  type FieldProblem,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../services/errors.js';
import { fieldMessageIn } from '../services/validation.js';
import { problemLocale, refusalPageLocale } from './middleware/request-locale.js';
import { wordedDetail } from './problem-wording.js';

/** Every refusal depends on these request headers (its format, its language), and on nothing else. */
const vary = 'Accept, Accept-Language, Cookie';

/**
 * Whether a refusal is a page: never under /api/, and elsewhere unless the client asks for JSON
 * before HTML (a browser's Accept names text/html; no Accept, or only *\/*, is a browser too).
 */
export function refusalIsPage(c: Context): boolean {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return false;
  const format = accepts(c, {
    header: 'Accept',
    supports: ['text/html', 'application/problem+json', 'application/json'],
    default: 'text/html',
  });
  return format === 'text/html';
}

/**
 * RFC 9457 problem details, `title` and `detail` in the language of Accept-Language (English
 * when it names none), with `errors` naming each bad field (paths and codes as sent).
 */
function problem(c: Context, status: ContentfulStatusCode, detail: string, extra: object = {}) {
  const locale = problemLocale(c);
  const body = {
    type: 'about:blank',
    title: refusalTitle(locale, status),
    status,
    detail: wordedDetail(locale, detail),
  };
  c.header('Content-Type', 'application/problem+json');
  c.header('Content-Language', locale);
  c.header('Vary', vary);
  return c.body(JSON.stringify({ ...body, ...extra }), status);
}

/** Field problems with their messages in `locale` (paths and codes as they are). */
function worded(errors: readonly FieldProblem[], locale: Locale): FieldProblem[] {
  return errors.map((error) => ({ ...error, message: fieldMessageIn(error, locale) }));
}

/** The same refusal as a page in the person's language, or as problem details for a JSON client. */
async function refusal(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  errors?: readonly FieldProblem[],
) {
  if (!refusalIsPage(c)) {
    return problem(c, status, detail, errors ? { errors: worded(errors, problemLocale(c)) } : {});
  }
  const locale = refusalPageLocale(c);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Language', locale);
  c.header('Vary', vary);
  const viewer = c.get('viewer') as Viewer | undefined;
  return c.html(
    <RefusalPage
      locale={locale}
      viewer={viewer}
      title={refusalTitle(locale, status)}
      detail={wordedDetail(locale, detail)}
      problems={errors && worded(errors, locale)}
    />,
    status,
  );
}

/** The one place that turns errors into HTTP statuses. */
export async function onError(error: Error, c: Context) {
  if (error instanceof ValidationError) return refusal(c, 400, error.message, error.problems);
  if (error instanceof UnauthenticatedError) {
    c.header('WWW-Authenticate', 'Bearer realm="duopulse"');
    return refusal(c, 401, error.message);
  }
  if (error instanceof ForbiddenError) return refusal(c, 403, error.message);
  if (error instanceof NotFoundError) return notFound(c);
  if (error instanceof ConflictError) return refusal(c, 409, error.message, error.problems);
  if (error instanceof HTTPException) {
    if (error.status === 404) return notFound(c);
    return refusal(c, error.status, error.message || refusalTitle('en', error.status));
  }
  console.error(error);
  return refusal(c, 500, refusalMessages.en.internal);
}

/**
 * The one answer of a path that does not exist, or of one the caller may not open (out of scope
 * answers exactly like unknown): a page in the person's language, or problem details for the API
 * and JSON clients. It names neither the path nor the method, and carries only its own headers
 * (whatever a route set before refusing is dropped), so no answer tells which routes exist; the
 * app-wide middleware (security headers) adds the same headers to every one.
 */
export async function notFound(c: Context): Promise<Response> {
  const headers = { 'Cache-Control': 'no-store', Vary: vary };
  if (!refusalIsPage(c)) {
    const locale = problemLocale(c);
    const t = refusalMessages[locale];
    const body = { type: 'about:blank', title: t.titles[404], status: 404, detail: t.notFound };
    return new Response(JSON.stringify(body), {
      status: 404,
      headers: { 'Content-Type': 'application/problem+json', 'Content-Language': locale, ...headers },
    });
  }
  const locale = refusalPageLocale(c);
  const t = refusalMessages[locale];
  const viewer = c.get('viewer') as Viewer | undefined;
  const page = await (
    <RefusalPage locale={locale} viewer={viewer} title={t.titles[404]} detail={t.notFound} />
  ).toString();
  return new Response(page, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Language': locale, ...headers },
  });
}
