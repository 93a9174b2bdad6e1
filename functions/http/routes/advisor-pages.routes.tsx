import { Hono } from 'hono';
import { parseWeekRange } from '../../../shared/advisor-results/week-range.js';
import { isoWeekOf } from '../../../shared/time/period.js';
import {
  AdvisorRangeErrorPage,
  AdvisorResultsPage,
} from '../../../web/pages/advisor/advisor-results.page.js';
import { advisorResults } from '../../services/advisor-results.service.js';
import { NotFoundError } from '../../services/errors.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { authorize } from '../middleware/session.js';

/**
 * /me: an advisor's own customer results. The advisor is the signed-in person, taken from the
 * session only; no route names an advisor, so no request can reach a colleague's results.
 */
export function advisorPagesRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(authorize('advisor', (c) => ({ kind: 'advisor', advisorId: c.get('viewer')?.advisorId ?? '' })));

  app.get('/', async (c) => {
    const viewer = c.get('viewer');
    if (!viewer?.advisorId) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    const query = { from: c.req.query('from'), to: c.req.query('to') };
    const parsed = parseWeekRange(query, isoWeekOf(deps.clock.now()));
    if (!parsed.ok) {
      return c.html(<AdvisorRangeErrorPage viewer={viewer} problems={parsed.problems} values={query} />, 400);
    }
    const results = await advisorResults(deps, viewer.advisorId, parsed.range);
    return c.html(<AdvisorResultsPage viewer={viewer} results={results} />);
  });

  return app;
}
