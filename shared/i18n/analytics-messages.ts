import type { InsufficientReason } from '../analytics/correlation-result.js';
import type { CorrelationSubject, Reading, ReadingKey } from '../analytics/inference/reading.js';
import type { Locale } from '../roster/index.js';

/**
 * The plain-language readings of analytics results, in French (first-class) and English.
 * Templates name their parameters in braces; `formatReading` fills them. French uses a
 * no-break space before « : » and decimal commas.
 */

const nbsp = '\u00a0';

interface AnalyticsMessages {
  readonly templates: Readonly<Record<ReadingKey, string>>;
  readonly subjects: Readonly<Record<CorrelationSubject, string>>;
  readonly scopes: Readonly<Record<'team' | 'centre', string>>;
  readonly reasons: Readonly<Record<InsufficientReason, string>>;
  /** Added when the result was adjusted in a family of more than one comparison. */
  readonly family: string;
  readonly effectiveWeeks: string;
}

const en: AnalyticsMessages = {
  templates: {
    'correlation.holds':
      '{subject} ({scope}, {weeks} weeks): r = {estimate}, 95% interval {low} to {high}.{effective} This association holds{family}.',
    'correlation.not-established':
      '{subject} ({scope}, {weeks} weeks): r = {estimate}, 95% interval {low} to {high}.{effective} This is not enough to conclude there is an association{family}.',
    'correlation.insufficient': '{subject} ({scope}, {weeks} weeks): not enough evidence to say. {reason}',
    'correlation.suppressed': '{subject} ({scope}): hidden to protect the anonymity of a small group.',
  },
  subjects: {
    'same-week': 'Advisor wellbeing and customer satisfaction in the same week',
    'wellbeing-leads-customer': 'Advisor wellbeing and customer satisfaction the following week',
    'customer-leads-wellbeing': 'Customer satisfaction and advisor wellbeing the following week',
    'between-teams': 'Teams with higher wellbeing and their customer satisfaction',
    driver: '“{dimension}” and customer satisfaction',
  },
  scopes: { team: 'within this team', centre: 'within teams, across the centre' },
  reasons: {
    empty: 'There are no weeks with both figures.',
    'length-mismatch': 'The two series do not cover the same weeks.',
    'too-few-points': 'Only {n} weeks have both figures; at least 4 are needed.',
    'too-few-effective-points':
      'The weekly figures move slowly, so {n} weeks count as only {effectiveN} independent ones; at least 6 are needed.',
    'constant-series': 'One of the figures did not change over the period.',
    'non-finite-value': 'A figure is missing or invalid.',
    'too-few-groups': 'Too few teams have figures.',
    'below-anonymity-threshold': 'Too few advisors answered.',
  },
  family: ' after accounting for the {familySize} comparisons made',
  effectiveWeeks: ' The weeks are not independent: they count as {effectiveN}.',
};

const fr: AnalyticsMessages = {
  templates: {
    'correlation.holds': `{subject} ({scope}, {weeks}${nbsp}semaines)${nbsp}: r = {estimate}, intervalle à 95${nbsp}% de {low} à {high}.{effective} Ce lien se confirme{family}.`,
    'correlation.not-established': `{subject} ({scope}, {weeks}${nbsp}semaines)${nbsp}: r = {estimate}, intervalle à 95${nbsp}% de {low} à {high}.{effective} C’est insuffisant pour conclure à un lien{family}.`,
    'correlation.insufficient': `{subject} ({scope}, {weeks}${nbsp}semaines)${nbsp}: pas assez d’éléments pour conclure. {reason}`,
    'correlation.suppressed': `{subject} ({scope})${nbsp}: masqué pour protéger l’anonymat d’un petit groupe.`,
  },
  subjects: {
    'same-week': 'Bien-être des conseillers et satisfaction client la même semaine',
    'wellbeing-leads-customer': 'Bien-être des conseillers et satisfaction client la semaine suivante',
    'customer-leads-wellbeing': 'Satisfaction client et bien-être des conseillers la semaine suivante',
    'between-teams': 'Équipes au bien-être plus élevé et leur satisfaction client',
    driver: `«${nbsp}{dimension}${nbsp}» et satisfaction client`,
  },
  scopes: { team: 'dans cette équipe', centre: 'au sein des équipes, sur tout le centre' },
  reasons: {
    empty: 'Aucune semaine ne réunit les deux mesures.',
    'length-mismatch': 'Les deux séries ne couvrent pas les mêmes semaines.',
    'too-few-points': `Seules {n}${nbsp}semaines réunissent les deux mesures${nbsp}; il en faut au moins 4.`,
    'too-few-effective-points': `Les mesures hebdomadaires évoluent lentement${nbsp}: {n}${nbsp}semaines n’en valent que {effectiveN} indépendantes${nbsp}; il en faut au moins 6.`,
    'constant-series': 'L’une des mesures n’a pas varié sur la période.',
    'non-finite-value': 'Une mesure est absente ou invalide.',
    'too-few-groups': 'Trop peu d’équipes ont des mesures.',
    'below-anonymity-threshold': 'Trop peu de conseillers ont répondu.',
  },
  family: ` en tenant compte des {familySize}${nbsp}comparaisons effectuées`,
  effectiveWeeks: ` Les semaines ne sont pas indépendantes${nbsp}: elles en valent {effectiveN}.`,
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

/** The sentence a manager reads for one result, in the given language. */
export function formatReading(locale: Locale, reading: Reading): string {
  const m = analyticsMessages(locale);
  const number = (v: number | undefined) =>
    v === undefined ? undefined : locale === 'fr' ? String(v).replace('.', ',') : String(v);
  const p = reading.params;
  const values = {
    n: p.n,
    weeks: p.weeks,
    dimension: p.dimension,
    familySize: p.familySize,
    estimate: number(p.estimate),
    low: number(p.low),
    high: number(p.high),
    effectiveN: number(p.effectiveN),
  };
  return fill(m.templates[reading.key], {
    ...values,
    subject: fill(m.subjects[p.subject], values),
    scope: m.scopes[p.scope],
    reason: p.reason ? fill(m.reasons[p.reason], values) : '',
    family: (p.familySize ?? 1) > 1 ? fill(m.family, values) : '',
    effective: p.effectiveN !== undefined && p.effectiveN < p.n ? fill(m.effectiveWeeks, values) : '',
  }).trim();
}
