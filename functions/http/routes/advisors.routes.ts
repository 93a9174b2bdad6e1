import { Hono } from 'hono';
import { getAdvisor, listAdvisors, upsertAdvisors } from '../../services/roster.service.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { jsonBody, pageRequest } from '../request.js';

export function advisorsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const advisors = await upsertAdvisors(deps.roster, c.var.scope, await jsonBody(c));
      return c.json({ upserted: advisors.length, advisors });
    })
    .get('/', async (c) =>
      c.json(
        await listAdvisors(deps.roster, c.var.scope, { ...pageRequest(c), teamId: c.req.query('teamId') }),
      ),
    )
    .get('/:payrollId', async (c) =>
      c.json(await getAdvisor(deps.roster, c.var.scope, c.req.param('payrollId'))),
    );
}
