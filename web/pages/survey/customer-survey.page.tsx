import { surveyFollowUpMessages } from '../../../shared/i18n/survey-follow-up-messages.js';
import {
  type CustomerField,
  commentMaxLength,
  surveyMessages,
} from '../../../shared/i18n/survey-messages.js';
import type { Channel, Locale } from '../../../shared/roster/index.js';
import {
  ChoiceQuestion,
  CommentQuestion,
  ErrorSummary,
  messagesFor,
  numericOptions,
  optionId,
  type SurveyFieldError,
  type SurveyFormValues,
} from './survey-form-parts.js';
import { SurveyLayout } from './survey-layout.js';

export interface CustomerSurveyPageProps {
  locale: Locale;
  advisorFirstName: string;
  channel: Channel;
  /** Where the form POSTs; only that POST records the answer. */
  action: string;
  /** The 0–10 score clicked in the email, shown selected. */
  preselectedScore?: number | undefined;
  /** The posted form, to fill it again after a validation error; wins over `preselectedScore`. */
  values?: SurveyFormValues | undefined;
  errors?: readonly SurveyFieldError[] | undefined;
}

const fieldOrder: readonly CustomerField[] = [
  'satisfaction',
  'recommendation',
  'resolved',
  'effort',
  'comment',
];

/** Where the error summary sends the reader for each field: its first input. */
const fieldAnchor: Record<CustomerField, string> = {
  satisfaction: optionId('satisfaction', '0'),
  recommendation: optionId('recommendation', '0'),
  resolved: optionId('resolved', 'yes'),
  effort: optionId('effort', '1'),
  comment: 'comment',
};

function isCustomerField(path: string): path is CustomerField {
  return (fieldOrder as readonly string[]).includes(path);
}

function isScore(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 10;
}

/**
 * The customer survey after one contact: satisfaction 0–10 (required, preselected from the
 * email click) and right under it the button that confirms it, within a phone's first screen
 * (375 × 667); then, optional and skippable, recommendation 0–10, resolved yes/no, effort 1–7
 * and a comment with the button that sends everything. Both buttons post the same form.
 * Rendering it records nothing.
 */
export function CustomerSurveyPage(props: CustomerSurveyPageProps) {
  const m = surveyMessages(props.locale);
  const c = m.customer;
  const f = surveyFollowUpMessages(props.locale).survey;
  const errors = props.errors ?? [];
  const values = props.values ?? {};
  const preselected = isScore(props.preselectedScore) ? String(props.preselectedScore) : undefined;
  const satisfaction = values.satisfaction ?? preselected;
  const summary = [...errors]
    .sort(
      (a, b) =>
        (isCustomerField(a.path) ? fieldOrder.indexOf(a.path) : fieldOrder.length) -
        (isCustomerField(b.path) ? fieldOrder.indexOf(b.path) : fieldOrder.length),
    )
    .map((e) => ({ href: isCustomerField(e.path) ? `#${fieldAnchor[e.path]}` : undefined, text: e.message }));
  const title = c.title(props.advisorFirstName);
  return (
    <SurveyLayout locale={props.locale} title={errors.length > 0 ? `${m.errorTitlePrefix}${title}` : title}>
      <ErrorSummary messages={m} entries={summary} />
      <h1>{c.heading(props.advisorFirstName)}</h1>
      <p class="lead">{c.intro(props.advisorFirstName, props.channel)}</p>
      <form method="post" action={props.action} novalidate>
        {preselected !== undefined && errors.length === 0 && (
          <p class="note" id="score-note">
            {f.preselected(Number(preselected))}
          </p>
        )}
        <ChoiceQuestion
          messages={m}
          name="satisfaction"
          idBase="satisfaction"
          legend={c.satisfaction.legend}
          required
          options={numericOptions(0, 10)}
          anchors={c.satisfaction}
          checked={satisfaction}
          errors={messagesFor(errors, 'satisfaction')}
        />
        <button type="submit" id="confirm-score" class="button confirm">
          {f.confirm}
        </button>
        <p class="muted small">{f.notRecordedYet(c.submit)}</p>
        <h2 class="more-heading">{f.moreHeading}</h2>
        <p class="muted">{f.moreIntro}</p>
        <ChoiceQuestion
          messages={m}
          name="recommendation"
          idBase="recommendation"
          legend={c.recommendation.legend}
          optional
          options={numericOptions(0, 10)}
          anchors={c.recommendation}
          checked={values.recommendation}
          errors={messagesFor(errors, 'recommendation')}
        />
        <ChoiceQuestion
          messages={m}
          name="resolved"
          idBase="resolved"
          legend={c.resolved.legend}
          optional
          options={[
            { value: 'yes', label: c.resolved.yes },
            { value: 'no', label: c.resolved.no },
          ]}
          checked={values.resolved}
          errors={messagesFor(errors, 'resolved')}
        />
        <ChoiceQuestion
          messages={m}
          name="effort"
          idBase="effort"
          legend={c.effort.legend}
          optional
          options={numericOptions(1, 7)}
          anchors={c.effort}
          checked={values.effort}
          errors={messagesFor(errors, 'effort')}
        />
        <CommentQuestion
          messages={m}
          name="comment"
          label={c.comment.label}
          hint={c.comment.hint(commentMaxLength)}
          maxLength={commentMaxLength}
          value={values.comment}
          errors={messagesFor(errors, 'comment')}
        />
        <button type="submit" id="send-all" class="button">
          {c.submit}
        </button>
      </form>
    </SurveyLayout>
  );
}
