import { Hono } from 'hono';
import { isRealIsoWeek } from '../../../shared/roster/index.js';
import { CentrePage } from '../../../web/pages/centre/centre.page.js';
import {
  CentreRangeErrorPage,
  type CentreRangeProblem,
} from '../../../web/pages/centre/centre-range-error.page.js';
import { centreOverview } from '../../services/centre-overview.service.js';
import { ValidationError } from '../../services/errors.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { authorize } from '../middleware/session.js';

/** A range field that is absent, empty or a real ISO week; anything else is named. */
function rangeProblems(from: string | undefined, to: string | undefined): CentreRangeProblem[] {
  const bad = (value: string | undefined) => value !== undefined && value !== '' && !isRealIsoWeek(value);
  return [
    ...(bad(from) ? [{ field: 'from', problem: 'bad-week' } as const] : []),
    ...(bad(to) ? [{ field: 'to', problem: 'bad-week' } as const] : []),
  ];
}

/** /centre: the centre overview, for the head of customer relations only (others get 404). */
export function centrePagesRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(authorize('centre'));

  app.get('/', async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return c.redirect('/auth/sign-in', 303);
    const from = c.req.query('from') || undefined;
    const to = c.req.query('to') || undefined;
    const problems = rangeProblems(from, to);
    if (problems.length > 0) return c.html(<CentreRangeErrorPage viewer={viewer} problems={problems} />, 400);
    try {
      const overview = await centreOverview(deps, { from, to });
      return c.html(<CentrePage viewer={viewer} {...overview} />);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const fields = error.problems.map((p) => (p.path === 'to' ? 'to' : 'from') as 'from' | 'to');
      return c.html(
        <CentreRangeErrorPage
          viewer={viewer}
          problems={[...new Set(fields)].map((field) => ({ field, problem: 'bad-range' }))}
        />,
        400,
      );
    }
  });

  return app;
}
