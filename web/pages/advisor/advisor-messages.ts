import type { ObjectiveReading } from '../../../shared/advisor-results/advisor-estimates.js';
import type { WeekRangeProblem } from '../../../shared/advisor-results/week-range.js';
import type { Channel, Locale } from '../../../shared/roster/index.js';

const fr = {
  title: 'Mes résultats clients',
  intro:
    'Ce que vos clients disent de vos propres contacts, semaine après semaine. Vous seul voyez cette page. Vos réponses au baromètre conseiller restent anonymes et n’apparaissent jamais ici.',
  payLink: 'Comment mon indicateur de rémunération variable est construit',
  range: {
    legend: 'Période affichée',
    from: 'Première semaine',
    to: 'Dernière semaine',
    hint: 'Au format 2026-W45 (année, W, numéro de semaine ISO).',
    submit: 'Afficher',
    shown: (from: string, to: string) => `De la ${from} à la ${to}.`,
  },
  quarterHeading: (quarter: string) => `Vos résultats du ${quarter} et les objectifs partagés`,
  quarterName: (year: string, q: number) => `${q === 1 ? '1er' : `${q}e`} trimestre ${year}`,
  objectivesNote:
    'Les objectifs sont ceux du centre, les mêmes pour tous, connus à l’avance. Ce sont les valeurs par défaut tant qu’aucune politique de rémunération variable ne les fixe.',
  measures: {
    satisfaction: 'Satisfaction',
    recommendation: 'Recommandation',
    onceAndDone: 'Résolu dès le premier contact',
  },
  outOfTen: 'sur 10',
  objective: 'Objectif',
  intervalLabel: 'intervalle à 95 %',
  responses: (n: number) => (n === 1 ? '1 réponse' : `${n} réponses`),
  tooFew: (n: number, minimum: number) =>
    n === 0
      ? 'Aucune réponse : pas de chiffre'
      : `Trop peu de réponses (${n} sur les ${minimum} nécessaires) : pas de chiffre`,
  tooFewShort: 'Trop peu de réponses',
  readings: {
    above: 'Au-dessus de l’objectif',
    below: 'En dessous de l’objectif',
    straddles: 'Trop proche de l’objectif pour conclure',
  } satisfies Record<ObjectiveReading, string>,
  weeksHeading: 'Semaine après semaine',
  tableCaption: 'Tous les chiffres de chaque semaine, la plus récente d’abord',
  chartTitle: 'Satisfaction de vos clients par semaine, sur 10, avec son intervalle à 95 %',
  chartSummary: (shown: number, total: number, minimum: number) =>
    `${shown} semaine${shown > 1 ? 's' : ''} tracée${shown > 1 ? 's' : ''} sur ${total} ; les semaines de moins de ${minimum} réponses ne sont pas tracées.`,
  chartObjective: (value: string) => `Objectif ${value}`,
  chartTable: 'Les chiffres du graphique',
  weekColumn: 'Semaine',
  responsesColumn: 'Réponses',
  commentsHeading: 'Les derniers commentaires de vos clients',
  commentsNote: (max: number) => `Les ${max} plus récents de la période, les plus récents d’abord.`,
  noComments: 'Aucun commentaire sur cette période.',
  score: (value: number) => `Note ${value}/10`,
  channels: {
    phone: 'Téléphone',
    email: 'E-mail',
    chat: 'Tchat',
    social: 'Réseaux sociaux',
    'in-person': 'En face à face',
  } satisfies Record<Channel, string>,
  error: {
    title: 'Période non valide',
    intro: 'La période demandée ne peut pas être affichée :',
    fields: { from: 'première semaine', to: 'dernière semaine' },
    problems: {
      'not-a-week': 'ce n’est pas une semaine ISO existante (par exemple 2026-W45)',
      'after-to': 'elle vient après la dernière semaine',
      'too-long': (max: number) => `la période dépasse ${max} semaines`,
    },
    back: 'Revenir aux dernières semaines',
  },
};

type Messages = typeof fr;

const en: Messages = {
  title: 'My customer results',
  intro:
    'What your customers say about your own contacts, week by week. Only you can see this page. Your answers to the advisor pulse stay anonymous and never appear here.',
  payLink: 'How my variable-pay indicator is built',
  range: {
    legend: 'Weeks shown',
    from: 'First week',
    to: 'Last week',
    hint: 'As 2026-W45 (year, W, ISO week number).',
    submit: 'Show',
    shown: (from: string, to: string) => `From the ${from} to the ${to}.`,
  },
  quarterHeading: (quarter: string) => `Your results for ${quarter} and the shared objectives`,
  quarterName: (year: string, q: number) => `Q${q} ${year}`,
  objectivesNote:
    'The objectives are the centre’s, the same for everyone and known in advance. They are the defaults until a variable-pay policy sets them.',
  measures: {
    satisfaction: 'Satisfaction',
    recommendation: 'Recommendation',
    onceAndDone: 'Resolved at first contact',
  },
  outOfTen: 'out of 10',
  objective: 'Objective',
  intervalLabel: '95% interval',
  responses: (n: number) => (n === 1 ? '1 response' : `${n} responses`),
  tooFew: (n: number, minimum: number) =>
    n === 0 ? 'No responses: no figure' : `Too few responses (${n} of the ${minimum} needed): no figure`,
  tooFewShort: 'Too few responses',
  readings: {
    above: 'Above the objective',
    below: 'Below the objective',
    straddles: 'Too close to the objective to tell',
  },
  weeksHeading: 'Week by week',
  tableCaption: 'Every figure of each week, latest first',
  chartTitle: 'Your customers’ satisfaction by week, out of 10, with its 95% interval',
  chartSummary: (shown: number, total: number, minimum: number) =>
    `${shown} of ${total} weeks drawn; weeks with fewer than ${minimum} responses are not drawn.`,
  chartObjective: (value: string) => `Objective ${value}`,
  chartTable: 'The chart’s figures',
  weekColumn: 'Week',
  responsesColumn: 'Responses',
  commentsHeading: 'Your customers’ latest comments',
  commentsNote: (max: number) => `The ${max} most recent of these weeks, newest first.`,
  noComments: 'No comments in these weeks.',
  score: (value: number) => `Rated ${value}/10`,
  channels: {
    phone: 'Phone',
    email: 'Email',
    chat: 'Chat',
    social: 'Social media',
    'in-person': 'In person',
  },
  error: {
    title: 'Weeks not valid',
    intro: 'These weeks cannot be shown:',
    fields: { from: 'first week', to: 'last week' },
    problems: {
      'not-a-week': 'not an existing ISO week (for example 2026-W45)',
      'after-to': 'it comes after the last week',
      'too-long': (max: number) => `the range is longer than ${max} weeks`,
    },
    back: 'Back to the latest weeks',
  },
};

export const advisorMessages: Record<Locale, Messages> = { fr, en };

/** A range problem in the person's language, naming the field (`from`, `to`). */
export function rangeProblemText(locale: Locale, problem: WeekRangeProblem): string {
  const t = advisorMessages[locale].error;
  const reason =
    problem.problem === 'too-long' ? t.problems['too-long'](problem.maxWeeks) : t.problems[problem.problem];
  return `${problem.field} (${t.fields[problem.field]})${locale === 'fr' ? '\u00a0: ' : ': '}${reason}`;
}

/** A quarter id (`2026-Q4`) as people say it: "4e trimestre 2026" / "Q4 2026". */
export function quarterLabel(locale: Locale, quarter: string): string {
  return advisorMessages[locale].quarterName(quarter.slice(0, 4), Number(quarter.slice(-1)));
}
