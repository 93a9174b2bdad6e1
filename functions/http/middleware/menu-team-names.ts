import { createMiddleware } from 'hono/factory';
import { menuTeamNamesKey } from '../../../web/components/menu-team-names.js';
import type { RosterRepository } from '../../services/ports/roster.port.js';
import type { AppEnv } from '../app-deps.js';

/**
 * Reads the names of a signed-in manager's teams for the menu of the page being rendered (page
 * reads only: GET and HEAD outside `/api/`); the layout reads them with `currentMenuTeamNames()`.
 * A failed read leaves the menu with the teams' ids. Runs after `resolveSession`.
 */
export function loadMenuTeamNames(roster: Pick<RosterRepository, 'getTeams'>) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const viewer = c.get('viewer');
    const page = (c.req.method === 'GET' || c.req.method === 'HEAD') && !c.req.path.startsWith('/api/');
    if (viewer?.role === 'manager' && viewer.teams.length > 0 && page) {
      const teams = await roster.getTeams(viewer.teams).catch(() => new Map());
      const names: Record<string, string> = {};
      for (const [teamId, team] of teams) names[teamId] = team.name;
      c.set(menuTeamNamesKey as never, names as never);
    }
    await next();
  });
}
