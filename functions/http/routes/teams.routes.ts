import { Hono } from 'hono';
import { getTeam, listTeams, upsertTeams } from '../../services/roster.service.js';
import { teamExample } from '../api-examples.js';
import { keyAuthor, requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { apiOperation } from '../openapi.js';
import { sealedPage } from '../page-cursor.js';
import { idParam, idParameter, jsonBody, pageParameters, pageRequest } from '../request.js';

export function teamsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post(
      '/',
      apiOperation({
        operationId: 'upsertTeams',
        tag: 'roster',
        scope: 'roster:write',
        summary: 'Upsert up to 500 teams',
        description:
          'Creates or changes teams by teamId; each change is kept in the roster history. Validated as a whole: one bad team rejects the batch.',
        body: { schema: 'TeamBatch', example: { teams: [teamExample] } },
        responses: {
          '200': {
            description: 'The teams as stored (defaults applied).',
            schema: 'TeamsUpserted',
            example: { upserted: 1, teams: [teamExample] },
          },
        },
      }),
      requireScope('roster:write'),
      async (c) => {
        const teams = await upsertTeams(deps, c.var.scope, await jsonBody(c), keyAuthor(c.var.scope));
        return c.json({ upserted: teams.length, teams });
      },
    )
    .get(
      '/',
      apiOperation({
        operationId: 'listTeams',
        tag: 'roster',
        scope: 'roster:read',
        summary: 'List teams',
        description: 'The teams the key may see, by teamId.',
        parameters: pageParameters,
        responses: {
          '200': { description: 'A page of teams.', schema: 'TeamPage', example: { items: [teamExample] } },
        },
      }),
      requireScope('roster:read'),
      async (c) =>
        c.json(sealedPage(c, deps, await listTeams(deps.roster, c.var.scope, pageRequest(c, deps)))),
    )
    .get(
      '/:teamId',
      apiOperation({
        operationId: 'getTeam',
        tag: 'roster',
        scope: 'roster:read',
        summary: 'Get a team',
        description: "One team; a team outside the key's teams is a 404, as an unknown one.",
        parameters: [idParameter('teamId', 'path', 'The team.', 'EXEMPLE-LYON')],
        responses: { '200': { description: 'The team.', schema: 'Team', example: teamExample } },
        refusals: { '404': 'No such team among those the key may see.' },
      }),
      requireScope('roster:read'),
      async (c) => c.json(await getTeam(deps.roster, c.var.scope, idParam(c, 'teamId'))),
    );
}
