import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { quarterId } from '../../../shared/pay/pay-policy.schema.js';
import {
  ExportCheckPage,
  type ExportCheckPageProps,
} from '../../../web/pages/payroll-export/export-check.page.js';
import { payrollExportMessages } from '../../../web/pages/payroll-export/payroll-export-messages.js';
import { type FieldProblem, NotFoundError } from '../../services/errors.js';
import {
  type ExportClosedQuarterDeps,
  QuarterNotClosedError,
  RevisionNotFoundError,
} from '../../services/pay/export-closed-quarter.service.js';
import {
  checkAgainstManifest,
  downloadExportFile,
  exportFileKinds,
} from '../../services/pay/payroll-download.service.js';
import { ExportFileConflictError } from '../../services/ports/export-store.port.js';
import type { AppEnv } from '../app-deps.js';
import { authorize } from '../middleware/session.js';

/** The largest file the manifest check accepts (a 10,000-advisor CSV is about 1.5 MB). */
const maxCheckMegabytes = 20;

const revisionNumber = z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000));

/**
 * A revision that is not closed, or (on a download, `fileMayBeMissing`) a closed revision's
 * file missing from the store, as pages word it.
 */
function notFound(
  at: { quarter: string; revision: number },
  error: NotFoundError,
  fileMayBeMissing = false,
): FieldProblem {
  const notClosed = error instanceof QuarterNotClosedError || error instanceof RevisionNotFoundError;
  return fileMayBeMissing && !notClosed
    ? { path: 'revision', message: error.message, code: 'file-missing' }
    : {
        path: 'revision',
        message: error.message,
        code: 'not-closed',
        values: { quarter: at.quarter, revision: String(at.revision) },
      };
}

/**
 * /pay/quarters/:quarter/revisions/:revision/…: payroll's (and hr's) downloads of a closed
 * revision, served from the export store after storing them there, and the check of a file
 * against the revision's manifest. Anyone else meets the unknown-path 404 (authorize('pay')).
 */
export function payrollExportRoutes(deps: ExportClosedQuarterDeps) {
  const app = new Hono<AppEnv>();
  app.use('/quarters/*', authorize('pay'));

  function page(
    c: Context<AppEnv>,
    status: 200 | 400 | 404 | 409 | 413,
    props: Omit<ExportCheckPageProps, 'viewer'>,
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    c.header('Cache-Control', 'no-store');
    return c.html(<ExportCheckPage viewer={viewer} {...props} />, status);
  }

  /** The quarter and revision of the path, or the problems naming them. */
  function target(c: Context<AppEnv>) {
    const t = payrollExportMessages[c.get('viewer')?.locale ?? 'fr'];
    const quarter = z.safeParse(quarterId, c.req.param('quarter'));
    const revision = z.safeParse(revisionNumber, c.req.param('revision'));
    const problems = [
      ...(quarter.success
        ? []
        : [{ path: 'quarter', message: 'a quarter such as 2026-Q3', code: 'not-a-quarter' }]),
      ...(revision.success ? [] : [{ path: 'revision', message: t.badRevision }]),
    ];
    return quarter.success && revision.success
      ? { ok: true as const, quarter: quarter.data, revision: revision.data }
      : { ok: false as const, problems, quarter: c.req.param('quarter') ?? '', revision: 0 };
  }

  app.get('/quarters/:quarter/revisions/:revision/files/:kind', async (c) => {
    const at = target(c);
    const kind = exportFileKinds.find((k) => k === c.req.param('kind'));
    if (!at.ok) return page(c, 400, at);
    if (!kind) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    try {
      const file = await downloadExportFile(deps, {
        quarter: at.quarter,
        revision: at.revision,
        kind,
        actor: c.get('viewer')?.email ?? '',
      });
      c.header('Content-Type', file.mediaType);
      c.header('Content-Disposition', `attachment; filename="${file.name}"`);
      c.header('Cache-Control', 'no-store');
      c.header('X-Content-SHA256', file.sha256);
      return c.body(file.content.slice().buffer as ArrayBuffer, 200);
    } catch (error) {
      if (error instanceof ExportFileConflictError)
        return page(c, 409, {
          ...at,
          problems: [{ path: 'revision', message: error.message, code: 'file-conflict' }],
        });
      if (error instanceof NotFoundError)
        return page(c, 404, { ...at, problems: [notFound(at, error, true)] });
      throw error;
    }
  });

  app.post(
    '/quarters/:quarter/revisions/:revision/check',
    bodyLimit({
      maxSize: maxCheckMegabytes * 1024 * 1024,
      onError: (c) => {
        const at = target(c as Context<AppEnv>);
        const t = payrollExportMessages[(c as Context<AppEnv>).get('viewer')?.locale ?? 'fr'];
        return page(c as Context<AppEnv>, 413, {
          quarter: at.quarter,
          revision: at.revision,
          problems: [{ path: 'file', message: t.tooLarge(maxCheckMegabytes) }],
        });
      },
    }),
    async (c) => {
      const at = target(c);
      if (!at.ok) return page(c, 400, at);
      const t = payrollExportMessages[c.get('viewer')?.locale ?? 'fr'];
      let file: unknown;
      try {
        file = (await c.req.parseBody()).file;
      } catch {
        file = undefined;
      }
      if (!(file instanceof File))
        return page(c, 400, { ...at, problems: [{ path: 'file', message: t.noFile }] });
      try {
        const result = await checkAgainstManifest(deps, {
          quarter: at.quarter,
          revision: at.revision,
          content: new Uint8Array(await file.arrayBuffer()),
        });
        return page(c, 200, { ...at, result });
      } catch (error) {
        if (error instanceof NotFoundError) return page(c, 404, { ...at, problems: [notFound(at, error)] });
        throw error;
      }
    },
  );

  return app;
}
