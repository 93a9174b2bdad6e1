import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { WaysOfWorkingItem } from '../../../shared/logics/ways-of-working-module.js';
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
  /**
   * The monthly "ways of working" module, asked one week a month after the pulse items (its
   * items and one rating per listed tool or method); empty or absent the other weeks.
   */
  waysOfWorking?: readonly WaysOfWorkingItem[] | undefined;
  /** Where the form POSTs; only that POST records the answers. */
  action: string;
  values?: SurveyFormValues | undefined;
  /** `path` is the item id. */
  errors?: readonly SurveyFieldError[] | undefined;
  /** The anonymity threshold k promised on the page (default 5). */
  minRespondents?: number | undefined;
}

const defaultMinRespondents = 5;

/** One question as the page asks it: a pulse item or a module item, with its scale's end words. */
interface AskedQuestion {
  readonly id: string;
  readonly scale: { readonly min: number; readonly max: number };
  readonly text: Readonly<Record<Locale, string>>;
  readonly anchors: { readonly low: string; readonly high: string };
  readonly module: boolean;
}

function idBase(item: AskedQuestion): string {
  return `pulse-${item.id}`;
}

/**
 * The advisor's anonymous pulse: one optional question per item, on its 1–5 agreement scale or
 * the 0–10 eNPS scale, under the anonymity promise; in the module's week, then the "ways of
 * working" items, each with its own scale words. Rendering it records nothing.
 */
export function PulseSurveyPage(props: PulseSurveyPageProps) {
  const m = surveyMessages(props.locale);
  const p = m.pulse;
  const errors = props.errors ?? [];
  const values = props.values ?? {};
  const questions: AskedQuestion[] = [
    ...props.items.map((item) => ({
      ...item,
      anchors: item.dimension === 'enps' ? p.enps : p.agreement,
      module: false,
    })),
    ...(props.waysOfWorking ?? []).map((item) => ({
      ...item,
      anchors: { low: item.low[props.locale], high: item.high[props.locale] },
      module: true,
    })),
  ];
  const withModule = questions.some((q) => q.module);
  const count = questions.length;
  const position = new Map(questions.map((item, i) => [item.id, i]));
  const summary = [...errors]
    .sort((a, b) => (position.get(a.path) ?? count) - (position.get(b.path) ?? count))
    .map((e) => {
      const i = position.get(e.path);
      const item = i === undefined ? undefined : questions[i];
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
      <p class="lead">{withModule ? p.introWithModule(count) : p.intro(count)}</p>
      <p class="promise">
        {p.anonymity(props.minRespondents ?? defaultMinRespondents)}{' '}
        <a href={`/privacy?lang=${props.locale}`}>{p.privacyLink}</a>
      </p>
      <form method="post" action={props.action} novalidate>
        {questions.map((item, i) => (
          <>
            {item.module && !questions[i - 1]?.module && (
              <>
                <h2>{p.moduleHeading}</h2>
                <p>{p.moduleLead}</p>
              </>
            )}
            <ChoiceQuestion
              messages={m}
              name={item.id}
              idBase={idBase(item)}
              kicker={p.questionOf(i + 1, count)}
              legend={item.text[props.locale]}
              options={numericOptions(item.scale.min, item.scale.max)}
              anchors={item.anchors}
              checked={values[item.id]}
              errors={messagesFor(errors, item.id)}
            />
          </>
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
