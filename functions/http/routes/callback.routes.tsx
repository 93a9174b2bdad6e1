import { type Context, Hono } from 'hono';
import {
  type CallbackField,
  surveyFollowUpMessages,
} from '../../../shared/i18n/survey-follow-up-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { followUpOf } from '../../../shared/surveys/callback-request.schema.js';
import { CallbackRequestedPage, CustomerThanksPage } from '../../../web/pages/survey/customer-thanks.page.js';
import { SurveyExpiredPage } from '../../../web/pages/survey/survey-expired.page.js';
import type { SurveyFieldError } from '../../../web/pages/survey/survey-form-parts.js';
import { SurveyInvalidLinkPage } from '../../../web/pages/survey/survey-invalid-link.page.js';
import { type CallbackDeps, openCallback, requestCallback } from '../../services/callback-request.service.js';
import type { FieldProblem } from '../../services/errors.js';
import { ValidationError } from '../../services/errors.js';
import type { CallbackRepository } from '../../services/ports/callback.port.js';
import type { CustomerInvitation, DispatchRepository } from '../../services/ports/survey.port.js';
import { SurveyLinkError } from '../../services/survey-link.js';
import { formFields } from '../form-fields.js';
import { browserLocale } from '../middleware/request-locale.js';

const callbackFields: readonly CallbackField[] = ['contact', 'consent'];

/** One message per bad field of the callback form, from the follow-up catalogue in `locale`. */
export function callbackFieldErrors(problems: readonly FieldProblem[], locale: Locale): SurveyFieldError[] {
  const messages = surveyFollowUpMessages(locale).errors;
  const bad = new Set(problems.map((p) => p.path));
  return callbackFields.filter((field) => bad.has(field)).map((path) => ({ path, message: messages[path] }));
}

/** Where the thanks page's callback form posts, from the survey link's path (`/s/c/:token`). */
export function callbackPath(surveyPath: string): string {
  return `${surveyPath.replace(/\/+$/, '')}/callback`;
}

/**
 * The customer's thanks page after their answer is recorded, by score: a callback offer after
 * 0–6 (when callbacks are served), the centre's configured link after 9–10, else a plain thanks.
 */
export async function customerThanksPage(
  deps: { readonly dispatch: DispatchRepository; readonly callbacks?: CallbackRepository | undefined },
  invitation: Pick<CustomerInvitation, 'locale'>,
  satisfaction: number,
  surveyPath: string,
) {
  const followUp = followUpOf(satisfaction);
  const link = followUp === 'link' ? (await deps.dispatch.getSurveySettings()).highScoreLink : undefined;
  return (
    <CustomerThanksPage
      locale={invitation.locale}
      score={satisfaction}
      link={link}
      callbackAction={followUp === 'callback' && deps.callbacks ? callbackPath(surveyPath) : undefined}
    />
  );
}

function linkProblemPage(c: Context, error: SurveyLinkError) {
  const locale = error.locale ?? browserLocale(c);
  if (error.reason === 'expired') return c.html(<SurveyExpiredPage locale={locale} />, 410);
  return c.html(<SurveyInvalidLinkPage locale={locale} />, 401);
}

/**
 * POST /s/c/:token/callback: after a low score, the customer asks to be called back. Only a
 * POST stores anything (there is no GET); the request is tied to the response's team, once per
 * response; a bad field is a 400 naming it in the customer's language, nothing stored.
 */
export function callbackRoutes(deps: CallbackDeps) {
  const app = new Hono();
  // Only on its own answers: an app mounting these at `/` adds nothing to other paths' answers
  // nor to a method these paths do not answer, so every 404 is the same.
  app.use('/s/c/:token/callback', async (c, next) => {
    await next();
    if (c.res.status === 404) return;
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
  });

  app.post('/s/c/:token/callback', async (c) => {
    const form = await formFields(c);
    let response: Awaited<ReturnType<typeof openCallback>>;
    try {
      response = await openCallback(deps, c.req.param('token'));
    } catch (error) {
      if (error instanceof SurveyLinkError) return linkProblemPage(c, error);
      throw error;
    }
    try {
      const outcome = await requestCallback(deps, response, form);
      return c.html(
        <CallbackRequestedPage locale={response.locale} already={outcome === 'already-requested'} />,
        outcome === 'stored' ? 200 : 409,
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return c.html(
        <CustomerThanksPage
          locale={response.locale}
          score={response.satisfaction}
          callbackAction={c.req.path}
          values={form}
          errors={callbackFieldErrors(error.problems, response.locale)}
        />,
        400,
      );
    }
  });

  return app;
}
