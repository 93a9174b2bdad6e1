import { Hono } from 'hono';
import { listRosterHistory } from '../../services/roster.service.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { sealedPage } from '../page-cursor.js';
import { pageRequest } from '../request.js';

/** The append-only roster history, newest first, for an administrator's key. */
export function rosterHistoryRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/', requireScope('roster-history:read'), async (c) =>
    c.json(sealedPage(c, deps, await listRosterHistory(deps.roster, c.var.scope, pageRequest(c, deps)))),
  );
}
