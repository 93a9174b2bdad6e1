import type { AxisReading, AxisSide } from '../analytics/axis-level.js';
import type { InsufficientReason } from '../analytics/correlation-result.js';
import type {
  CorrelationScope,
  CorrelationSubject,
  Measure,
  QuadrantInsufficientReason,
  Reading,
  ReadingKey,
} from '../analytics/inference/reading.js';
import type { QuadrantPlacement } from '../analytics/quadrant.js';
import type { Locale } from '../roster/index.js';
import type { PulseDimension } from '../surveys/pulse-dimensions.js';

/**
 * The plain-language readings of analytics results, in French (first-class) and English.
 * Templates name their parameters in braces; `formatReading` fills them. French uses a
 * no-break space before « : » and decimal commas.
 */

const nbsp = '\u00a0';

interface AnalyticsMessages {
  readonly templates: Readonly<Record<ReadingKey, string>>;
  readonly subjects: Readonly<Record<CorrelationSubject, string>>;
  readonly scopes: Readonly<Record<CorrelationScope, string>>;
  readonly reasons: Readonly<Record<InsufficientReason, string>>;
  /** Added when the result was adjusted in a family of more than one comparison. */
  readonly family: string;
  readonly effectiveWeeks: string;
  readonly symbols: Readonly<Record<'pearson' | 'spearman', string>>;
  readonly dimensions: Readonly<Record<PulseDimension, string>>;
  readonly measures: Readonly<Record<Measure, string>>;
  readonly quadrants: Readonly<Record<QuadrantPlacement, string>>;
  readonly straddles: Readonly<Record<'wellbeing' | 'customer' | 'both', string>>;
  readonly quadrantReasons: Readonly<Record<QuadrantInsufficientReason, string>>;
}

