import type { MiddlewareHandler } from 'hono';
import { CrossSiteRefusedPage } from '../../../web/pages/cross-site-refused.page.js';
import { browserLocale } from './request-locale.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request was sent by another site. Browsers send `Sec-Fetch-Site` (Fetch Metadata),
 * and it decides alone when present: pages here send no referrer, so a same-origin form POST
 * carries `Origin: null`. Without it (older browsers), an `Origin` naming another origin is
 * cross-site. A request with neither is not: mail providers' RFC 8058 one-click unsubscribe
 * POSTs carry no Origin.
 */
export function isCrossSite(headers: Headers, ownOrigin: string): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  return origin !== null && origin !== 'null' && origin !== ownOrigin;
}

/**
 * Refuses every state-changing request that another site sent (a form posted from elsewhere, a
 * request forged by a page the person visits) with a 403 page in the browser's language.
 * `except` lists path prefixes that authenticate otherwise (the API's bearer keys).
 */
export function refuseCrossSiteRequests(options: { except?: readonly string[] } = {}): MiddlewareHandler {
  const except = options.except ?? [];
  return async (c, next) => {
    if (safeMethods.has(c.req.method) || except.some((prefix) => c.req.path.startsWith(prefix))) {
      return next();
    }
    if (isCrossSite(c.req.raw.headers, new URL(c.req.url).origin)) {
      c.header('Cache-Control', 'no-store');
      return c.html(<CrossSiteRefusedPage locale={browserLocale(c)} />, 403);
    }
    return next();
  };
}
