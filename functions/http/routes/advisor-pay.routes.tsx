import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { advisorContestFormSchema, contestFormProblems } from '../../../shared/pay/advisor-contest-form.js';
import { quarterId } from '../../../shared/pay/pay-policy.schema.js';
import { AdvisorPayPage } from '../../../web/pages/advisor-pay/advisor-pay.page.js';
import type { ContestRefusal } from '../../../web/pages/advisor-pay/advisor-pay-messages.js';
import { ContestRefusedPage } from '../../../web/pages/advisor-pay/contest-refused.page.js';
import { ConflictError, NotFoundError } from '../../services/errors.js';
import {
  advisorPayPage,
  contestOwnRating,
  currentPayQuarter,
} from '../../services/pay/advisor-pay.service.js';
import type { QuarterCloseDeps } from '../../services/pay/quarter-close.service.js';
import type { AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

const unknownPath = (c: Context<AppEnv>) => new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);

/** The signed-in advisor, or the unknown-path 404 (the advisor comes from the session only). */
function advisorOf(c: Context<AppEnv>) {
  const viewer = c.get('viewer');
  if (!viewer?.advisorId) throw unknownPath(c);
  return { viewer, advisorId: viewer.advisorId };
}

/** Why the service refused a valid contest, by its refusal code. */
function refusalOf(error: unknown): { status: 404 | 409; refusal: ContestRefusal } | undefined {
  if (error instanceof NotFoundError) return { status: 404, refusal: 'not-yours' };
  if (!(error instanceof ConflictError)) return undefined;
  const code = error.problems[0]?.code;
  if (code === 'already-contested') return { status: 409, refusal: 'already-contested' };
  return { status: 409, refusal: code === 'quarter-closed' ? 'closed' : 'no-pay' };
}

/**
 * /me/pay: an advisor's own variable pay (advisor role only; no address names an advisor).
 * GET shows the quarter (`?quarter=`, default the current one); POST /contests contests one of
 * the advisor's own ratings, then back to the page.
 */
export function advisorPayRoutes(deps: QuarterCloseDeps) {
  const app = new Hono<AppEnv>();
  app.use(authorize('advisor', (c) => ({ kind: 'advisor', advisorId: c.get('viewer')?.advisorId ?? '' })));

  app.get('/', async (c) => {
    const { viewer, advisorId } = advisorOf(c);
    const asked = c.req.query('quarter');
    const parsed = asked === undefined ? undefined : z.safeParse(quarterId, asked.trim());
    if (parsed && !parsed.success)
      return c.html(
        <ContestRefusedPage
          viewer={viewer}
          badQuarter
          problems={[{ field: 'quarter', code: 'not-a-quarter' }]}
        />,
        400,
      );
    const quarter = parsed?.data ?? currentPayQuarter(deps.clock.now());
    const view = await advisorPayPage(deps, advisorId, quarter);
    return c.html(<AdvisorPayPage viewer={viewer} view={view} />);
  });

  app.post('/contests', async (c) => {
    const { viewer, advisorId } = advisorOf(c);
    const fields = await formFields(c);
    const form = z.safeParse(advisorContestFormSchema, fields);
    if (!form.success)
      return c.html(
        <ContestRefusedPage
          viewer={viewer}
          problems={contestFormProblems(fields)}
          quarter={fields.quarter}
        />,
        400,
      );
    try {
      await contestOwnRating(deps, advisorId, viewer.email, form.data);
    } catch (error) {
      const refused = refusalOf(error);
      if (!refused) throw error;
      return c.html(
        <ContestRefusedPage viewer={viewer} refusal={refused.refusal} quarter={form.data.quarter} />,
        refused.status,
      );
    }
    return c.redirect(`/me/pay?quarter=${form.data.quarter}#rated-responses`, 303);
  });

  return app;
}