const en: AnalyticsMessages = {
  templates: {
    'correlation.holds':
      '{subject} ({scope}, {weeks} weeks): {symbol} = {estimate}, 95% interval {low} to {high}.{effective} This association holds{family}.',
    'correlation.suggested':
      '{subject} ({scope}, {weeks} weeks): {symbol} = {estimate}, 95% interval {low} to {high}.{effective} An association is suggested (its interval excludes 0) but not confirmed{family}.',
    'correlation.not-established':
      '{subject} ({scope}, {weeks} weeks): {symbol} = {estimate}, 95% interval {low} to {high}.{effective} This is not enough to conclude there is an association{family}.',
    'correlation.insufficient': '{subject} ({scope}, {weeks} weeks): not enough evidence to say. {reason}',
    'correlation.suppressed': '{subject} ({scope}): hidden to protect the anonymity of a small group.',
    'trend.rising':
      '{measure} over the last {weeks} weeks: rising by {slope} {points} a week (95% interval {low} to {high}).',
    'trend.falling':
      '{measure} over the last {weeks} weeks: falling by {slopeSize} {points} a week (95% interval {low} to {high}).',
    'trend.flat':
      '{measure} over the last {weeks} weeks: flat, {slope} {points} a week (95% interval {low} to {high}, within ±1).',
    'trend.unclear':
      '{measure} over the last {weeks} weeks: no clear direction, {slope} {points} a week (95% interval {low} to {high}).',
    'trend.insufficient': '{measure} over the last {weeks} weeks: too few weekly figures to read a trend.',
    'quadrant.placed':
      'Over the last {weeks} weeks: {quadrant}. Wellbeing {wellbeing} (95% interval {wellbeingLow} to {wellbeingHigh}, centre median {wellbeingThreshold}); customer satisfaction {customer} ({customerLow} to {customerHigh}, centre median {customerThreshold}; medians of {teams} teams).',
    'quadrant.near-centre':
      'Over the last {weeks} weeks: near the centre, not placed in a quadrant, because {straddles}. Wellbeing {wellbeing} (95% interval {wellbeingLow} to {wellbeingHigh}, centre median {wellbeingThreshold}); customer satisfaction {customer} ({customerLow} to {customerHigh}, centre median {customerThreshold}; medians of {teams} teams).',
    'quadrant.insufficient': 'No quadrant: {reason}',
  },
  subjects: {
    'same-week': 'Advisor wellbeing and customer satisfaction in the same week',
    'wellbeing-leads-customer': 'Advisor wellbeing and customer satisfaction the following week',
    'customer-leads-wellbeing': 'Customer satisfaction and advisor wellbeing the following week',
    'between-teams': 'Teams with higher wellbeing and their customer satisfaction',
    driver: '“{dimension}” and customer satisfaction',
  },
  scopes: {
    team: 'within this team',
    centre: 'within teams, across the centre',
    'across-teams': 'across the centre’s teams, one point per team',
  },
  reasons: {
    empty: 'There are no weeks with both figures.',
    'length-mismatch': 'The two series do not cover the same weeks.',
    'too-few-points': 'Only {n} weeks have both figures; at least 4 are needed.',
    'too-few-within-team-points':
      'Only {n} team weeks have both figures; a comparison within teams needs at least 8 more than the number of teams.',
    'too-few-effective-points':
      'The weekly figures move slowly, so {n} weeks count as only {effectiveN} independent ones; at least 6 are needed.',
    'constant-series': 'One of the figures did not change over the period.',
    'non-finite-value': 'A figure is missing or invalid.',
    'too-few-groups': 'Too few teams have figures.',
    'below-anonymity-threshold': 'Too few advisors answered.',
  },
  family: ' after accounting for the {familySize} comparisons made',
  effectiveWeeks: ' The weeks are not independent: they count as {effectiveN}.',
  symbols: { pearson: 'r', spearman: 'ρ' },
  dimensions: {
    wellbeing: 'Wellbeing',
    workload: 'Workload',
    autonomy: 'Autonomy',
    'manager-support': 'Manager support',
    'tools-knowledge': 'Tools and knowledge',
    recognition: 'Recognition',
    meaning: 'Meaning',
    'team-spirit': 'Team spirit',
    'work-life-balance': 'Work-life balance',
  },
  measures: { wellbeing: 'Advisor wellbeing', customer: 'Customer satisfaction' },
  quadrants: {
    balanced: 'balanced (both at or above the centre)',
    'customers-at-advisors-expense': 'customers served at the advisors’ expense',
    'advisors-comfortable-customers-under-served': 'advisors comfortable, customers under-served',
    'both-low': 'both below the centre',
    'near-centre': 'near the centre',
  },
  straddles: {
    wellbeing: 'the wellbeing interval straddles the centre median',
    customer: 'the customer satisfaction interval straddles the centre median',
    both: 'both intervals straddle the centre medians',
  },
  quadrantReasons: {
    'no-current-figures': 'the last weeks lack a shown wellbeing or customer figure.',
    'no-thresholds': 'the centre medians are not available to this reader.',
  },
};

