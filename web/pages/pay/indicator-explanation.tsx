import type {
  AdvisorIndicator,
  ComponentExplanation,
  FiredGuardrail,
} from '../../../shared/pay/quarter-indicator.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatInterval, formatNumber, formatPercent } from '../../format/locale-format.js';
import { indicatorExplanationMessages } from './indicator-explanation-messages.js';
import { quarterReviewMessages } from './quarter-review-messages.js';

function inputOf(locale: Locale, c: ComponentExplanation): string {
  const mean = c.input.value === null ? '—' : formatNumber(locale, c.input.value, 2);
  const interval = c.input.interval
    ? formatInterval(locale, c.input.interval[0], c.input.interval[1], 2)
    : '';
  return `n = ${c.input.n}, ${mean} ${interval}`.trim();
}

/** The sentence saying what the component's figure was drawn toward, if anything. */
export function shrinkageOf(locale: Locale, c: ComponentExplanation): string | undefined {
  const w = indicatorExplanationMessages[locale];
  const s = c.shrinkage;
  const n = (x: number) => formatNumber(locale, x, 2);
  if (s.state === 'team-mean') return w.teamMean(n(s.teamMean));
  if (s.state === 'not-estimated') return w.notEstimated;
  if (s.state !== 'applied') return undefined;
  if (s.prior.state === 'no-spread') return w.shrinkNoSpread(n(s.teamMean));
  const kappa = s.prior.state === 'estimated' ? formatNumber(locale, s.prior.priorStrength, 1) : '—';
  return w.shrinkApplied(n(s.raw), n(s.teamMean), formatPercent(locale, s.ownWeight), kappa);
}

export function guardrailOf(locale: Locale, g: FiredGuardrail): string {
  const w = indicatorExplanationMessages[locale];
  return g.kind === 'doping' ? w.doping : w.pressure(g.guardrail.teamId);
}

/**
 * How an indicator was built: per component its input (n, mean, 95% interval), what it was
 * drawn toward, target, weight, attainment; the total with its limit; the guardrails that fired.
 */
export function IndicatorExplanation(props: { indicator: AdvisorIndicator; locale: Locale }) {
  const { indicator: ind, locale } = props;
  const t = quarterReviewMessages[locale];
  const w = indicatorExplanationMessages[locale];
  if (ind.state === 'ineligible') return <p>{t.ineligible(ind.responses, ind.minimumResponses)}</p>;
  return (
    <div class="indicator-explanation">
      {ind.eligibility === 'below-minimum' && (
        <p data-eligibility="below-minimum">
          <strong>{w.belowMinimum(ind.responses, ind.minimumResponses)}</strong>
        </p>
      )}
      <table class="components">
        <thead>
          <tr>
            <th>{t.component}</th>
            <th>{t.input}</th>
            <th>{t.target}</th>
            <th>{t.weight}</th>
            <th>{t.attainment}</th>
          </tr>
        </thead>
        <tbody>
          {ind.components.map((c) => {
            const drawn = shrinkageOf(locale, c);
            return (
              <tr data-component={c.id}>
                <td>
                  {w.measure[c.measure] ?? c.measure} ({w.level[c.level]}) <br />
                  <small>{w.componentState[c.state]}</small>
                </td>
                <td>
                  {inputOf(locale, c)}
                  {drawn && (
                    <>
                      <br />
                      <small>{drawn}</small>
                    </>
                  )}
                </td>
                <td>{formatNumber(locale, c.target, 2)}</td>
                <td>{formatPercent(locale, c.weight)}</td>
                <td>
                  {formatNumber(locale, c.attainment, 3)}
                  {c.limited ? ` (${w.limitedBy[c.limited]})` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {t.total}: <strong>{formatNumber(locale, ind.total, 3)}</strong>
        {ind.totalLimited ? ` (${w.limitedBy[ind.totalLimited]})` : ''}
      </p>
      <p>
        {t.guardrails}:{' '}
        {ind.guardrails.length === 0
          ? t.noGuardrail
          : ind.guardrails.map((g) => guardrailOf(locale, g)).join(' ; ')}
      </p>
    </div>
  );
}
