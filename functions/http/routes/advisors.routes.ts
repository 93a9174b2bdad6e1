import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { csvTextRows } from '../../adapters/csv-text-rows.js';
import { ValidationError } from '../../services/errors.js';
import { getAdvisor, listAdvisors, upsertAdvisors } from '../../services/roster.service.js';
import { importRows } from '../../services/roster-import.service.js';
import { assertCentreWide } from '../../services/scope.js';
import {
  advisorExample,
  advisorsCsvExample,
  importSummaryExample,
  storedAdvisorExample,
} from '../api-examples.js';
import { keyAuthor, requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { apiOperation } from '../openapi.js';
import { sealedPage } from '../page-cursor.js';
import { idParam, idParameter, jsonBody, optionalIdQuery, pageParameters, pageRequest } from '../request.js';

/** The CSV body as text: 415 unless it is sent as `text/csv`, 400 when it holds no row or does not parse. */
async function csvBody(c: { req: { header(name: string): string | undefined; text(): Promise<string> } }) {
  const type = c.req.header('content-type');
  if (!type || !/^text\/csv\s*(;.*)?$/i.test(type)) {
    throw new HTTPException(415, { message: 'Send the body as text/csv' });
  }
  let rows: ReturnType<typeof csvTextRows>;
  try {
    rows = csvTextRows(await c.req.text());
  } catch (error) {
    throw new ValidationError([{ path: '(body)', message: `not CSV: ${(error as Error).message}` }]);
  }
  if (rows.length === 0) {
    throw new ValidationError([{ path: '(body)', message: 'a header line and at least one row' }]);
  }
  return rows;
}

export function advisorsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post(
      '/',
      apiOperation({
        operationId: 'upsertAdvisors',
        tag: 'roster',
        scope: 'roster:write',
        summary: 'Upsert up to 500 advisors',
        description:
          "Creates or changes advisors by payrollId; their teams must exist (a team outside the key's teams reads as " +
          'unknown) and each change is kept in the roster history. Each stored advisor gets `teamJoinedOn`: the later ' +
          'of its start date and the day it was written into its current team; it counts toward k only for windows ' +
          'starting at least 28 days after.',
        body: { schema: 'AdvisorBatch', example: { advisors: [advisorExample] } },
        responses: {
          '200': {
            description: 'The advisors as sent (defaults applied).',
            schema: 'AdvisorsUpserted',
            example: { upserted: 1, advisors: [advisorExample] },
          },
        },
        refusals: {
          '409': "A payroll id belongs to an advisor outside the key's teams; nothing was stored.",
        },
      }),
      requireScope('roster:write'),
      async (c) => {
        const advisors = await upsertAdvisors(deps, c.var.scope, await jsonBody(c), keyAuthor(c.var.scope));
        return c.json({ upserted: advisors.length, advisors });
      },
    )
    .post(
      '/import',
      apiOperation({
        operationId: 'importAdvisorsCsv',
        tag: 'roster',
        scope: 'roster:write',
        summary: 'Import advisors from a CSV file',
        description:
          'The same import as `npm run import -- advisors FILE.csv`: a header line naming the columns of an advisor ' +
          '(`;` or `,`; decimal commas; UTF-8, with or without BOM), then one advisor per line. Rows are validated one ' +
          'by one: bad rows are reported with their line and reasons and the good ones are stored, in the roster ' +
          'history as `csv-import`. Keys limited to some teams get 403.',
        body: {
          schema: 'AdvisorsCsv',
          mediaType: 'text/csv',
          inline: { type: 'string', description: 'CSV text with a header line.' },
          example: advisorsCsvExample,
        },
        responses: {
          '200': {
            description: 'What was stored and rejected.',
            schema: 'ImportSummary',
            example: importSummaryExample,
          },
        },
        refusals: {
          '403': 'The key lacks the scope, or is limited to some teams (an import may name any team).',
        },
      }),
      requireScope('roster:write'),
      async (c) => {
        assertCentreWide(c.var.scope, 'CSV imports');
        return c.json(await importRows(deps, 'advisors', await csvBody(c)));
      },
    )
    .get(
      '/',
      apiOperation({
        operationId: 'listAdvisors',
        tag: 'roster',
        scope: 'roster:read',
        summary: 'List advisors, optionally of one team',
        description: "The advisors of the key's teams as stored, by team then payrollId.",
        parameters: [
          ...pageParameters,
          idParameter('teamId', 'query', 'Only the advisors of this team.', 'LYO-PRO'),
        ],
        responses: {
          '200': {
            description: 'A page of advisors.',
            schema: 'AdvisorPage',
            example: { items: [storedAdvisorExample] },
          },
        },
      }),
      requireScope('roster:read'),
      async (c) => {
        const teamId = optionalIdQuery(c, 'teamId');
        const page = await listAdvisors(deps.roster, c.var.scope, { ...pageRequest(c, deps), teamId });
        return c.json(sealedPage(c, deps, page));
      },
    )
    .get(
      '/:payrollId',
      apiOperation({
        operationId: 'getAdvisor',
        tag: 'roster',
        scope: 'roster:read',
        summary: 'Get an advisor',
        description: "One advisor as stored; one outside the key's teams is a 404, as an unknown one.",
        parameters: [idParameter('payrollId', 'path', "The advisor's payroll id.", 'P-10482')],
        responses: {
          '200': { description: 'The advisor.', schema: 'StoredAdvisor', example: storedAdvisorExample },
        },
        refusals: { '404': 'No such advisor among the teams the key may see.' },
      }),
      requireScope('roster:read'),
      async (c) => c.json(await getAdvisor(deps.roster, c.var.scope, idParam(c, 'payrollId'))),
    );
}
