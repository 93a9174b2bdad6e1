import { Hono } from 'hono';
import * as z from 'zod/mini';
import { isoWeek } from '../../../shared/roster/index.js';
import { centreAnalysis, teamAnalysis } from '../../services/analytics.service.js';
import { parseOrThrow } from '../../services/validation.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { idParam } from '../request.js';

const rangeQuery = z.object({ from: z.optional(isoWeek), to: z.optional(isoWeek) });

/** Symmetry analytics for integration keys, under the same anonymity rules as every page. */
export function analyticsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/centre', requireScope('analytics:read'), async (c) => {
      const range = parseOrThrow(rangeQuery, { from: c.req.query('from'), to: c.req.query('to') });
      return c.json(await centreAnalysis(deps, c.var.scope, range));
    })
    .get('/teams/:teamId', requireScope('analytics:read'), async (c) => {
      const range = parseOrThrow(rangeQuery, { from: c.req.query('from'), to: c.req.query('to') });
      return c.json(await teamAnalysis(deps, c.var.scope, idParam(c, 'teamId'), range));
    });
}
