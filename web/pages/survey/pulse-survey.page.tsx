import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import { commentGroupMinimum, commentMaxLength } from '../../../shared/publication/publish-comments.js';
import type { Locale } from '../../../shared/roster/index.js';
import type { PulseItem } from '../../../shared/surveys/pulse-bank.js';
import { pulseCommentWords } from './pulse-comment-words.js';
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

export interface PulseSurveyPageProps {
  locale: Locale;
  /** The period as the advisor reads it, e.g. « semaine du 9 février » / "week of 9 February". */
  periodLabel: string;
  /** The period's 4–5 items; the form posts one field per item id, its value a number string. */
  items: readonly PulseItem[];
  /** Where the form POSTs; only that POST records the answers. */
  action: string;
  values?: SurveyFormValues | undefined;
  /** `path` is the item id. */
  errors?: readonly SurveyFieldError[] | undefined;
  /** The anonymity threshold k promised on the page (default 5). */
  minRespondents?: number | undefined;
}

const defaultMinRespondents = 5;

function idBase(item: PulseItem): string {
  return `pulse-${item.id}`;
}

/**
 * The advisor's anonymous pulse: one optional question per item, on its 1–5 agreement scale or
 * the 0–10 eNPS scale, under the anonymity promise. Rendering it records nothing.
 */
export function PulseSurveyPage(props: PulseSurveyPageProps) {
  const m = surveyMessages(props.locale);
  const p = m.pulse;
  const errors = props.errors ?? [];
  const values = props.values ?? {};
  const count = props.items.length;
  const position = new Map(props.items.map((item, i) => [item.id, i]));
  const summary = [...errors]
    .sort((a, b) => (position.get(a.path) ?? count) - (position.get(b.path) ?? count))
    .map((e) => {
      const i = position.get(e.path);
      const item = i === undefined ? undefined : props.items[i];
      return item && i !== undefined
        ? {
            href: `#${optionId(idBase(item), String(item.scale.min))}`,
            text: p.summaryEntry(i + 1, count, e.message),
          }
        : { text: e.message };
    });
  return (
    <SurveyLayout
      locale={props.locale}
      title={errors.length > 0 ? `${m.errorTitlePrefix}${p.title}` : p.title}
    >
      <ErrorSummary messages={m} entries={summary} />
      <h1>{p.heading}</h1>
      <p class="muted">{p.period(props.periodLabel)}</p>
      <p class="lead">{p.intro(count)}</p>
      <p class="promise">
        {p.anonymity(props.minRespondents ?? defaultMinRespondents)}{' '}
        <a href={`/privacy?lang=${props.locale}`}>{p.privacyLink}</a>
      </p>
      <form method="post" action={props.action} novalidate>
        {props.items.map((item, i) => (
          <ChoiceQuestion
            messages={m}
            name={item.id}
            idBase={idBase(item)}
            kicker={p.questionOf(i + 1, count)}
            legend={item.text[props.locale]}
            options={numericOptions(item.scale.min, item.scale.max)}
            anchors={item.dimension === 'enps' ? p.enps : p.agreement}
            checked={values[item.id]}
            errors={messagesFor(errors, item.id)}
          />
        ))}
        <CommentQuestion
          messages={m}
          name="comment"
          label={pulseCommentWords[props.locale].label}
          hint={pulseCommentWords[props.locale].hint(commentGroupMinimum)}
          maxLength={commentMaxLength}
          value={values.comment}
          errors={messagesFor(errors, 'comment')}
        />
        <button type="submit" class="button">
          {p.submit}
        </button>
      </form>
    </SurveyLayout>
  );
}
