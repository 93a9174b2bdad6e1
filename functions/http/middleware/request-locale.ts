import type { Context } from 'hono';
import type { Locale } from '../../../shared/roster/index.js';

/** Before anything else is known, a page speaks the browser's language (French by default). */
export function browserLocale(c: Context): Locale {
  const accept = c.req.header('accept-language') ?? '';
  return /^en\b/i.test(accept.trim()) ? 'en' : 'fr';
}
