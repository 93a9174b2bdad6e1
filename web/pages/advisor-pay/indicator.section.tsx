import type {
  AdvisorIndicatorPreview,
  PreviewComponent,
} from '../../../shared/pay/advisor-indicator-preview.js';
import type { ComponentExplanation } from '../../../shared/pay/quarter-indicator.js';
import type { QuarterReviewRow } from '../../../shared/pay/quarter-review.js';
import type { Locale } from '../../../shared/roster/index.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatDate } from '../../format/locale-format.js';
import { guardrailOf, shrinkageOf } from '../pay/indicator-explanation.js';
import { indicatorExplanationMessages } from '../pay/indicator-explanation-messages.js';
import { advisorPayMessages, reviewText } from './advisor-pay-messages.js';
import { colon, inputText, shareText, targetText } from './pay-figures.js';

function Head(props: { locale: Locale }) {
  const t = advisorPayMessages[props.locale];
  return (
    <thead>
      <tr>
        <th>{t.component}</th>
        <th>{t.input}</th>
        <th>{t.target}</th>
        <th class="num">{t.weight}</th>
        <th class="num">{t.attainment}</th>
        <th class="num">{t.contribution}</th>
      </tr>
    </thead>
  );
}

function limitedText(locale: Locale, limited: 'cap' | 'floor' | null) {
  const t = advisorPayMessages[locale];
  return limited === 'cap' ? ` (${t.capped})` : limited === 'floor' ? ` (${t.floored})` : '';
}

function name(locale: Locale, c: { measure: string; level: 'individual' | 'team' }) {
  const w = indicatorExplanationMessages[locale];
  return `${w.measure[c.measure] ?? c.measure} (${w.level[c.level]})`;
}

function StoredComponent(props: { locale: Locale; c: ComponentExplanation; below: boolean }) {
  const { locale, c } = props;
  const t = advisorPayMessages[locale];
  const w = indicatorExplanationMessages[locale];
  const drawn = shrinkageOf(locale, c);
  const shrunk = props.below && c.level === 'individual' && c.shrinkage.state !== 'off';
  return (
    <tr data-component={c.id}>
      <td>
        {name(locale, c)}
        <br />
        <small>{w.componentState[c.state]}</small>
        {shrunk && (
          <>
            <br />
            <span class="badge warn">{t.shrunkFlag}</span>
          </>
        )}
      </td>
      <td>
        {inputText(locale, c.measure, c.input, c.value)}
        {drawn && (
          <>
            <br />
            <small>{drawn}</small>
          </>
        )}
      </td>
      <td>{targetText(locale, c.measure, c.target)}</td>
      <td class="num">{shareText(locale, c.weight)}</td>
      <td class="num">{`${shareText(locale, c.attainment)}${limitedText(locale, c.limited)}`}</td>
      <td class="num">{shareText(locale, c.weight * c.attainment)}</td>
    </tr>
  );
}

/** The quarter as HR computed it: the advisor's stored row, its guardrails and its review. */
export function ComputedIndicator(props: { locale: Locale; row: QuarterReviewRow }) {
  const { locale, row } = props;
  const t = advisorPayMessages[locale];
  const ind = row.indicator;
  return (
    <div data-indicator="computed">
      <p>
        <span class="badge ok">{t.computedLabel(formatDate(locale, new Date(row.computedAt)))}</span>
      </p>
      {ind.state === 'ineligible' ? (
        <p>{t.ineligible(ind.responses, ind.minimumResponses)}</p>
      ) : (
        <>
          <p>
            {ind.eligibility === 'below-minimum'
              ? t.belowMinimum(ind.responses, ind.minimumResponses)
              : t.responsesCount(ind.responses, ind.minimumResponses)}
          </p>
          <TableScroll label={t.indicatorHeading}>
            <table class="pay-components">
              <Head locale={locale} />
              <tbody>
                {ind.components.map((c) => (
                  <StoredComponent locale={locale} c={c} below={ind.eligibility === 'below-minimum'} />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p data-total>
            {t.total}
            {colon(locale)}
            <strong>{shareText(locale, ind.total)}</strong>
            {limitedText(locale, ind.totalLimited)}
          </p>
        </>
      )}
      <p>
        {t.guardrails}
        {colon(locale)}
        {ind.guardrails.length === 0
          ? t.noGuardrail
          : ind.guardrails.map((g) => guardrailOf(locale, g)).join(' ; ')}
      </p>
      <p data-review={row.review.state}>
        {t.review}
        {colon(locale)}
        {reviewText(locale, row.review, (x) => shareText(locale, x))}
      </p>
    </div>
  );
}

function PreviewRow(props: { locale: Locale; c: PreviewComponent }) {
  const { locale, c } = props;
  const t = advisorPayMessages[locale];
  const figures =
    c.state === 'own' && c.input && c.attainment !== null && c.contribution !== null ? (
      <>
        <td>{inputText(locale, c.measure, c.input, c.value)}</td>
        <td>{targetText(locale, c.measure, c.target)}</td>
        <td class="num">{shareText(locale, c.weight)}</td>
        <td class="num">{`${shareText(locale, c.attainment)}${limitedText(locale, c.limited)}`}</td>
        <td class="num">{shareText(locale, c.contribution)}</td>
      </>
    ) : (
      <>
        <td class="muted">{c.state === 'at-close' ? t.atClose : t.noResponse}</td>
        <td>{targetText(locale, c.measure, c.target)}</td>
        <td class="num">{shareText(locale, c.weight)}</td>
        <td class="muted">—</td>
        <td class="muted">—</td>
      </>
    );
  return (
    <tr data-component={c.id}>
      <td>{name(locale, c)}</td>
      {figures}
    </tr>
  );
}

/** The live preview from the advisor's own counters, labelled as such; no total (computed at close). */
export function IndicatorPreview(props: { locale: Locale; preview: AdvisorIndicatorPreview }) {
  const { locale, preview } = props;
  const t = advisorPayMessages[locale];
  return (
    <div data-indicator="preview">
      <p>
        <span class="badge warn">{t.previewLabel}</span> {t.previewNote}
      </p>
      <p>
        {preview.belowMinimum
          ? t.belowMinimum(preview.responses, preview.minimumResponses)
          : t.responsesCount(preview.responses, preview.minimumResponses)}
      </p>
      <TableScroll label={t.indicatorHeading}>
        <table class="pay-components">
          <Head locale={locale} />
          <tbody>
            {preview.components.map((c) => (
              <PreviewRow locale={locale} c={c} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
