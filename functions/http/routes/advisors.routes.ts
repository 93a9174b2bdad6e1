import { Hono } from 'hono';
import { getAdvisor, listAdvisors, upsertAdvisors } from '../../services/roster.service.js';
import { keyAuthor, requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { sealedPage } from '../page-cursor.js';
import { idParam, jsonBody, optionalIdQuery, pageRequest } from '../request.js';

export function advisorsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/', requireScope('roster:write'), async (c) => {
      const advisors = await upsertAdvisors(deps, c.var.scope, await jsonBody(c), keyAuthor(c.var.scope));
      return c.json({ upserted: advisors.length, advisors });
    })
    .get('/', requireScope('roster:read'), async (c) => {
      const teamId = optionalIdQuery(c, 'teamId');
      const page = await listAdvisors(deps.roster, c.var.scope, { ...pageRequest(c, deps), teamId });
      return c.json(sealedPage(c, deps, page));
    })
    .get('/:payrollId', requireScope('roster:read'), async (c) =>
      c.json(await getAdvisor(deps.roster, c.var.scope, idParam(c, 'payrollId'))),
    );
}
