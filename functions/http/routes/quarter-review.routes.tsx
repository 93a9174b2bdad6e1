import type { Context } from 'hono';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as z from 'zod/mini';
import { quarterId } from '../../../shared/pay/pay-policy.schema.js';
import { overrideFormSchema, resolveFormSchema } from '../../../shared/pay/quarter-review.js';
import { QuarterReviewPage } from '../../../web/pages/pay/quarter-review.page.js';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../../services/errors.js';
import {
  approvePendingRows,
  approveRow,
  closeQuarter,
  computeQuarter,
  overrideRow,
  type QuarterCloseDeps,
  quarterReview,
  resolveContest,
} from '../../services/pay/quarter-close.service.js';
import type { AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

const unknownPath = (c: Context<AppEnv>) => new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);

/** Review writes are HR's; payroll reads. Anyone else meets the unknown-path 404. */
const hrOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get('viewer')?.role !== 'hr') throw unknownPath(c);
  await next();
});

/** The refusal code pages word for a form issue, by field and by what zod found wrong. */
function formCode(path: string, issue: { code: string }): string | undefined {
  if (path === 'value')
    return issue.code === 'too_small'
      ? 'value-too-small'
      : issue.code === 'too_big'
        ? 'value-too-large'
        : 'value-not-a-number';
  if (path === 'reason')
    return issue.code === 'too_big'
      ? 'reason-too-long'
      : issue.code === 'custom'
        ? 'reason-control-characters'
        : 'reason-too-short';
  if (path === 'decision') return 'not-a-decision';
  return undefined;
}

/** A refused review form's problems, one per field, each with the code pages word. */
const problemsOf = (
  issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[],
): FieldProblem[] => {
  const byField = new Map<string, FieldProblem>();
  for (const i of issues) {
    const path = i.path.map(String).join('.') || 'form';
    if (!byField.has(path)) byField.set(path, { path, message: i.message, code: formCode(path, i) });
  }
  return [...byField.values()];
};

/** /pay/quarters/:quarter: the quarter's proposals, their review, contests and close. */
export function quarterReviewRoutes(deps: QuarterCloseDeps) {
  const app = new Hono<AppEnv>();
  app.use('/quarters/*', authorize('pay'));

  async function render(
    c: Context<AppEnv>,
    quarter: string,
    status: 200 | 400 | 404 | 409,
    problems?: FieldProblem[],
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw unknownPath(c);
    const review = await quarterReview(deps, quarter);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <QuarterReviewPage
        viewer={viewer}
        quarter={quarter}
        rows={review.rows}
        contests={review.contests}
        revisions={review.revisions}
        problems={problems}
      />,
      status,
    );
  }

  /** The quarter in the path, or a 400 page naming the field. */
  function quarterOfPath(c: Context<AppEnv>): string | undefined {
    const parsed = z.safeParse(quarterId, c.req.param('quarter'));
    return parsed.success ? parsed.data : undefined;
  }

  const badQuarter = (c: Context<AppEnv>) => {
    const viewer = c.get('viewer');
    if (!viewer) throw unknownPath(c);
    return c.html(
      <QuarterReviewPage
        viewer={viewer}
        quarter="—"
        rows={[]}
        contests={[]}
        revisions={[]}
        problems={[{ path: 'quarter', message: 'a quarter such as 2026-Q3', code: 'not-a-quarter' }]}
      />,
      400,
    );
  };

  /**
   * Runs an HR write, then back to the page; a refusal re-renders it with the problems (what
   * was not found named by `notFound`: the advisor's row, or the contest).
   */
  async function write(
    c: Context<AppEnv>,
    quarter: string,
    action: (actor: string) => Promise<unknown>,
    notFound: Omit<FieldProblem, 'message'> = {
      path: 'payrollId',
      code: 'no-proposal',
      values: { advisor: c.req.param('payrollId') ?? '' },
    },
  ) {
    try {
      await action(c.get('viewer')?.email ?? '');
    } catch (error) {
      if (error instanceof ValidationError) return render(c, quarter, 400, [...error.problems]);
      if (error instanceof ConflictError) return render(c, quarter, 409, [...error.problems]);
      if (error instanceof NotFoundError)
        return render(c, quarter, 404, [{ ...notFound, message: error.message }]);
      throw error;
    }
    return c.redirect(`/pay/quarters/${quarter}`, 303);
  }

  app.get('/quarters/:quarter', (c) => {
    const quarter = quarterOfPath(c);
    return quarter ? render(c, quarter, 200) : badQuarter(c);
  });

  app.post('/quarters/:quarter/compute', hrOnly, (c) => {
    const quarter = quarterOfPath(c);
    if (!quarter) return badQuarter(c);
    return write(c, quarter, (actor) => computeQuarter(deps, actor, quarter));
  });

  app.post('/quarters/:quarter/rows/:payrollId/approve', hrOnly, (c) => {
    const quarter = quarterOfPath(c);
    if (!quarter) return badQuarter(c);
    return write(c, quarter, (actor) => approveRow(deps, actor, quarter, c.req.param('payrollId')));
  });

  app.post('/quarters/:quarter/approve-pending', hrOnly, (c) => {
    const quarter = quarterOfPath(c);
    if (!quarter) return badQuarter(c);
    return write(c, quarter, (actor) => approvePendingRows(deps, actor, quarter));
  });

  app.post('/quarters/:quarter/rows/:payrollId/override', hrOnly, async (c) => {
    const quarter = quarterOfPath(c);
    if (!quarter) return badQuarter(c);
    const form = z.safeParse(overrideFormSchema, await formFields(c));
    if (!form.success) return render(c, quarter, 400, problemsOf(form.error.issues));
    return write(c, quarter, (actor) =>
      overrideRow(deps, actor, quarter, c.req.param('payrollId'), form.data),
    );
  });

  app.post('/quarters/:quarter/contests/:contestId/resolve', hrOnly, async (c) => {
    const quarter = quarterOfPath(c);
    if (!quarter) return badQuarter(c);
    const form = z.safeParse(resolveFormSchema, await formFields(c));
    if (!form.success) return render(c, quarter, 400, problemsOf(form.error.issues));
    return write(
      c,
      quarter,
      (actor) => resolveContest(deps, actor, quarter, c.req.param('contestId'), form.data),
      { path: 'responseId', code: 'no-contest' },
    );
  });

  app.post('/quarters/:quarter/close', hrOnly, (c) => {
    const quarter = quarterOfPath(c);
    if (!quarter) return badQuarter(c);
    return write(c, quarter, (actor) => closeQuarter(deps, actor, quarter));
  });

  return app;
}
