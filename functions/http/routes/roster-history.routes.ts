import { Hono } from 'hono';
import { listRosterHistory } from '../../services/roster.service.js';
import { rosterChangeExample } from '../api-examples.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { apiOperation } from '../openapi.js';
import { sealedPage } from '../page-cursor.js';
import { pageParameters, pageRequest } from '../request.js';

/** The append-only roster history, newest first, for an administrator's key. */
export function rosterHistoryRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(
    '/',
    apiOperation({
      operationId: 'listRosterHistory',
      tag: 'roster',
      scope: 'roster-history:read',
      summary: 'The append-only roster history, newest first',
      description:
        'Every team and advisor creation or change, by the API or the CSV import: what changed (`changes`, each field ' +
        '`from` and `to`), when (`at`) and by whom (`by`: `key:<keyId>`, `csv-import`, `initial-load`). Entries are ' +
        'never updated or deleted. Keys limited to some teams get 403.',
      parameters: pageParameters,
      responses: {
        '200': {
          description: 'A page of roster changes.',
          schema: 'RosterChangePage',
          example: { items: [rosterChangeExample] },
        },
      },
    }),
    requireScope('roster-history:read'),
    async (c) =>
      c.json(sealedPage(c, deps, await listRosterHistory(deps.roster, c.var.scope, pageRequest(c, deps)))),
  );
}