const fr: AnalyticsMessages = {
  templates: {
    'correlation.holds': `{subject} ({scope}, {weeks}${nbsp}semaines)${nbsp}: {symbol} = {estimate}, intervalle à 95${nbsp}% de {low} à {high}.{effective} Ce lien se confirme{family}.`,
    'correlation.suggested': `{subject} ({scope}, {weeks}${nbsp}semaines)${nbsp}: {symbol} = {estimate}, intervalle à 95${nbsp}% de {low} à {high}.{effective} Un lien est suggéré (son intervalle exclut 0) mais pas confirmé{family}.`,
    'correlation.not-established': `{subject} ({scope}, {weeks}${nbsp}semaines)${nbsp}: {symbol} = {estimate}, intervalle à 95${nbsp}% de {low} à {high}.{effective} C’est insuffisant pour conclure à un lien{family}.`,
    'correlation.insufficient': `{subject} ({scope}, {weeks}${nbsp}semaines)${nbsp}: pas assez d’éléments pour conclure. {reason}`,
    'correlation.suppressed': `{subject} ({scope})${nbsp}: masqué pour protéger l’anonymat d’un petit groupe.`,
    'trend.rising': `{measure} sur les {weeks}${nbsp}dernières semaines${nbsp}: en hausse de {slope}${nbsp}{points} par semaine (intervalle à 95${nbsp}% de {low} à {high}).`,
    'trend.falling': `{measure} sur les {weeks}${nbsp}dernières semaines${nbsp}: en baisse de {slopeSize}${nbsp}{points} par semaine (intervalle à 95${nbsp}% de {low} à {high}).`,
    'trend.flat': `{measure} sur les {weeks}${nbsp}dernières semaines${nbsp}: stable, {slope}${nbsp}{points} par semaine (intervalle à 95${nbsp}% de {low} à {high}, à ±1 près).`,
    'trend.unclear': `{measure} sur les {weeks}${nbsp}dernières semaines${nbsp}: pas de direction nette, {slope}${nbsp}{points} par semaine (intervalle à 95${nbsp}% de {low} à {high}).`,
    'trend.insufficient': `{measure} sur les {weeks}${nbsp}dernières semaines${nbsp}: trop peu de mesures hebdomadaires pour lire une tendance.`,
    'quadrant.placed': `Sur les {weeks}${nbsp}dernières semaines${nbsp}: {quadrant}. Bien-être {wellbeing} (intervalle à 95${nbsp}% de {wellbeingLow} à {wellbeingHigh}, médiane du centre {wellbeingThreshold})${nbsp}; satisfaction client {customer} ({customerLow} à {customerHigh}, médiane du centre {customerThreshold}${nbsp}; médianes de {teams}${nbsp}équipes).`,
    'quadrant.near-centre': `Sur les {weeks}${nbsp}dernières semaines${nbsp}: près du centre, sans quadrant attribué, car {straddles}. Bien-être {wellbeing} (intervalle à 95${nbsp}% de {wellbeingLow} à {wellbeingHigh}, médiane du centre {wellbeingThreshold})${nbsp}; satisfaction client {customer} ({customerLow} à {customerHigh}, médiane du centre {customerThreshold}${nbsp}; médianes de {teams}${nbsp}équipes).`,
    'quadrant.insufficient': `Pas de quadrant${nbsp}: {reason}`,
  },
  subjects: {
    'same-week': 'Bien-être des conseillers et satisfaction client la même semaine',
    'wellbeing-leads-customer': 'Bien-être des conseillers et satisfaction client la semaine suivante',
    'customer-leads-wellbeing': 'Satisfaction client et bien-être des conseillers la semaine suivante',
    'between-teams': 'Équipes au bien-être plus élevé et leur satisfaction client',
    driver: `«${nbsp}{dimension}${nbsp}» et satisfaction client`,
  },
  scopes: {
    team: 'dans cette équipe',
    centre: 'au sein des équipes, sur tout le centre',
    'across-teams': 'entre les équipes du centre, un point par équipe',
  },
  reasons: {
    empty: 'Aucune semaine ne réunit les deux mesures.',
    'length-mismatch': 'Les deux séries ne couvrent pas les mêmes semaines.',
    'too-few-points': `Seules {n}${nbsp}semaines réunissent les deux mesures${nbsp}; il en faut au moins 4.`,
    'too-few-within-team-points': `Seules {n}${nbsp}semaines d’équipe réunissent les deux mesures${nbsp}; une comparaison au sein des équipes en demande au moins 8 de plus que le nombre d’équipes.`,
    'too-few-effective-points': `Les mesures hebdomadaires évoluent lentement${nbsp}: {n}${nbsp}semaines n’en valent que {effectiveN} indépendantes${nbsp}; il en faut au moins 6.`,
    'constant-series': 'L’une des mesures n’a pas varié sur la période.',
    'non-finite-value': 'Une mesure est absente ou invalide.',
    'too-few-groups': 'Trop peu d’équipes ont des mesures.',
    'below-anonymity-threshold': 'Trop peu de conseillers ont répondu.',
  },
  family: ` en tenant compte des {familySize}${nbsp}comparaisons effectuées`,
  effectiveWeeks: ` Les semaines ne sont pas indépendantes${nbsp}: elles en valent {effectiveN}.`,
  symbols: { pearson: 'r', spearman: 'ρ' },
  dimensions: {
    wellbeing: 'Bien-être',
    workload: 'Charge de travail',
    autonomy: 'Autonomie',
    'manager-support': 'Soutien du manager',
    'tools-knowledge': 'Outils et connaissances',
    recognition: 'Reconnaissance',
    meaning: 'Sens du travail',
    'team-spirit': 'Esprit d’équipe',
    'work-life-balance': 'Équilibre vie pro-vie perso',
  },
  measures: { wellbeing: 'Bien-être des conseillers', customer: 'Satisfaction client' },
  quadrants: {
    balanced: 'équilibre (les deux au niveau du centre ou au-dessus)',
    'customers-at-advisors-expense': 'clients servis aux dépens des conseillers',
    'advisors-comfortable-customers-under-served': 'conseillers à l’aise, clients moins bien servis',
    'both-low': 'tous deux sous le centre',
    'near-centre': 'près du centre',
  },
  straddles: {
    wellbeing: 'l’intervalle du bien-être chevauche la médiane du centre',
    customer: 'l’intervalle de la satisfaction client chevauche la médiane du centre',
    both: 'les deux intervalles chevauchent les médianes du centre',
  },
  quadrantReasons: {
    'no-current-figures':
      'il manque une mesure de bien-être ou de satisfaction client sur les dernières semaines.',
    'no-thresholds': 'les médianes du centre ne sont pas disponibles pour ce lecteur.',
  },
};

