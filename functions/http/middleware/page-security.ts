import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { styleSheetHashes } from '../../../web/components/style-sheet.js';

/**
 * The Content-Security-Policy of every page: no inline script at all (scripts only as files from
 * this origin), styles only by the hash of a known stylesheet, nothing fetched elsewhere, forms
 * posting only here, and no framing by any site (clickjacking).
 */
export const pageContentSecurityPolicy = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: [() => styleSheetHashes().join(' ')],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (hono's secureHeaders with the CSP above). A route that
 * sets its own policy keeps it (the sandboxed email preview under /dev/outbox). The Referer is
 * sent to this origin only (`same-origin`): the language switch returns to the page it was
 * pressed on, and no other site ever learns a page address (survey links carry tokens).
 */
export function pageSecurityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: pageContentSecurityPolicy,
    referrerPolicy: 'same-origin',
    overwrite: false,
  });
}
