import type { SurveyMessages } from '../../../shared/i18n/survey-messages.js';

/** A validation message for one form field; `path` is the field's name as the form posts it. */
export interface SurveyFieldError {
  readonly path: string;
  readonly message: string;
}

/** The form as posted, to fill it again when it comes back with errors. */
export type SurveyFormValues = Readonly<Record<string, string | undefined>>;

/** One answer of a radio question: the posted value and what the button shows. */
export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** The id of one answer's radio input; the first one is where the error summary links. */
export function optionId(idBase: string, value: string): string {
  return `${idBase}-${value}`;
}

/** `min`…`max` as radio answers labelled by their number. */
export function numericOptions(min: number, max: number): ChoiceOption[] {
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i)).map((v) => ({
    value: v,
    label: v,
  }));
}

export function messagesFor(errors: readonly SurveyFieldError[], path: string): string[] {
  return errors.filter((e) => e.path === path).map((e) => e.message);
}

/**
 * The list of what to fix, at the top of a form sent back, each linked to its field. Shown as an
 * alert and focused on load, so screen-reader and keyboard users start there.
 */
export function ErrorSummary(props: {
  messages: SurveyMessages;
  entries: readonly { href?: string | undefined; text: string }[];
}) {
  if (props.entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-heading" tabindex={-1} autofocus>
      <h2 id="error-summary-heading">{props.messages.errorSummaryHeading}</h2>
      <p>{props.messages.errorSummaryLead}</p>
      <ul>
        {props.entries.map((entry) => (
          <li>{entry.href ? <a href={entry.href}>{entry.text}</a> : entry.text}</li>
        ))}
      </ul>
    </div>
  );
}

function FieldErrors(props: { id: string; messages: SurveyMessages; errors: readonly string[] }) {
  if (props.errors.length === 0) return null;
  return (
    <p class="field-error" id={props.id}>
      {props.errors.map((message) => (
        <span>
          <span class="visually-hidden">{props.messages.errorPrefix}</span>
          {message}{' '}
        </span>
      ))}
    </p>
  );
}

/**
 * A question answered by one radio button among several, drawn as a row of large buttons. The
 * inputs stay real radio inputs (arrow keys, screen readers); only their labels are styled.
 */
export function ChoiceQuestion(props: {
  messages: SurveyMessages;
  /** The field name the form posts. */
  name: string;
  /** Prefix of the inputs' ids, unique on the page. */
  idBase: string;
  legend: string;
  /** Small line above the legend, e.g. the question's number. */
  kicker?: string | undefined;
  optional?: boolean;
  required?: boolean;
  options: readonly ChoiceOption[];
  anchors?: { low: string; high: string } | undefined;
  checked?: string | undefined;
  errors: readonly string[];
}) {
  const errorId = `${props.idBase}-error`;
  const anchorsId = `${props.idBase}-anchors`;
  const first = props.options[0];
  const last = props.options[props.options.length - 1];
  const describedBy = [props.anchors ? anchorsId : '', props.errors.length > 0 ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={props.errors.length > 0 ? 'question has-error' : 'question'}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend>
          {props.kicker && <span class="question-number">{props.kicker}</span>}
          {props.legend}
          {props.optional && (
            <>
              {' '}
              <span class="optional">{props.messages.optionalMark}</span>
            </>
          )}
        </legend>
        <FieldErrors id={errorId} messages={props.messages} errors={props.errors} />
        <div class={`scale scale-${props.options.length}`}>
          {props.options.map((option) => {
            const id = optionId(props.idBase, option.value);
            return (
              <div class="option">
                <input
                  type="radio"
                  id={id}
                  name={props.name}
                  value={option.value}
                  checked={props.checked === option.value}
                  required={props.required}
                />
                <label for={id}>{option.label}</label>
              </div>
            );
          })}
        </div>
        {props.anchors && first && last && (
          <p class="anchors" id={anchorsId}>
            <span>
              {first.label} – {props.anchors.low}
            </span>
            <span>
              {last.label} – {props.anchors.high}
            </span>
          </p>
        )}
      </fieldset>
    </div>
  );
}

/** An optional free-text answer with its length limit. */
export function CommentQuestion(props: {
  messages: SurveyMessages;
  name: string;
  label: string;
  hint: string;
  maxLength: number;
  value?: string | undefined;
  errors: readonly string[];
}) {
  const errorId = `${props.name}-error`;
  const hintId = `${props.name}-hint`;
  const describedBy = props.errors.length > 0 ? `${hintId} ${errorId}` : hintId;
  return (
    <div class={props.errors.length > 0 ? 'question has-error' : 'question'}>
      <label class="field-label" for={props.name}>
        {props.label} <span class="optional">{props.messages.optionalMark}</span>
      </label>
      <p class="hint" id={hintId}>
        {props.hint}
      </p>
      <FieldErrors id={errorId} messages={props.messages} errors={props.errors} />
      <textarea
        id={props.name}
        name={props.name}
        rows={5}
        maxlength={props.maxLength}
        aria-describedby={describedBy}
        aria-invalid={props.errors.length > 0 ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}
