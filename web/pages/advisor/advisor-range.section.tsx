import type { WeekRange } from '../../../shared/advisor-results/week-range.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatWeek } from '../../format/locale-format.js';
import { advisorMessages } from './advisor-messages.js';

/** The weeks shown, and a form (GET, no script) to choose others. */
export function AdvisorRangeSection(props: {
  locale: Locale;
  range?: WeekRange | undefined;
  values?: { from?: string; to?: string };
}) {
  const { locale, range } = props;
  const t = advisorMessages[locale].range;
  return (
    <form method="get" action="/me" class="card range">
      <fieldset>
        <legend>{t.legend}</legend>
        {range && <p>{t.shown(formatWeek(locale, range.from), formatWeek(locale, range.to))}</p>}
        <p class="muted" id="range-hint">
          {t.hint}
        </p>
        <div class="range-fields">
          <div>
            <label for="range-from">{t.from}</label>
            <input
              id="range-from"
              name="from"
              type="text"
              pattern="\d{4}-W\d{2}"
              aria-describedby="range-hint"
              value={props.values?.from ?? range?.from ?? ''}
            />
          </div>
          <div>
            <label for="range-to">{t.to}</label>
            <input
              id="range-to"
              name="to"
              type="text"
              pattern="\d{4}-W\d{2}"
              aria-describedby="range-hint"
              value={props.values?.to ?? range?.to ?? ''}
            />
          </div>
          <div>
            <button type="submit" class="primary">
              {t.submit}
            </button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
