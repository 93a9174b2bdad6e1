import { surveyFollowUpMessages } from '../../../shared/i18n/survey-follow-up-messages.js';
import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { callbackContactMaxLength, followUpOf } from '../../../shared/surveys/callback-request.schema.js';
import type { HighScoreLink } from '../../../shared/surveys/survey-settings.schema.js';
import {
  ErrorSummary,
  messagesFor,
  type SurveyFieldError,
  type SurveyFormValues,
} from './survey-form-parts.js';
import { SurveyLayout } from './survey-layout.js';
import { SurveyNotice } from './survey-notice.js';

export interface CustomerThanksPageProps {
  readonly locale: Locale;
  /** The satisfaction score just recorded: it decides what the page offers. */
  readonly score: number;
  /** Where the callback form posts (after 0–6); absent: no callback offered. */
  readonly callbackAction?: string | undefined;
  /** The centre's link (after 9–10), when it configured one. */
  readonly link?: HighScoreLink | undefined;
  /** The callback form as posted, and its mistakes already worded in the page's language. */
  readonly values?: SurveyFormValues | undefined;
  readonly errors?: readonly SurveyFieldError[] | undefined;
}

const anchors: Record<string, string> = { contact: 'contact', consent: 'consent' };

function FieldError(props: { id: string; prefix: string; errors: readonly string[] }) {
  if (props.errors.length === 0) return null;
  return (
    <p class="field-error" id={props.id}>
      {props.errors.map((message) => (
        <span>
          <span class="visually-hidden">{props.prefix}</span>
          {message}{' '}
        </span>
      ))}
    </p>
  );
}

/**
 * What a customer reads once their answer is recorded, by score: 0–6 an apology and the offer
 * to be called back (the consent statement says what is kept, why, who sees it and until
 * when); 9–10 the centre's optional link; 7–8 a plain thanks.
 */
export function CustomerThanksPage(props: CustomerThanksPageProps) {
  const m = surveyMessages(props.locale);
  const f = surveyFollowUpMessages(props.locale);
  const followUp = followUpOf(props.score);
  if (followUp === 'link') {
    return (
      <SurveyNotice locale={props.locale} notice={m.thanks.customer}>
        {props.link && (
          <>
            <p>{f.thanks.linkIntro}</p>
            <a class="next-link" href={props.link.url} rel="noopener noreferrer">
              {props.link.label[props.locale]}
            </a>
          </>
        )}
      </SurveyNotice>
    );
  }
  if (followUp === 'plain' || !props.callbackAction) {
    return (
      <SurveyNotice locale={props.locale} notice={followUp === 'plain' ? m.thanks.customer : f.thanks.low} />
    );
  }
  const c = f.callback;
  const errors = props.errors ?? [];
  const values = props.values ?? {};
  const contactErrors = messagesFor(errors, 'contact');
  const consentErrors = messagesFor(errors, 'consent');
  const summary = [...errors]
    .sort((a, b) => (a.path === 'contact' ? -1 : 0) - (b.path === 'contact' ? -1 : 0))
    .map((e) => ({ href: anchors[e.path] ? `#${anchors[e.path]}` : undefined, text: e.message }));
  const title = errors.length > 0 ? `${m.errorTitlePrefix}${c.heading}` : f.thanks.low.heading;
  return (
    <SurveyLayout locale={props.locale} title={title}>
      <ErrorSummary messages={{ ...m, errorSummaryHeading: c.errorHeading }} entries={summary} />
      <h1>{f.thanks.low.heading}</h1>
      {f.thanks.low.body.map((sentence) => (
        <p class="lead">{sentence}</p>
      ))}
      <section class="question" aria-labelledby="callback-heading">
        <h2 id="callback-heading">{c.heading}</h2>
        <p>{c.intro}</p>
        <form method="post" action={props.callbackAction} novalidate>
          <div class={contactErrors.length > 0 ? 'has-error' : undefined}>
            <label class="field-label" for="contact">
              {c.contactLabel}
            </label>
            <p class="hint" id="contact-hint">
              {c.contactHint}
            </p>
            <FieldError id="contact-error" prefix={m.errorPrefix} errors={contactErrors} />
            <input
              class="text"
              type="text"
              id="contact"
              name="contact"
              autocomplete="email"
              maxlength={callbackContactMaxLength}
              value={values.contact ?? ''}
              aria-describedby={contactErrors.length > 0 ? 'contact-hint contact-error' : 'contact-hint'}
              aria-invalid={contactErrors.length > 0 ? 'true' : undefined}
            />
          </div>
          <ul class="statement" id="callback-statement">
            {c.statement.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
          <FieldError id="consent-error" prefix={m.errorPrefix} errors={consentErrors} />
          <div class="check">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="yes"
              checked={values.consent === 'yes'}
              aria-describedby={
                consentErrors.length > 0 ? 'callback-statement consent-error' : 'callback-statement'
              }
              aria-invalid={consentErrors.length > 0 ? 'true' : undefined}
            />
            <label for="consent">{c.consentLabel}</label>
          </div>
          <button type="submit" class="button">
            {c.submit}
          </button>
        </form>
      </section>
      <p class="muted">{c.skip}</p>
    </SurveyLayout>
  );
}

/** After a callback request: recorded, or asked already (nothing more stored). */
export function CallbackRequestedPage(props: { locale: Locale; already?: boolean }) {
  const c = surveyFollowUpMessages(props.locale).callback;
  return <SurveyNotice locale={props.locale} notice={props.already ? c.alreadyRequested : c.requested} />;
}
