import { Hono } from 'hono';
import { getTeam, listTeams, upsertTeams } from '../../services/roster.service.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { jsonBody, pageRequest } from '../request.js';

export function teamsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const teams = await upsertTeams(deps.roster, c.var.scope, await jsonBody(c));
      return c.json({ upserted: teams.length, teams });
    })
    .get('/', async (c) => c.json(await listTeams(deps.roster, c.var.scope, pageRequest(c))))
    .get('/:teamId', async (c) => c.json(await getTeam(deps.roster, c.var.scope, c.req.param('teamId'))));
}
