import type { AxisSide } from '../../../shared/analytics/axis-level.js';
import type { Measure } from '../../../shared/analytics/inference/reading.js';
import type { SummaryDirection, SummaryTogether } from '../../../shared/analytics/team-summary.js';
import type { Locale } from '../../../shared/roster/index.js';

const nbsp = '\u00a0';

/** The words of the team page's summary and period presets, French first. */
const fr = {
  heading: 'En bref',
  measures: { wellbeing: 'Bien-être des conseillers', customer: 'Satisfaction client' } as Record<
    Measure,
    string
  >,
  sides: {
    below: 'nettement sous le centre',
    within: 'non distinguable du centre',
    above: 'nettement au-dessus du centre',
  } as Record<AxisSide, string>,
  /** How sure: the adjusted interval the side is read from. */
  sure: (value: string, confidence: string, low: string, high: string, centre: string) =>
    `${value}, intervalle à ${confidence}${nbsp}% de ${low} à ${high}, centre ${centre}`,
  noLevel: 'pas assez de mesures récentes pour le situer',
  directions: {
    rising: (weeks: number) => `en hausse sur ${weeks}${nbsp}semaines`,
    falling: (weeks: number) => `en baisse sur ${weeks}${nbsp}semaines`,
    'no-clear-direction': (weeks: number) => `pas de direction nette sur ${weeks}${nbsp}semaines`,
    'too-few-weeks': () => 'trop peu de semaines pour une direction',
  } as Record<SummaryDirection, (weeks: number) => string>,
  together: {
    together: 'Bien-être et satisfaction client évoluent ensemble, d’une semaine à l’autre.',
    opposite: 'Bien-être et satisfaction client évoluent en sens contraire, d’une semaine à l’autre.',
    'not-established': 'Qu’ils évoluent ensemble n’est pas établi sur ces semaines (ni qu’ils divergent).',
    'too-few-weeks': 'Trop peu de semaines avec les deux mesures pour dire s’ils évoluent ensemble.',
  } as Record<SummaryTogether, string>,
  looksHeading: 'À regarder d’abord',
  alertLook: (name: string) => `Alerte active${nbsp}: ${name}`,
  belowLook: {
    wellbeing: 'Bien-être des conseillers nettement sous le centre',
    customer: 'Satisfaction client nettement sous le centre',
  } as Record<Measure, string>,
  nothing: 'Rien ne se distingue sur cette période.',
  presetsLabel: 'Période',
  preset: (weeks: number) => `${weeks}${nbsp}dernières semaines`,
  otherPeriod: 'Autre période',
};

type SummaryMessages = typeof fr;

const en: SummaryMessages = {
  heading: 'In short',
  measures: { wellbeing: 'Advisors’ wellbeing', customer: 'Customer satisfaction' },
  sides: {
    below: 'clearly below the centre',
    within: 'not distinguishable from the centre',
    above: 'clearly above the centre',
  },
  sure: (value, confidence, low, high, centre) =>
    `${value}, ${confidence}% interval ${low} to ${high}, centre ${centre}`,
  noLevel: 'too few recent figures to place it',
  directions: {
    rising: (weeks) => `rising over ${weeks} weeks`,
    falling: (weeks) => `falling over ${weeks} weeks`,
    'no-clear-direction': (weeks) => `no clear direction over ${weeks} weeks`,
    'too-few-weeks': () => 'too few weeks for a direction',
  },
  together: {
    together: 'Wellbeing and customer satisfaction move together from week to week.',
    opposite: 'Wellbeing and customer satisfaction move in opposite directions from week to week.',
    'not-established': 'That they move together is not established over these weeks (nor that they split).',
    'too-few-weeks': 'Too few weeks with both figures to tell whether they move together.',
  },
  looksHeading: 'Look at first',
  alertLook: (name) => `Active alert: ${name}`,
  belowLook: {
    wellbeing: 'Advisors’ wellbeing clearly below the centre',
    customer: 'Customer satisfaction clearly below the centre',
  },
  nothing: 'Nothing stands out this period.',
  presetsLabel: 'Period',
  preset: (weeks) => `Last ${weeks} weeks`,
  otherPeriod: 'Other period',
};

export const teamSummaryMessages: Record<Locale, SummaryMessages> = { fr, en };
