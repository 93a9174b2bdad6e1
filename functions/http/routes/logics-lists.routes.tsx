import type { Context } from 'hono';
import { Hono } from 'hono';
import { LogicsListsPage } from '../../../web/pages/admin/logics-lists.page.js';
import { type FieldProblem, NotFoundError, ValidationError } from '../../services/errors.js';
import { saveResourcesList, saveToolsAndMethodsList } from '../../services/logics-lists.service.js';
import type { Clock } from '../../services/ports/clock.port.js';
import type { LogicsListsRepository } from '../../services/ports/logics-lists.port.js';
import type { AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

interface LogicsListsRouteDeps {
  readonly logicsLists: LogicsListsRepository;
  readonly clock: Clock;
}

type Sent = { readonly list: 'tools' | 'resources'; readonly values: Record<string, string | undefined> };

/** /admin/logics: the admin keeps the tools and methods advisors rate and the resources per logic. */
export function logicsListsAdminRoutes(deps: LogicsListsRouteDeps) {
  const app = new Hono<AppEnv>();
  app.use('/logics', authorize('logics-lists'));
  app.use('/logics/*', authorize('logics-lists'));

  async function render(
    c: Context<AppEnv>,
    status: 200 | 400,
    sent?: Sent,
    problems?: readonly FieldProblem[],
    saved?: 'tools' | 'resources',
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    const [tools, resources] = await Promise.all([
      deps.logicsLists.toolsAndMethods(),
      deps.logicsLists.resources(),
    ]);
    return c.html(
      <LogicsListsPage
        viewer={viewer}
        tools={tools}
        resources={resources}
        sent={sent}
        problems={problems}
        saved={saved}
      />,
      status,
    );
  }

  app.get('/logics', (c) => {
    const saved = c.req.query('saved');
    return render(
      c,
      200,
      undefined,
      undefined,
      saved === 'tools' || saved === 'resources' ? saved : undefined,
    );
  });

  for (const list of ['tools', 'resources'] as const) {
    app.post(`/logics/${list}`, async (c) => {
      const values = await formFields(c);
      const viewer = c.get('viewer');
      const save = list === 'tools' ? saveToolsAndMethodsList : saveResourcesList;
      try {
        await save(deps, values, viewer?.email ?? '', viewer?.locale ?? 'fr');
      } catch (error) {
        if (error instanceof ValidationError) return render(c, 400, { list, values }, error.problems);
        throw error;
      }
      return c.redirect(`/admin/logics?saved=${list}`, 303);
    });
  }

  return app;
}
