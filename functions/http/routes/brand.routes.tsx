import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { BrandPage } from '../../../web/pages/admin/brand.page.js';
import { saveBrand } from '../../services/brand.service.js';
import { type FieldProblem, NotFoundError, ValidationError } from '../../services/errors.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';
import type { Clock } from '../../services/ports/clock.port.js';
import type { AppEnv } from '../app-deps.js';
import { authorize } from '../middleware/session.js';

interface BrandDeps {
  readonly brand: BrandRepository;
  readonly clock: Clock;
}

/**
 * /admin/brand: the admin sets the centre's name, accent colour, logo and sender; a save goes
 * back to the page (POST, redirect, GET) with a notice that it was saved.
 */
export function brandAdminRoutes(deps: BrandDeps) {
  const app = new Hono<AppEnv>();
  app.use('/brand', authorize('users'));

  async function render(
    c: Context<AppEnv>,
    status: 200 | 400 | 413,
    values?: Record<string, string | undefined>,
    problems?: readonly FieldProblem[],
    saved = false,
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <BrandPage
        viewer={viewer}
        brand={await deps.brand.getBrand()}
        values={values}
        problems={problems}
        saved={saved}
      />,
      status,
    );
  }

  app.get('/brand', (c) => render(c, 200, undefined, undefined, c.req.query('saved') === '1'));

  app.post(
    '/brand',
    bodyLimit({
      maxSize: 1_000_000,
      onError: (c) =>
        render(c as Context<AppEnv>, 413, undefined, [
          {
            path: 'logo',
            message:
              (c as Context<AppEnv>).get('viewer')?.locale === 'en' ? 'at most 100 kB' : 'au plus 100 ko',
          },
        ]),
    }),
    async (c) => {
      let body: Record<string, string | File | (string | File)[]> = {};
      try {
        body = await c.req.parseBody();
      } catch {
        body = {};
      }
      const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
      const values = {
        displayName: text('displayName'),
        accentColour: text('accentColour'),
        senderName: text('senderName'),
        replyTo: text('replyTo'),
        removeLogo: text('removeLogo'),
      };
      const file = body.logo instanceof File ? new Uint8Array(await body.logo.arrayBuffer()) : undefined;
      const viewer = c.get('viewer');
      try {
        await saveBrand(deps, values, file, viewer?.email ?? '', viewer?.locale ?? 'fr');
      } catch (error) {
        if (error instanceof ValidationError) return render(c, 400, values, error.problems);
        throw error;
      }
      // The repository forgot its remembered brand: the next page of this instance shows the new one.
      return c.redirect('/admin/brand?saved=1', 303);
    },
  );

  return app;
}

/** /brand/logo: the centre's logo for pages and emails (public: an email client fetches it). */
export function brandLogoRoutes(deps: { readonly brand: BrandRepository }) {
  const app = new Hono<AppEnv>();
  app.get('/logo', async (c) => {
    const logo = (await deps.brand.getBrand())?.logo;
    if (!logo) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    c.header('Content-Type', logo.type);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Security-Policy', "default-src 'none'");
    return c.body(new Uint8Array(Buffer.from(logo.base64, 'base64')).buffer as ArrayBuffer);
  });
  return app;
}
