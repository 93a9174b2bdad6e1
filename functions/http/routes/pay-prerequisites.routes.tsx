import type { Context } from 'hono';
import { Hono } from 'hono';
import { PayPrerequisitesPage } from '../../../web/pages/admin/pay-prerequisites.page.js';
import { type FieldProblem, NotFoundError, ValidationError } from '../../services/errors.js';
import { recordPayPrerequisites } from '../../services/pay/pay-prerequisites.service.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

/**
 * /admin/pay-prerequisites: the admin records the day the CSE was consulted and the day advisors
 * were informed; HR may enable pay indicators only after both. Anyone else meets the unknown-path 404.
 */
export function payPrerequisitesRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('/pay-prerequisites', authorize('users'));

  async function render(
    c: Context<AppEnv>,
    status: 200 | 400,
    values?: Record<string, string | undefined>,
    problems?: readonly FieldProblem[],
    saved = false,
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <PayPrerequisitesPage
        viewer={viewer}
        prerequisites={await deps.pay.prerequisites()}
        values={values}
        problems={problems}
        saved={saved}
      />,
      status,
    );
  }

  app.get('/pay-prerequisites', (c) => render(c, 200, undefined, undefined, c.req.query('saved') === '1'));

  app.post('/pay-prerequisites', async (c) => {
    const form = await formFields(c);
    const input = { cseConsultedOn: form.cseConsultedOn, advisorsInformedOn: form.advisorsInformedOn };
    try {
      await recordPayPrerequisites(deps, input, c.get('viewer')?.email ?? '', c.get('viewer')?.locale);
    } catch (error) {
      if (error instanceof ValidationError) return render(c, 400, input, error.problems);
      throw error;
    }
    return c.redirect('/admin/pay-prerequisites?saved=1', 303);
  });

  return app;
}
