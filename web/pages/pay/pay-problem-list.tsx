import type { Locale } from '../../../shared/roster/index.js';
import { ProblemList } from '../../components/problem-list.js';
import { fieldLine } from './pay-field-names.js';
import { refusalText } from './pay-refusal-messages.js';

/** A pay refusal as a page receives it: the field, the service's code and values, its English. */
export interface PayProblem {
  readonly path: string;
  readonly message: string;
  readonly code?: string | undefined;
  readonly values?: Readonly<Record<string, string>> | undefined;
}

/**
 * The refusals of a pay page in the person's language, one line each: the field by its name
 * (« Trimestre », never the form's key), then what is wrong, worded from the refusal's code
 * (or the message, already in that language, when it has none).
 */
export function PayProblemList(props: {
  readonly locale: Locale;
  readonly problems: readonly PayProblem[] | undefined;
  readonly intro?: string | undefined;
}) {
  return (
    <ProblemList
      problems={props.problems}
      intro={props.intro}
      line={(p) => (
        <span data-field={p.path}>{fieldLine(props.locale, p.path, refusalText(props.locale, p))}</span>
      )}
    />
  );
}
