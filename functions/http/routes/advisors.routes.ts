import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { importMessages } from '../../../shared/i18n/import-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import {
  charsetOf,
  documentedCharsets,
  UndecodableBytesError,
  UnknownCharsetError,
} from '../../adapters/csv-decoding.js';
import { type CsvFile, csvFileFromBytes } from '../../adapters/csv-rows.js';
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
import { problemLocale } from '../middleware/request-locale.js';
import { apiOperation } from '../openapi.js';
import { sealedPage } from '../page-cursor.js';
import { idParam, idParameter, jsonBody, optionalIdQuery, pageParameters, pageRequest } from '../request.js';

/**
 * The CSV body read by the import's one reader: 415 unless it is sent as `text/csv` with a charset
 * the reader knows (or none), 400 when it is not text in its charset, does not parse or holds no row
 * (the body's problems worded in `locale`).
 */
async function csvBody(
  c: { req: { header(name: string): string | undefined; arrayBuffer(): Promise<ArrayBuffer> } },
  locale: Locale,
): Promise<CsvFile> {
  const words = importMessages(locale);
  const type = c.req.header('content-type');
  if (!type || !/^text\/csv\s*(;.*)?$/i.test(type)) {
    throw new HTTPException(415, { message: 'Send the body as text/csv' });
  }
  let file: CsvFile;
  try {
    file = csvFileFromBytes(new Uint8Array(await c.req.arrayBuffer()), charsetOf(type));
  } catch (error) {
    if (error instanceof UnknownCharsetError) {
      throw new HTTPException(415, {
        message: `Content-Type: unknown charset "${error.charset}"; send ${documentedCharsets.join(', ')} or no charset`,
      });
    }
    if (error instanceof UndecodableBytesError) {
      throw new ValidationError([{ path: '(body)', message: words.bodyNotText(error.charset) }]);
    }
    throw new ValidationError([{ path: '(body)', message: words.bodyNotCsv((error as Error).message) }]);
  }
  if (file.rows.length === 0) {
    throw new ValidationError([{ path: '(body)', message: words.bodyEmpty }]);
  }
  return file;
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
          'The same import as `npm run import -- advisors FILE.csv`, through the same reader: a header line naming ' +
          'the columns of an advisor (`;`, `,` or tab; decimal commas), then one advisor per line; an Excel ' +
          '`sep=X` first line names the separator and is skipped, and rows of empty cells (`;;;;`) are counted in ' +
          '`emptyRowsIgnored`, not rejected. The bytes are read in the Content-Type `charset` (`utf-8`, ' +
          '`windows-1252`, `iso-8859-1`/`latin1`, or another WHATWG encoding label) unless they start with a byte ' +
          'order mark; without a charset they are UTF-8 when valid UTF-8 and Windows-1252 otherwise, as Excel ' +
          'writes them. Rows are validated one by one: bad rows are reported with their line and reasons and the ' +
          'good ones are stored, in the roster history as `csv-import`; advisors already stored exactly so are ' +
          'counted in `unchanged` and not written again. The reasons are worded in French or English from ' +
          '`Accept-Language` (English by default). Keys limited to some teams get 403.',
        body: {
          schema: 'AdvisorsCsv',
          mediaType: 'text/csv',
          inline: { type: 'string', description: 'CSV text with a header line.' },
          example: advisorsCsvExample,
        },
        responses: {
          '200': {
            description: 'What was stored, unchanged, ignored and rejected.',
            schema: 'ImportSummary',
            example: importSummaryExample,
          },
        },
        refusals: {
          '403': 'The key lacks the scope, or is limited to some teams (an import may name any team).',
          '415':
            'The body is not sent as `text/csv`, or the Content-Type names a charset the import cannot read; nothing was read.',
        },
      }),
      requireScope('roster:write'),
      async (c) => {
        assertCentreWide(c.var.scope, 'CSV imports');
        const locale = problemLocale(c);
        const file = await csvBody(c, locale);
        const options = { header: file.header, locale };
        return c.json(await importRows(deps, 'advisors', file.rows, undefined, options));
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
          idParameter('teamId', 'query', 'Only the advisors of this team.', 'EXEMPLE-LYON'),
        ],
        responses: {
          '200': {
            description: 'A page of advisors.',
            schema: 'AdvisorPage',
            example: { items: [storedAdvisorExample] },
          },
        },
        refusals: {
          '404':
            'With `teamId`: no such team among those the key may see (a team outside them answers as an unknown one).',
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
        parameters: [idParameter('payrollId', 'path', "The advisor's payroll id.", 'EXEMPLE-P-10482')],
        responses: {
          '200': { description: 'The advisor.', schema: 'StoredAdvisor', example: storedAdvisorExample },
        },
        refusals: { '404': 'No such advisor among the teams the key may see.' },
      }),
      requireScope('roster:read'),
      async (c) => c.json(await getAdvisor(deps.roster, c.var.scope, idParam(c, 'payrollId'))),
    );
}
