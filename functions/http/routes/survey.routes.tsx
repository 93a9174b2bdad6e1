import { type Context, Hono } from 'hono';
import type { Locale } from '../../../shared/roster/index.js';
import { pulseWeekLabel } from '../../../shared/surveys/pulse-week-label.js';
import { CustomerSurveyPage } from '../../../web/pages/survey/customer-survey.page.js';
import { PulseSurveyPage } from '../../../web/pages/survey/pulse-survey.page.js';
import { PulseWeekClosedPage } from '../../../web/pages/survey/pulse-week-closed.page.js';
import { SurveyAlreadyRecordedPage } from '../../../web/pages/survey/survey-already-recorded.page.js';
import { SurveyExpiredPage } from '../../../web/pages/survey/survey-expired.page.js';
import { customerFieldErrors, pulseFieldErrors } from '../../../web/pages/survey/survey-field-errors.js';
import type { SurveyFieldError } from '../../../web/pages/survey/survey-form-parts.js';
import { SurveyInvalidLinkPage } from '../../../web/pages/survey/survey-invalid-link.page.js';
import { SurveyThanksPage } from '../../../web/pages/survey/survey-thanks.page.js';
import { UnsubscribeConfirmPage } from '../../../web/pages/survey/unsubscribe-confirm.page.js';
import { UnsubscribedPage } from '../../../web/pages/survey/unsubscribed.page.js';
import {
  openCustomerSurvey,
  recordCustomerSurvey,
  type SurveyDeps,
} from '../../services/customer-survey.service.js';
import { ValidationError } from '../../services/errors.js';
import { unsubscribeCustomer } from '../../services/opt-out.service.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';
import type { CallbackRepository } from '../../services/ports/callback.port.js';
import type { CustomerInvitation, DispatchRepository } from '../../services/ports/survey.port.js';
import {
  type OpenedPulse,
  openPulseSurvey,
  PulseWeekClosedError,
  recordPulseSurvey,
} from '../../services/pulse-survey.service.js';
import { SurveyLinkError } from '../../services/survey-link.js';
import { formFields } from '../form-fields.js';
import { browserLocale } from '../middleware/request-locale.js';
import { customerThanksPage } from './callback.routes.js';

export interface SurveyRouteDeps extends SurveyDeps {
  readonly dispatch: DispatchRepository;
  /** Callback requests after a low score; absent: the thanks page offers none. */
  readonly callbacks?: CallbackRepository | undefined;
  /** The centre's brand shown on the pages; absent: the product's own. */
  readonly brand?: BrandRepository | undefined;
}

function linkProblemPage(c: Context, error: SurveyLinkError, fallback: Locale) {
  const locale = error.locale ?? fallback;
  c.header('Cache-Control', 'no-store');
  if (error.reason === 'expired') return c.html(<SurveyExpiredPage locale={locale} />, 410);
  if (error.reason === 'already-recorded') return c.html(<SurveyAlreadyRecordedPage locale={locale} />, 409);
  return c.html(<SurveyInvalidLinkPage locale={locale} />, 401);
}

/** A pulse link whose week is closed: 410, said in the advisor's language, nothing kept. */
function pulseWeekClosedPage(c: Context, error: PulseWeekClosedError) {
  c.header('Cache-Control', 'no-store');
  return c.html(
    <PulseWeekClosedPage
      locale={error.locale ?? browserLocale(c)}
      period={error.period}
      whileAnswering={error.whileAnswering}
    />,
    410,
  );
}

type FormState = {
  values?: Record<string, string | undefined>;
  /** Already worded in the page's language. */
  errors?: readonly SurveyFieldError[];
  preselectedScore?: number | undefined;
};

function customerPage(c: Context, invitation: CustomerInvitation, state: FormState) {
  return (
    <CustomerSurveyPage
      locale={invitation.locale}
      advisorFirstName={invitation.advisorFirstName ?? ''}
      channel={invitation.channel}
      action={c.req.path}
      {...state}
    />
  );
}

function pulsePage(c: Context, opened: OpenedPulse, state: FormState) {
  return (
    <PulseSurveyPage
      locale={opened.invitation.locale}
      periodLabel={pulseWeekLabel(opened.invitation.period, opened.invitation.locale)}
      items={opened.items}
      waysOfWorking={opened.waysOfWorking}
      action={c.req.path}
      {...state}
    />
  );
}

