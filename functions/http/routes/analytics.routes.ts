import { Hono } from 'hono';
import * as z from 'zod/mini';
import { centreAnalysis, teamAnalysis } from '../../services/analytics.service.js';
import { parseOrThrow } from '../../services/validation.js';
import type { AppDeps, AppEnv } from '../app-deps.js';

const isoWeek = z.string().check(z.regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'an ISO week such as 2026-W07'));
const rangeQuery = z.object({ from: z.optional(isoWeek), to: z.optional(isoWeek) });

/** Symmetry analytics for integration keys, under the same anonymity rules as every page. */
export function analyticsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/centre', async (c) => {
      const range = parseOrThrow(rangeQuery, { from: c.req.query('from'), to: c.req.query('to') });
      return c.json(await centreAnalysis(deps, c.var.scope, range));
    })
    .get('/teams/:teamId', async (c) => {
      const range = parseOrThrow(rangeQuery, { from: c.req.query('from'), to: c.req.query('to') });
      return c.json(await teamAnalysis(deps, c.var.scope, c.req.param('teamId'), range));
    });
}