export function analyticsMessages(locale: Locale): AnalyticsMessages {
  return locale === 'fr' ? fr : en;
}

function fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 3 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }),
};

/** A reading's number in the locale: decimal comma and narrow no-break grouping in French. */
export function formatReadingNumber(locale: Locale, value: number): string {
  return numberFormats[locale].format(value);
}

/** The sentence a manager reads for one result, in the given language. */
export function formatReading(locale: Locale, reading: Reading): string {
  const m = analyticsMessages(locale);
  const p: Readonly<Record<string, string | number | undefined>> = reading.params;
  const values: Record<string, string | number | undefined> = Object.fromEntries(
    Object.entries(p).map(([name, v]) => [name, typeof v === 'number' ? formatReadingNumber(locale, v) : v]),
  );
  const slope = typeof p.slope === 'number' ? formatReadingNumber(locale, Math.abs(p.slope)) : undefined;
  const size = typeof p.slope === 'number' ? Math.abs(p.slope) : 0;
  // French takes the singular below 2 (« 1,5 point »), English only at exactly 1.
  const plural = locale === 'fr' ? size >= 2 : size !== 1;
  const words: Record<string, string | undefined> = { slopeSize: slope, points: plural ? 'points' : 'point' };
  if ('subject' in reading.params) {
    const c = reading.params;
    const dimension = c.dimension as PulseDimension | undefined;
    words.dimension = dimension ? m.dimensions[dimension] : undefined;
    words.symbol = m.symbols[c.method ?? 'pearson'];
    words.subject = fill(m.subjects[c.subject], { ...values, ...words });
    words.scope = m.scopes[c.scope];
    words.reason = c.reason ? fill(m.reasons[c.reason], values) : '';
    words.family = (c.familySize ?? 1) > 1 ? fill(m.family, values) : '';
    words.effective = c.effectiveN !== undefined && c.effectiveN < c.n ? fill(m.effectiveWeeks, values) : '';
  } else if ('measure' in reading.params) {
    words.measure = m.measures[reading.params.measure];
  } else {
    const q = reading.params;
    words.quadrant = q.quadrant ? m.quadrants[q.quadrant] : undefined;
    words.straddles = q.straddles ? m.straddles[q.straddles] : undefined;
    words.reason = q.reason ? m.quadrantReasons[q.reason] : undefined;
  }
  return fill(m.templates[reading.key], { ...values, ...words }).trim();
}