/**
 * The pages people reach from survey emails. GET (and HEAD) only show a page: mail scanners
 * open every link, so nothing is ever recorded before the person's own POST.
 */
export function surveyRoutes(deps: SurveyRouteDeps) {
  const app = new Hono();
  // Only on its own answers: an app mounting these at `/` adds nothing to other paths' answers
  // nor to a method these paths do not answer, so every 404 is the same.
  for (const path of ['/s/c/:token', '/s/p/:token', '/u/:token']) {
    app.use(path, async (c, next) => {
      await next();
      if (c.res.status === 404) return;
      c.header('Cache-Control', 'no-store');
      c.header('Referrer-Policy', 'no-referrer');
      c.header('X-Robots-Tag', 'noindex');
    });
  }

  app.get('/s/c/:token', async (c) => {
    try {
      const invitation = await openCustomerSurvey(deps, c.req.param('token'));
      const score = Number(c.req.query('score'));
      return c.html(
        customerPage(c, invitation, {
          preselectedScore: Number.isInteger(score) && score >= 0 && score <= 10 ? score : undefined,
        }),
      );
    } catch (error) {
      if (error instanceof SurveyLinkError) return linkProblemPage(c, error, browserLocale(c));
      throw error;
    }
  });

  app.post('/s/c/:token', async (c) => {
    const token = c.req.param('token');
    const form = await formFields(c);
    try {
      const { invitation, answer } = await recordCustomerSurvey(deps, token, form);
      // The thanks page depends on the score: callback offer (0–6), the centre's link (9–10).
      return c.html(await customerThanksPage(deps, invitation, answer.satisfaction, c.req.path));
    } catch (error) {
      if (error instanceof SurveyLinkError) return linkProblemPage(c, error, browserLocale(c));
      if (error instanceof ValidationError) {
        const invitation = await openCustomerSurvey(deps, token);
        const errors = customerFieldErrors(error.problems, invitation.locale);
        return c.html(customerPage(c, invitation, { values: form, errors }), 400);
      }
      throw error;
    }
  });

  app.get('/s/p/:token', async (c) => {
    try {
      return c.html(pulsePage(c, await openPulseSurvey(deps, c.req.param('token')), {}));
    } catch (error) {
      if (error instanceof PulseWeekClosedError) return pulseWeekClosedPage(c, error);
      if (error instanceof SurveyLinkError) return linkProblemPage(c, error, browserLocale(c));
      throw error;
    }
  });

  app.post('/s/p/:token', async (c) => {
    const token = c.req.param('token');
    const form = await formFields(c);
    try {
      const invitation = await recordPulseSurvey(deps, token, form);
      return c.html(<SurveyThanksPage locale={invitation.locale} kind="pulse" />);
    } catch (error) {
      if (error instanceof PulseWeekClosedError) return pulseWeekClosedPage(c, error);
      if (error instanceof SurveyLinkError) return linkProblemPage(c, error, browserLocale(c));
      if (error instanceof ValidationError) {
        const opened = await openPulseSurvey(deps, token, true).catch((again: unknown) => {
          if (again instanceof PulseWeekClosedError) return again;
          throw again;
        });
        if (opened instanceof PulseWeekClosedError) return pulseWeekClosedPage(c, opened);
        const errors = pulseFieldErrors(error.problems, opened.invitation.locale);
        return c.html(pulsePage(c, opened, { values: form, errors }), 400);
      }
      throw error;
    }
  });

  app.get('/u/:token', async (c) => {
    const locale = c.req.query('lang') === 'en' ? 'en' : browserLocale(c);
    return c.html(<UnsubscribeConfirmPage locale={locale} action={c.req.path} />);
  });

  // RFC 8058 one-click: the mail client POSTs `List-Unsubscribe=One-Click`; the page's button posts too.
  app.post('/u/:token', async (c) => {
    try {
      await unsubscribeCustomer(deps, c.req.param('token'));
      return c.html(<UnsubscribedPage locale={browserLocale(c)} />);
    } catch (error) {
      if (error instanceof SurveyLinkError) return linkProblemPage(c, error, browserLocale(c));
      throw error;
    }
  });

  return app;
}
