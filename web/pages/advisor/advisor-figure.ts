import type { AdvisorEstimate } from '../../../shared/advisor-results/advisor-estimates.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatInterval, formatNumber, formatPercent } from '../../format/locale-format.js';
import { advisorMessages } from './advisor-messages.js';

/** How a figure is written: a 0–10 mean with one decimal, or a rate as a percentage. */
export type FigureKind = 'mean' | 'rate';

/** A shown figure's value alone ("8,6" / "80 %"). */
export function valueText(locale: Locale, kind: FigureKind, value: number): string {
  return kind === 'mean' ? formatNumber(locale, value, 1) : formatPercent(locale, value);
}

/** A shown figure's 95% interval ("[7,2 ; 9,4]" / "[38 %, 96 %]"). */
export function intervalText(locale: Locale, kind: FigureKind, interval: readonly [number, number]): string {
  if (kind === 'mean') return formatInterval(locale, interval[0], interval[1]);
  const sep = locale === 'fr' ? ' ; ' : ', ';
  return `[${formatPercent(locale, interval[0])}${sep}${formatPercent(locale, interval[1])}]`;
}

/**
 * One figure in a sentence: the value, its 95% interval and the responses behind it, or why
 * there is no figure.
 */
export function estimateText(locale: Locale, kind: FigureKind, estimate: AdvisorEstimate): string {
  const t = advisorMessages[locale];
  if (estimate.state !== 'estimated' || estimate.value === null || !estimate.interval) {
    return t.tooFew(estimate.n, estimate.minimum);
  }
  return `${valueText(locale, kind, estimate.value)} ${intervalText(locale, kind, estimate.interval)}, ${t.responses(estimate.n)}`;
}

/**
 * One figure in a table cell whose row gives the week's responses: the value and its interval,
 * the answers behind it when fewer than the row's responses, or "too few responses".
 */
export function estimateCell(
  locale: Locale,
  kind: FigureKind,
  estimate: AdvisorEstimate,
  responses: number,
): string {
  const t = advisorMessages[locale];
  if (estimate.state !== 'estimated' || estimate.value === null || !estimate.interval) return t.tooFewShort;
  const figure = `${valueText(locale, kind, estimate.value)} ${intervalText(locale, kind, estimate.interval)}`;
  return estimate.n < responses ? `${figure} (${t.responses(estimate.n)})` : figure;
}
