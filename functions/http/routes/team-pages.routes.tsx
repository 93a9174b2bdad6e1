import { Hono } from 'hono';
import type { AlertKind } from '../../../shared/analytics/alerts.js';
import { isRealIsoWeek } from '../../../shared/roster/index.js';
import { AlertExplanationPage } from '../../../web/pages/team/alert-explanation.page.js';
import { alertExplanationMessages } from '../../../web/pages/team/alert-explanation-messages.js';
import { TeamPage } from '../../../web/pages/team/team.page.js';
import { TeamRangeErrorPage, type TeamRangeProblem } from '../../../web/pages/team/team-range-error.page.js';
import { actionWeeks, teamActionsWithEffects } from '../../services/actions/team-actions.service.js';
import { analysisWeeks } from '../../services/analytics.service.js';
import { NotFoundError, ValidationError } from '../../services/errors.js';
import { teamPage } from '../../services/team-page.service.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { authorize } from '../middleware/session.js';
import { viewerTeamScope } from './team-actions.routes.js';

const explainedAlertKinds = new Set(Object.keys(alertExplanationMessages.en.kinds));

function isAlertKind(value: string): value is AlertKind {
  return explainedAlertKinds.has(value);
}

/** A range field that is absent, empty or a real ISO week; anything else is named. */
function rangeProblems(from: string | undefined, to: string | undefined): TeamRangeProblem[] {
  const bad = (value: string | undefined) => value !== undefined && !isRealIsoWeek(value);
  return [
    ...(bad(from) ? [{ field: 'from', problem: 'bad-week' } as const] : []),
    ...(bad(to) ? [{ field: 'to', problem: 'bad-week' } as const] : []),
  ];
}

/**
 * /teams/:teamId: the team page and its alert explanations, for hr (every team) and the
 * team's managers. Out of scope, an unknown team and an unknown alert kind all answer the
 * same 404.
 */
export function teamPagesRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const inScope = authorize('team', (c) => ({ kind: 'team', teamId: c.req.param('teamId') ?? '' }));
  const notFound = (method: string, path: string) => new NotFoundError(`No route for ${method} ${path}`);

  app.get('/:teamId', inScope, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return c.redirect('/auth/sign-in', 303);
    const teamId = c.req.param('teamId');
    const from = c.req.query('from') || undefined;
    const to = c.req.query('to') || undefined;
    const problems = rangeProblems(from, to);
    if (problems.length > 0)
      return c.html(<TeamRangeErrorPage viewer={viewer} teamId={teamId} problems={problems} />, 400);
    try {
      const [page, actions] = await Promise.all([
        teamPage(deps, teamId, { from, to }),
        teamActionsWithEffects(deps, viewerTeamScope(viewer), teamId),
      ]);
      return c.html(
        <TeamPage
          viewer={viewer}
          page={page}
          from={from}
          to={to}
          actions={actions}
          actionWeeks={actionWeeks(deps)}
          latestWeek={analysisWeeks(deps.clock).at(-1)}
        />,
      );
    } catch (error) {
      if (error instanceof NotFoundError) throw notFound(c.req.method, c.req.path);
      if (!(error instanceof ValidationError)) throw error;
      const fields = [
        ...new Set(error.problems.map((p) => (p.path === 'to' ? 'to' : 'from') as 'from' | 'to')),
      ];
      return c.html(
        <TeamRangeErrorPage
          viewer={viewer}
          teamId={teamId}
          problems={fields.map((field) => ({ field, problem: 'bad-range' }))}
        />,
        400,
      );
    }
  });

  app.get('/:teamId/alerts/:alertKind', inScope, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return c.redirect('/auth/sign-in', 303);
    const kind = c.req.param('alertKind');
    const team = (await deps.roster.getTeams([c.req.param('teamId')])).get(c.req.param('teamId'));
    if (!team || !isAlertKind(kind)) throw notFound(c.req.method, c.req.path);
    return c.html(<AlertExplanationPage viewer={viewer} team={team} kind={kind} />);
  });

  return app;
}
