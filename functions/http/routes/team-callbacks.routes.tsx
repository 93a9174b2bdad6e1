import { Hono } from 'hono';
import { TeamCallbacksPage } from '../../../web/pages/team-callbacks/team-callbacks.page.js';
import { teamCallbacks } from '../../services/callback-request.service.js';
import { NotFoundError } from '../../services/errors.js';
import type { CallbackRepository } from '../../services/ports/callback.port.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { authorize } from '../middleware/session.js';

/**
 * /teams/:teamId/callbacks: customers' callback requests of a team (hr and the team's managers),
 * and marking one handled (its contact deleted). Out of scope, unknown teams and unknown
 * requests answer the unknown-path 404.
 */
export function teamCallbacksRoutes(deps: AppDeps & { readonly callbacks: CallbackRepository }) {
  const app = new Hono<AppEnv>();
  const inScope = authorize('team', (c) => ({ kind: 'team', teamId: c.req.param('teamId') ?? '' }));
  const noRoute = (method: string, path: string) => new NotFoundError(`No route for ${method} ${path}`);

  app.get('/:teamId/callbacks', inScope, async (c) => {
    const viewer = c.get('viewer');
    const teamId = c.req.param('teamId');
    const team = (await deps.roster.getTeams([teamId])).get(teamId);
    if (!viewer || !team) throw noRoute(c.req.method, c.req.path);
    const { open, handled } = await teamCallbacks(deps, teamId);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <TeamCallbacksPage
        viewer={viewer}
        teamId={teamId}
        teamName={team.name}
        open={open}
        handled={handled}
      />,
    );
  });

  app.post('/:teamId/callbacks/:responseId/handled', inScope, async (c) => {
    const viewer = c.get('viewer');
    const teamId = c.req.param('teamId');
    if (!viewer || !(await deps.roster.getTeams([teamId])).has(teamId))
      throw noRoute(c.req.method, c.req.path);
    const done = await deps.callbacks.markHandled(
      teamId,
      c.req.param('responseId'),
      deps.clock.now().toISOString(),
    );
    if (!done) throw noRoute(c.req.method, c.req.path);
    return c.redirect(`/teams/${encodeURIComponent(teamId)}/callbacks`, 303);
  });

  return app;
}