/** How one axis of a team reads against the centre, per measure and side. */
const axisWords: Record<Locale, Record<Measure, Record<AxisSide, string>>> = {
  en: {
    wellbeing: {
      below: 'advisors’ wellbeing clearly below the centre',
      within: 'advisors’ wellbeing not distinguishable from the centre',
      above: 'advisors’ wellbeing clearly above the centre',
    },
    customer: {
      below: 'customer satisfaction clearly below the centre',
      within: 'customers not distinguishable from the centre',
      above: 'customer satisfaction clearly above the centre',
    },
  },
  fr: {
    wellbeing: {
      below: 'bien-être des conseillers nettement sous le centre',
      within: 'bien-être des conseillers non distinguable du centre',
      above: 'bien-être des conseillers nettement au-dessus du centre',
    },
    customer: {
      below: 'satisfaction client nettement sous le centre',
      within: 'clients non distinguables du centre',
      above: 'satisfaction client nettement au-dessus du centre',
    },
  },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The per-axis summary of a team: each axis said on its own (« bien-être des conseillers
 * nettement sous le centre ; clients non distinguables du centre »), then the quadrant when
 * both axes are clear, or why there is none.
 */
export function formatAxisSummary(
  locale: Locale,
  axes: { readonly wellbeing: { readonly side: AxisSide }; readonly customer: { readonly side: AxisSide } },
  quadrant: QuadrantPlacement,
): string {
  const w = axisWords[locale];
  const sep = locale === 'fr' ? `${nbsp}; ` : '; ';
  const said = `${capitalised(w.wellbeing[axes.wellbeing.side])}${sep}${w.customer[axes.customer.side]}.`;
  const clear = [axes.wellbeing.side, axes.customer.side].filter((side) => side !== 'within').length;
  const m = analyticsMessages(locale);
  const colon = locale === 'fr' ? `${nbsp}:` : ':';
  if (quadrant !== 'near-centre' && clear === 2)
    return `${said} ${locale === 'fr' ? 'Quadrant' : 'Quadrant'}${colon} ${m.quadrants[quadrant]}.`;
  const none =
    clear === 1
      ? locale === 'fr'
        ? 'Pas de quadrant, un seul axe se distingue du centre.'
        : 'No quadrant: only one axis stands apart from the centre.'
      : locale === 'fr'
        ? 'Pas de quadrant, aucun axe ne se distingue du centre.'
        : 'No quadrant: neither axis stands apart from the centre.';
  return `${said} ${none}`;
}

/** One axis with its adjusted interval against the centre's level, in the given language. */
export function formatAxisReading(locale: Locale, reading: AxisReading): string {
  const p = reading.params;
  const n = (v: number) => formatReadingNumber(locale, v);
  const words =
    axisWords[locale][p.measure][
      reading.key === 'axis.below' ? 'below' : reading.key === 'axis.above' ? 'above' : 'within'
    ];
  return locale === 'fr'
    ? `${capitalised(words)}${nbsp}: ${n(p.value)} (intervalle à ${n(p.confidence)}${nbsp}% de ${n(p.low)} à ${n(p.high)}, médiane du centre ${n(p.centre)}).`
    : `${capitalised(words)}: ${n(p.value)} (${n(p.confidence)}% interval ${n(p.low)} to ${n(p.high)}, centre median ${n(p.centre)}).`;
}

/** The adjustment the per-axis intervals carry, with its reference, in the given language. */
export function formatAxisMethod(
  locale: Locale,
  axis: { readonly comparisons: number; readonly teams: number; readonly confidence: number },
): string {
  const c = formatReadingNumber(locale, Math.round(axis.confidence * 1000) / 10);
  return locale === 'fr'
    ? `Chaque axe est lu contre la médiane du centre avec un intervalle à ${c}${nbsp}%, ajusté sur les ${axis.comparisons}${nbsp}comparaisons de la page (${axis.teams}${nbsp}équipes × 2${nbsp}axes, Šidák 1967), pour garder à 5${nbsp}% le risque de dire à tort une équipe nettement au-dessus ou au-dessous.`
    : `Each axis is read against the centre median with a ${c}% interval, adjusted over the page’s ${axis.comparisons} comparisons (${axis.teams} teams × 2 axes, Šidák 1967), keeping at 5% the risk of wrongly calling any team clearly above or below.`;
}
