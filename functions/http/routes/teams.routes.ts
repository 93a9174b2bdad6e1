import { Hono } from 'hono';
import { getTeam, listTeams, upsertTeams } from '../../services/roster.service.js';
import { keyAuthor, requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { sealedPage } from '../page-cursor.js';
import { idParam, jsonBody, pageRequest } from '../request.js';

export function teamsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/', requireScope('roster:write'), async (c) => {
      const teams = await upsertTeams(deps, c.var.scope, await jsonBody(c), keyAuthor(c.var.scope));
      return c.json({ upserted: teams.length, teams });
    })
    .get('/', requireScope('roster:read'), async (c) =>
      c.json(sealedPage(c, deps, await listTeams(deps.roster, c.var.scope, pageRequest(c, deps)))),
    )
    .get('/:teamId', requireScope('roster:read'), async (c) =>
      c.json(await getTeam(deps.roster, c.var.scope, idParam(c, 'teamId'))),
    );
}
