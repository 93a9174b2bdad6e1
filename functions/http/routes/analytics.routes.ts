import { Hono } from 'hono';
import * as z from 'zod/mini';
import { isoWeek } from '../../../shared/roster/index.js';
import { centreAnalysis, teamAnalysis } from '../../services/analytics.service.js';
import { parseOrThrow } from '../../services/validation.js';
import { centreAnalysisExample, oneTeamAnalysisExample } from '../api-examples.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { type ApiParameter, apiOperation } from '../openapi.js';
import { idParam, idParameter } from '../request.js';

const rangeQuery = z.object({ from: z.optional(isoWeek), to: z.optional(isoWeek) });
const rangeParameters: ApiParameter[] = [
  {
    name: 'from',
    in: 'query',
    schema: isoWeek,
    description: 'First ISO week (26 weeks before `to` when absent).',
    example: '2026-W22',
  },
  {
    name: 'to',
    in: 'query',
    schema: isoWeek,
    description: 'Last ISO week (last week when absent).',
    example: '2026-W47',
  },
];

/** Symmetry analytics for integration keys, under the same anonymity rules as every page. */
export function analyticsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/centre',
      apiOperation({
        operationId: 'getCentreAnalysis',
        tag: 'analytics',
        scope: 'analytics:read',
        summary: 'Symmetry analysis of every team the key may see',
        description:
          'Computed from aggregates only. Pulse figures appear only with at least k (5) distinct respondents, ' +
          'read from a wider window (fortnight, month, quarter) when a week has too few, and complementary ' +
          'suppression hides any figure that could be subtracted from another to isolate fewer than k. ' +
          'Every correlation carries n, a 95% interval and a state (ok, insufficient-evidence, suppressed).',
        parameters: rangeParameters,
        responses: {
          '200': { description: 'The analysis.', schema: 'CentreAnalysis', example: centreAnalysisExample },
        },
      }),
      requireScope('analytics:read'),
      async (c) => {
        const range = parseOrThrow(rangeQuery, { from: c.req.query('from'), to: c.req.query('to') });
        return c.json(await centreAnalysis(deps, c.var.scope, range));
      },
    )
    .get(
      '/teams/:teamId',
      apiOperation({
        operationId: 'getTeamAnalysis',
        tag: 'analytics',
        scope: 'analytics:read',
        summary: "One team's analysis",
        description:
          "Reads only this team's aggregates and published figures, plus the centre's two quadrant medians the quadrant is read against.",
        parameters: [idParameter('teamId', 'path', 'The team.', 'EXEMPLE-LYON'), ...rangeParameters],
        responses: {
          '200': {
            description: 'The team analysis.',
            schema: 'OneTeamAnalysis',
            example: oneTeamAnalysisExample,
          },
        },
        refusals: { '404': 'No such team among those the key may see.' },
      }),
      requireScope('analytics:read'),
      async (c) => {
        const range = parseOrThrow(rangeQuery, { from: c.req.query('from'), to: c.req.query('to') });
        return c.json(await teamAnalysis(deps, c.var.scope, idParam(c, 'teamId'), range));
      },
    );
}
