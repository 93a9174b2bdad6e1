import type { AdvisorEstimate } from '../../../shared/advisor-results/advisor-estimates.js';
import type { PayMeasure } from '../../../shared/pay/pay-policy.schema.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatInterval, formatNumber, formatPercent } from '../../format/locale-format.js';

const nnbsp = '\u202f';

/** A component's target as the advisor reads it: 8,5/10, 80 %, 360 s. */
export function targetText(locale: Locale, measure: PayMeasure, target: number): string {
  if (measure === 'once-and-done') return formatPercent(locale, target, 0);
  if (measure === 'handle-time') return `${formatNumber(locale, target, 0)}${locale === 'fr' ? nnbsp : ' '}s`;
  return `${formatNumber(locale, target, 1)}/10`;
}

/** A component's own figure: a 0–10 mean with 2 decimals, or a rate in percent. */
export function valueText(locale: Locale, measure: PayMeasure, value: number): string {
  if (measure === 'once-and-done') return formatPercent(locale, value, 1);
  if (measure === 'handle-time') return `${formatNumber(locale, value, 0)}${locale === 'fr' ? nnbsp : ' '}s`;
  return formatNumber(locale, value, 2);
}

/** n, the figure and its 95% interval when it has one. */
export function inputText(locale: Locale, measure: PayMeasure, input: AdvisorEstimate, value: number | null) {
  const shown = input.value ?? value;
  const figure = shown === null ? '—' : valueText(locale, measure, shown);
  const interval = input.interval
    ? measure === 'once-and-done'
      ? formatInterval(locale, input.interval[0] * 100, input.interval[1] * 100, 1).replace(']', `${nnbsp}%]`)
      : formatInterval(locale, input.interval[0], input.interval[1], 2)
    : '';
  return `n = ${input.n}, ${figure} ${interval}`.trim();
}

/** An attainment, a contribution or an indicator (shares of the target) in percent, one decimal. */
export const shareText = (locale: Locale, share: number) => formatPercent(locale, share, 1);

/** The colon before a value: a no-break space before it in French. */
export const colon = (locale: Locale) => (locale === 'fr' ? '\u00a0: ' : ': ');
