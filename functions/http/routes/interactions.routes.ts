import { Hono } from 'hono';
import * as z from 'zod/mini';
import { entityId, isoDateTime } from '../../../shared/roster/index.js';
import {
  getInteraction,
  listInteractionsOfAdvisor,
  recordInteractionBatch,
} from '../../services/interaction.service.js';
import { parseOrThrow } from '../../services/validation.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { sealedPage } from '../page-cursor.js';
import { idParam, jsonBody, optionalIdQuery, pageRequest } from '../request.js';

const listQuery = z.object({
  advisorId: entityId,
  from: z.optional(isoDateTime),
  to: z.optional(isoDateTime),
});

export function interactionsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/', requireScope('interactions:write'), async (c) => {
      const receipt = await recordInteractionBatch(deps, c.var.scope, await jsonBody(c));
      return c.json(receipt, receipt.stored.length > 0 ? 201 : 200);
    })
    .get('/', requireScope('interactions:read'), async (c) => {
      const query = parseOrThrow(listQuery, {
        advisorId: c.req.query('advisorId'),
        from: c.req.query('from'),
        to: c.req.query('to'),
      });
      const page = await listInteractionsOfAdvisor(deps, c.var.scope, { ...pageRequest(c, deps), ...query });
      return c.json(sealedPage(c, deps, page));
    })
    .get('/:externalId', requireScope('interactions:read'), async (c) =>
      c.json(await getInteraction(deps, c.var.scope, idParam(c, 'externalId'), optionalIdQuery(c, 'teamId'))),
    );
}
