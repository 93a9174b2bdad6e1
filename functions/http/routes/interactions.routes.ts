import { Hono } from 'hono';
import * as z from 'zod/mini';
import { entityId, isoDateTime } from '../../../shared/roster/index.js';
import {
  getInteraction,
  listInteractionsInScope,
  listInteractionsOfAdvisor,
  recordInteractionBatch,
} from '../../services/interaction.service.js';
import { parseOrThrow } from '../../services/validation.js';
import { batchReceiptExample, interactionExample, interactionReportExample } from '../api-examples.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { apiOperation } from '../openapi.js';
import { sealedPage } from '../page-cursor.js';
import { idParam, idParameter, jsonBody, optionalIdQuery, pageParameters, pageRequest } from '../request.js';

const listQuery = z.object({
  advisorId: z.optional(entityId),
  from: z.optional(isoDateTime),
  to: z.optional(isoDateTime),
});

export function interactionsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post(
      '/',
      apiOperation({
        operationId: 'recordInteractions',
        tag: 'interactions',
        scope: 'interactions:write',
        summary: 'Record up to 500 customer contacts',
        description:
          'Validated as a whole: one bad item rejects the batch and nothing is stored. External ids are namespaced by ' +
          "the advisor's team: the same contact already stored under its externalId is reported in `duplicates` and " +
          'not stored again; the same externalId with other content is a 409. A contact may not end more than 5 ' +
          'minutes in the future; instants are stored in UTC. The customer email is kept only while a survey may ' +
          'be sent for the contact, then only its keyed hash remains.',
        body: { schema: 'InteractionBatch', example: { interactions: [interactionReportExample] } },
        responses: {
          '201': {
            description: 'At least one contact stored.',
            schema: 'BatchReceipt',
            example: batchReceiptExample,
          },
          '200': {
            description: 'Every contact was already stored.',
            schema: 'BatchReceipt',
            example: { received: 1, stored: [], duplicates: ['EXEMPLE-crm-778812'] },
          },
        },
        refusals: {
          '409': 'An externalId is already stored for that team with other content; nothing was stored.',
        },
      }),
      requireScope('interactions:write'),
      async (c) => {
        const receipt = await recordInteractionBatch(deps, c.var.scope, await jsonBody(c));
        return c.json(receipt, receipt.stored.length > 0 ? 201 : 200);
      },
    )
    .get(
      '/',
      apiOperation({
        operationId: 'listInteractions',
        tag: 'interactions',
        scope: 'interactions:read',
        summary: "List one advisor's contacts, or every contact of the key's teams by date",
        description:
          "With `advisorId`: that advisor's contacts, optionally between `from` and `to`. Without it: every contact " +
          "recorded for the key's teams that started between `from` and `to` (both required, at most 31 days apart), " +
          'oldest first; a page may then hold fewer than `limit` contacts and still have a `next`. Instants are ' +
          'compared as instants, whatever their offsets.',
        parameters: [
          ...pageParameters,
          idParameter('advisorId', 'query', "The advisor's payroll id.", 'EXEMPLE-P-10482'),
          {
            name: 'from',
            in: 'query',
            schema: isoDateTime,
            description: 'Contacts started at or after this instant (required without `advisorId`).',
            example: '2026-03-01T00:00:00Z',
          },
          {
            name: 'to',
            in: 'query',
            schema: isoDateTime,
            description: 'Contacts started at or before this instant (required without `advisorId`).',
            example: '2026-03-31T23:59:59Z',
          },
        ],
        responses: {
          '200': {
            description: 'A page of contacts.',
            schema: 'InteractionPage',
            example: { items: [interactionExample] },
          },
        },
        refusals: { '404': 'With `advisorId`: no such advisor among the teams the key may see.' },
      }),
      requireScope('interactions:read'),
      async (c) => {
        const { advisorId, ...range } = parseOrThrow(listQuery, {
          advisorId: c.req.query('advisorId'),
          from: c.req.query('from'),
          to: c.req.query('to'),
        });
        const page = advisorId
          ? await listInteractionsOfAdvisor(deps, c.var.scope, {
              ...pageRequest(c, deps),
              ...range,
              advisorId,
            })
          : await listInteractionsInScope(deps, c.var.scope, { ...pageRequest(c, deps), ...range });
        return c.json(sealedPage(c, deps, page));
      },
    )
    .get(
      '/:externalId',
      apiOperation({
        operationId: 'getInteraction',
        tag: 'interactions',
        scope: 'interactions:read',
        summary: 'Get a contact',
        description:
          "The contact with this external id among the key's teams; when several of them used the id, `teamId` says which.",
        parameters: [
          idParameter(
            'externalId',
            'path',
            'The id the source system gave the contact.',
            'EXEMPLE-crm-778812',
          ),
          idParameter(
            'teamId',
            'query',
            "Which team, when several of the key's teams used the same external id (400 otherwise).",
            'EXEMPLE-LYON',
          ),
        ],
        responses: {
          '200': { description: 'The contact.', schema: 'Interaction', example: interactionExample },
        },
        refusals: { '404': 'No such contact among the teams the key may see.' },
      }),
      requireScope('interactions:read'),
      async (c) =>
        c.json(
          await getInteraction(deps, c.var.scope, idParam(c, 'externalId'), optionalIdQuery(c, 'teamId')),
        ),
    );
}
