import { type CustomerField, surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import type { SurveyFieldError } from './survey-form-parts.js';

/** A refusal as the services report it: the field, and a code with its values when it has one. */
export interface SurveyProblem {
  readonly path: string;
  readonly code?: string | undefined;
  readonly values?: Readonly<Record<string, string>> | undefined;
}

const customerFields: readonly CustomerField[] = [
  'satisfaction',
  'recommendation',
  'resolved',
  'effort',
  'comment',
];

function isCustomerField(path: string): path is CustomerField {
  return (customerFields as readonly string[]).includes(path);
}

/** One message per field, the first one kept. */
function onePerField(errors: readonly SurveyFieldError[]): SurveyFieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.path) && seen.add(e.path));
}

/**
 * The customer form's refusals worded from the survey catalogue, keyed by field, in the
 * customer's language: never the validator's own English.
 */
export function customerFieldErrors(problems: readonly SurveyProblem[], locale: Locale): SurveyFieldError[] {
  const m = surveyMessages(locale).errors;
  return onePerField(
    problems.map((p) =>
      isCustomerField(p.path) ? { path: p.path, message: m.customer[p.path] } : { path: '', message: m.form },
    ),
  );
}

/** The pulse form's refusals (`pulse-out-of-range`, `pulse-empty`, `comment-too-long`) worded in the advisor's language. */
export function pulseFieldErrors(problems: readonly SurveyProblem[], locale: Locale): SurveyFieldError[] {
  const m = surveyMessages(locale).errors;
  return onePerField(
    problems.map((p) => {
      if (p.code === 'pulse-out-of-range' && p.values?.min && p.values.max)
        return { path: p.path, message: m.pulseOutOfRange(Number(p.values.min), Number(p.values.max)) };
      if (p.code === 'pulse-empty') return { path: p.path, message: m.pulseEmpty };
      if (p.code === 'comment-too-long' && p.values?.max)
        return { path: p.path, message: m.pulseCommentTooLong(Number(p.values.max)) };
      return { path: p.path, message: m.form };
    }),
  );
}
