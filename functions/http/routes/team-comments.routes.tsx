import { Hono } from 'hono';
import { isoWeekOf } from '../../../shared/time/period.js';
import { TeamCommentsPage } from '../../../web/pages/team-comments/team-comments.page.js';
import { NotFoundError } from '../../services/errors.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { authorize } from '../middleware/session.js';

const monthId = /^\d{4}-(0[1-9]|1[0-2])$/;
const dayMs = 86_400_000;

/**
 * /teams/:teamId/comments: a team's published anonymous pulse comments (hr and the team's
 * managers), and acknowledging a month of them. Out of scope and unknown teams or months
 * answer the unknown-path 404.
 */
export function teamCommentsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const inScope = authorize('team', (c) => ({ kind: 'team', teamId: c.req.param('teamId') ?? '' }));
  const noRoute = (method: string, path: string) => new NotFoundError(`No route for ${method} ${path}`);

  app.get('/:teamId/comments', inScope, async (c) => {
    const viewer = c.get('viewer');
    const teamId = c.req.param('teamId');
    const team = (await deps.roster.getTeams([teamId])).get(teamId);
    if (!viewer || !team) throw noRoute(c.req.method, c.req.path);
    const now = deps.clock.now().getTime();
    const sets = await deps.publication.commentSetsOfTeam(
      teamId,
      isoWeekOf(new Date(now - 365 * dayMs)),
      isoWeekOf(new Date(now)),
    );
    c.header('Cache-Control', 'no-store');
    return c.html(<TeamCommentsPage viewer={viewer} teamId={teamId} teamName={team.name} sets={sets} />);
  });

  app.post('/:teamId/comments/:month/acknowledge', inScope, async (c) => {
    const viewer = c.get('viewer');
    const teamId = c.req.param('teamId');
    const month = c.req.param('month');
    if (!viewer || !monthId.test(month)) throw noRoute(c.req.method, c.req.path);
    if (!(await deps.roster.getTeams([teamId])).has(teamId)) throw noRoute(c.req.method, c.req.path);
    const done = await deps.publication.acknowledgeComments(teamId, month, viewer.email, deps.clock.now());
    if (!done) throw noRoute(c.req.method, c.req.path);
    return c.redirect(`/teams/${encodeURIComponent(teamId)}/comments`, 303);
  });

  return app;
}
