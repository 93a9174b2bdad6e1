import { createHash } from 'node:crypto';
import { Scalar } from '@scalar/hono-api-reference';
import { Hono } from 'hono';
import type { AppEnv } from '../app-deps.js';
import { openApiDocument } from '../openapi.js';
import { notFound } from '../problem.js';
import { scalarBundle } from '../scalar-bundle.js';

const bundlePath = '/api/v1/docs/scalar.js';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The reference page's own Content-Security-Policy: scripts from this origin plus Scalar's
 * inline start-up script by its hash (no other inline script, no eval); styles inline too,
 * because Scalar's components insert their styles at run time; nothing fetched from elsewhere.
 */
function referencePolicy(html: string): string {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    sha256(m[1] ?? ''),
  );
  return [
    "default-src 'none'",
    `script-src 'self' ${inline.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Said at the top of the reference page, before its « Test request » button can be used: the
 * requests it sends are real calls to this server with the key typed in.
 */
export const realDataNotice = {
  en: 'Test requests are real calls to this server: made with a real API key, they read and change real data (a POST to /teams overwrites the team it names). The examples use ids that exist in no centre (EXEMPLE-…); try the API with a key of a test centre.',
  fr: 'Les requêtes de test sont de vrais appels à ce serveur : faites avec une vraie clé d’API, elles lisent et modifient de vraies données (un POST sur /teams remplace l’équipe qu’il nomme). Les exemples utilisent des identifiants qui n’existent dans aucun centre (EXEMPLE-…) ; essayez l’API avec une clé d’un centre de test.',
} as const;

const noticeHtml =
  '<aside role="note" style="margin:0;padding:.75rem 1rem;background:#fff4e5;color:#3d2600;border-bottom:2px solid #e36002;font:15px/1.4 system-ui,sans-serif">' +
  `<strong>Real data.</strong> ${realDataNotice.en}<br /><span lang="fr"><strong>Données réelles.</strong> ${realDataNotice.fr}</span>` +
  '</aside>';

const reference = Scalar({
  url: '/api/v1/openapi.json',
  cdn: bundlePath,
  pageTitle: 'Duopulse integration API',
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: false,
  showDeveloperTools: 'never',
  agent: { disabled: true },
} as Parameters<typeof Scalar>[0]);

/**
 * The OpenAPI document and its interactive reference (Scalar), served by the app itself so the
 * page works with no network beyond this origin. `root` is the app whose routes the document
 * describes.
 */
export function apiReferenceRoutes(root: () => Hono<AppEnv>) {
  return new Hono<AppEnv>()
    .get('/openapi.json', async (c) => c.json(await openApiDocument(root(), new URL(c.req.url).origin)))
    .get('/docs', async (c, next) => {
      const res = await reference(c as unknown as Parameters<typeof reference>[0], next);
      if (!(res instanceof Response)) return notFound(c);
      const html = (await res.text()).replace('<body>', `<body>${noticeHtml}`);
      c.header('Content-Security-Policy', referencePolicy(html));
      c.header('Cache-Control', 'no-cache');
      return c.html(html);
    })
    .get('/docs/scalar.js', async (c) => {
      const js = await scalarBundle();
      if (js === undefined) return notFound(c);
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      c.header('Cache-Control', 'public, max-age=3600');
      return c.body(js);
    });
}
