import type { Context } from 'hono';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { defaultPayPolicy } from '../../../shared/pay/default-pay-policy.js';
import { nextQuarter, previousQuarter } from '../../../shared/pay/policy-in-force.js';
import { quarterOf } from '../../../shared/time/period.js';
import { fieldLine } from '../../../web/pages/pay/pay-field-names.js';
import { payMessages } from '../../../web/pages/pay/pay-messages.js';
import { PayPolicyPage, type PayPolicyPageProps } from '../../../web/pages/pay/pay-policy.page.js';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../../services/errors.js';
import {
  advisorPolicyInForce,
  checkPayPolicy,
  payPolicyVersions,
  publishPayPolicy,
  savePayPolicyDraft,
} from '../../services/pay/pay-policy.service.js';
import { enablePayIndicators } from '../../services/pay/pay-prerequisites.service.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

/** Writes in the pay area are HR's; payroll reads. Anyone else meets the unknown-path 404. */
const hrOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.get('viewer')?.role !== 'hr') throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
  await next();
});

/** /pay: the variable-pay policy page (hr writes, payroll reads). */
export function payPolicyRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(authorize('pay'));

  async function render(
    c: Context<AppEnv>,
    status: 200 | 400 | 404 | 409,
    extra: Partial<Pick<PayPolicyPageProps, 'problems' | 'draftJson'>> = {},
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    const quarter = quarterOf(deps.clock.now());
    const [prerequisites, versions, inForce] = await Promise.all([
      deps.pay.prerequisites(),
      payPolicyVersions(deps),
      advisorPolicyInForce(deps, quarter),
    ]);
    const latest = versions[0]?.policy ?? defaultPayPolicy(nextQuarter(quarter));
    return c.html(
      <PayPolicyPage
        viewer={viewer}
        prerequisites={prerequisites}
        versions={versions}
        inForce={inForce}
        reviewQuarters={[quarter, previousQuarter(quarter), previousQuarter(previousQuarter(quarter))]}
        draftJson={extra.draftJson ?? JSON.stringify(latest, null, 2)}
        problems={extra.problems}
      />,
      status,
    );
  }

  /** Runs an HR write, then back to the page; a refusal re-renders it with the problems. */
  async function write(c: Context<AppEnv>, action: () => Promise<unknown>, draftJson?: string, version = '') {
    try {
      await action();
    } catch (error) {
      const problems: readonly FieldProblem[] | undefined =
        error instanceof ValidationError || error instanceof ConflictError ? error.problems : undefined;
      if (problems && error instanceof ValidationError) return render(c, 400, { problems, draftJson });
      if (problems) return render(c, 409, { problems, draftJson });
      if (error instanceof NotFoundError)
        return render(c, 404, {
          problems: [
            { path: 'version', message: error.message, code: 'unknown-version', values: { version } },
          ],
        });
      throw error;
    }
    return c.redirect('/pay/policy', 303);
  }

  app.get('/policy', (c) => render(c, 200));

  /** Live validation for the editor: the rules a draft breaks, in the person's language; stores nothing. */
  app.post('/policy/check', hrOnly, async (c) => {
    const locale = c.get('viewer')?.locale ?? 'fr';
    let text = '';
    try {
      const body = (await c.req.json()) as { policy?: unknown };
      text = typeof body.policy === 'string' ? body.policy : '';
    } catch {
      text = '';
    }
    c.header('Cache-Control', 'no-store');
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      const message = payMessages[locale].notJson;
      return c.json({
        problems: [{ field: 'policy', message, text: fieldLine(locale, 'policy', message) }],
        valid: '',
      });
    }
    const problems = checkPayPolicy(input, locale).map((p) => ({
      ...p,
      text: fieldLine(locale, p.field || 'policy', p.message),
    }));
    return c.json({ problems, valid: payMessages[locale].policyValid });
  });

  app.post('/enable', hrOnly, (c) =>
    write(c, () => enablePayIndicators(deps, c.get('viewer')?.email ?? '', c.get('viewer')?.locale)),
  );

  app.post('/policy/drafts', hrOnly, async (c) => {
    const text = (await formFields(c)).policy ?? '';
    const viewer = c.get('viewer');
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      const message = payMessages[viewer?.locale ?? 'fr'].notJson;
      return render(c, 400, { problems: [{ path: 'policy', message }], draftJson: text });
    }
    return write(c, () => savePayPolicyDraft(deps, input, viewer?.email ?? '', viewer?.locale), text);
  });

  app.post('/policy/publish', hrOnly, async (c) => {
    const version = Number((await formFields(c)).version);
    if (!Number.isInteger(version) || version < 1) {
      const message = payMessages[c.get('viewer')?.locale ?? 'fr'].notVersion;
      return render(c, 400, { problems: [{ path: 'version', message }] });
    }
    return write(
      c,
      () => publishPayPolicy(deps, version, c.get('viewer')?.email ?? ''),
      undefined,
      String(version),
    );
  });

  return app;
}
