import { Hono } from 'hono';
import { mayAccess } from '../../../shared/access/index.js';
import { isMonthId } from '../../../shared/logics/logics-month.js';
import { LogicsPage } from '../../../web/pages/logics/logics.page.js';
import { NotFoundError } from '../../services/errors.js';
import { logicsPage } from '../../services/logics/logics-page.service.js';
import type { LogicsPublicationRepository } from '../../services/ports/logics-publication.port.js';
import type { RosterRepository } from '../../services/ports/roster.port.js';
import type { AppEnv } from '../app-deps.js';

interface LogicsPagesDeps {
  readonly logicsPublication: LogicsPublicationRepository;
  readonly roster: RosterRepository;
}

/**
 * /logics: the published advisor logics of a month, for hr (centre and every site) and managers
 * (centre and their own sites). Any other role, and a signed-out visitor, gets the 404 of an
 * unknown path: the page does not exist for them.
 */
export function logicsPagesRoutes(deps: LogicsPagesDeps) {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    c.header('Cache-Control', 'no-store');
    const viewer = c.get('viewer');
    if (!viewer || !mayAccess(viewer, 'logics')) throw new NotFoundError(`No route for GET ${c.req.path}`);
    const asked = c.req.query('month');
    if (asked !== undefined && asked !== '' && !isMonthId(asked)) {
      const data = await logicsPage(deps, viewer, undefined);
      return c.html(<LogicsPage viewer={viewer} months={data.months} month={undefined} badMonth />, 400);
    }
    const data = await logicsPage(deps, viewer, asked || undefined);
    return c.html(<LogicsPage viewer={viewer} {...data} />, data.missing ? 404 : 200);
  });
  return app;
}
