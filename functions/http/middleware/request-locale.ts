import type { Context, MiddlewareHandler } from 'hono';
import { detectFromHeader, detectFromQuery, languageDetector } from 'hono/language';
import { type Locale, locales } from '../../../shared/roster/index.js';

/**
 * How a page with no signed-in person picks its language: `?lang=fr|en`, else the first
 * language of the browser's Accept-Language that Duopulse speaks (`de-DE,en` → English,
 * `fr-CA` → French, q-values respected), else French. Nothing is cached in a cookie: the
 * pages reached from emails set no cookie.
 */
const detection = {
  supportedLanguages: [...locales],
  fallbackLanguage: 'fr',
  order: ['querystring', 'header'],
  lookupQueryString: 'lang',
  lookupCookie: 'language',
  lookupFromHeaderKey: 'accept-language',
  lookupFromPathIndex: 0,
  caches: false,
  ignoreCase: true,
  debug: false,
} as const satisfies Parameters<typeof languageDetector>[0];

/** Hono's language negotiation, set once for the whole app: `c.get('language')`. */
export function pageLanguage(): MiddlewareHandler {
  return languageDetector({ ...detection, supportedLanguages: [...locales], order: [...detection.order] });
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The language of a page before anything else is known (no session, no invitation): what
 * `pageLanguage` negotiated, or the same negotiation when a sub-app runs without it.
 */
export function browserLocale(c: Context): Locale {
  const negotiated: unknown = c.get('language');
  if (isLocale(negotiated)) return negotiated;
  const options = { ...detection, supportedLanguages: [...locales], order: [...detection.order] };
  const found = detectFromQuery(c, options) ?? detectFromHeader(c, options);
  return isLocale(found) ? found : 'fr';
}

/**
 * The language of a page refusal: the signed-in person's own, else what the browser negotiates
 * (as every page with no signed-in person).
 */
export function refusalPageLocale(c: Context): Locale {
  const viewer: unknown = c.get('viewer');
  const own = (viewer as { locale?: unknown } | undefined)?.locale;
  return isLocale(own) ? own : browserLocale(c);
}

/**
 * The language of a problem details answer (RFC 9457): the first language of Accept-Language
 * that Duopulse speaks, English when it names none (the API's document is in English).
 */
export function problemLocale(c: Context): Locale {
  const options = { ...detection, supportedLanguages: [...locales], order: [...detection.order] };
  const found = detectFromHeader(c, options);
  return isLocale(found) ? found : 'en';
}
