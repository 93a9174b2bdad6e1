import type { Context } from 'hono';
import { Hono } from 'hono';
import type { Viewer } from '../../../shared/access/index.js';
import {
  actionAlertKinds,
  actionWhatMaxLength,
  actionWhoMaxLength,
} from '../../../shared/actions/action.schema.js';
import { isRealIsoWeek } from '../../../shared/roster/ids.schema.js';
import { TeamActionsPage } from '../../../web/pages/actions/team-actions.page.js';
import type { TeamActionsSectionProps } from '../../../web/pages/actions/team-actions.section.js';
import {
  actionWeeks,
  recordTeamAction,
  teamActionsWithEffects,
} from '../../services/actions/team-actions.service.js';
import { NotFoundError, ValidationError } from '../../services/errors.js';
import type { CallerScope } from '../../services/scope.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

/** The teams a signed-in person may act on: hr every team, a manager the teams they lead. */
export function viewerTeamScope(viewer: Viewer): CallerScope {
  return viewer.role === 'hr' ? {} : { teams: viewer.teams };
}

function noRoute(c: Context): never {
  throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
}

const teamObject = (c: Context<AppEnv>) => ({ kind: 'team' as const, teamId: c.req.param('teamId') ?? '' });

/**
 * /teams/:teamId/actions: a team's recorded actions with their before/after effect, and the
 * form to record one (hr and the team's manager; anyone else, and an unknown team, get the
 * unknown-path 404). A refused form comes back with each bad field named in the person's
 * language and nothing stored; a recorded action goes back to the team page's actions.
 */
export function teamActionsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  async function render(
    c: Context<AppEnv>,
    status: 200 | 400,
    extra: Pick<TeamActionsSectionProps, 'draft' | 'problems'> = {},
  ) {
    const viewer = c.get('viewer');
    const teamId = c.req.param('teamId') ?? '';
    if (!viewer) noRoute(c);
    const team = (await deps.roster.getTeams([teamId])).get(teamId);
    if (!team) noRoute(c);
    const actions = await teamActionsWithEffects(deps, viewerTeamScope(viewer), teamId);
    return c.html(
      <TeamActionsPage
        viewer={viewer}
        teamName={team.name}
        locale={viewer.locale}
        teamId={teamId}
        actions={actions}
        weeks={actionWeeks(deps)}
        {...extra}
      />,
      status,
    );
  }

  app.get('/:teamId/actions', authorize('team', teamObject), (c) => render(c, 200));

  // The form, started from a week or an alert (links from the team page's charts and alerts).
  app.get('/:teamId/actions/new', authorize('team', teamObject), (c) => {
    const week = c.req.query('week');
    const alert = actionAlertKinds.find((k) => k === c.req.query('alert'));
    return render(c, 200, {
      draft: {
        ...(week && isRealIsoWeek(week) ? { week } : {}),
        ...(alert ? { alert } : {}),
      },
    });
  });

  app.post('/:teamId/actions', authorize('team', teamObject), async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) noRoute(c);
    const teamId = c.req.param('teamId');
    const form = await formFields(c);
    const input = { what: form.what ?? '', who: form.who ?? '', week: form.week ?? '', alert: form.alert };
    try {
      await recordTeamAction(deps, viewerTeamScope(viewer), teamId, input, viewer.email);
    } catch (error) {
      if (error instanceof NotFoundError) noRoute(c);
      if (error instanceof ValidationError)
        return render(c, 400, {
          draft: {
            what: input.what.slice(0, actionWhatMaxLength),
            who: input.who.slice(0, actionWhoMaxLength),
            week: input.week.slice(0, 8),
            ...(input.alert ? { alert: input.alert.slice(0, 64) } : {}),
          },
          problems: error.problems,
        });
      throw error;
    }
    return c.redirect(`/teams/${encodeURIComponent(teamId)}#actions`, 303);
  });

  return app;
}
