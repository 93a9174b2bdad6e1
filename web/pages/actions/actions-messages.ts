import type { ActionField } from '../../../shared/actions/action.schema.js';
import { actionWhatMaxLength, actionWhoMaxLength } from '../../../shared/actions/action.schema.js';
import type { ActionSide } from '../../../shared/analytics/action-effect.js';
import type { AlertKind } from '../../../shared/analytics/alerts.js';
import type { Locale } from '../../../shared/roster/index.js';

/** Narrow no-break space (French, before « ; », « ? », « ! »). */
const nnbsp = '\u202f';
/** No-break space (French, before « : »). */
const nbsp = '\u00a0';

export interface ActionsMessages {
  readonly title: string;
  readonly pageTitle: (team: string) => string;
  readonly intro: string;
  readonly none: string;
  readonly formTitle: string;
  readonly what: string;
  readonly whatHint: string;
  readonly who: string;
  readonly whoHint: string;
  readonly week: string;
  readonly alert: string;
  readonly noAlert: string;
  readonly submit: string;
  readonly problems: string;
  readonly errors: Readonly<Record<ActionField, string>>;
  readonly alertNames: Readonly<Record<AlertKind, string>>;
  readonly sides: Readonly<Record<ActionSide, string>>;
  readonly startingWeek: (week: string) => string;
  readonly carriedBy: (who: string) => string;
  readonly answersAlert: (alert: string) => string;
  readonly recordedBy: (email: string, date: string) => string;
  readonly tooEarly: (date: string, passed: number, needed: number) => string;
  readonly insufficient: Readonly<
    Record<
      'too-few-weeks-before' | 'too-few-weeks-after' | 'outside-range',
      (have: number, need: number) => string
    >
  >;
  readonly directions: Readonly<Record<'rose' | 'fell' | 'no-clear-change', string>>;
  readonly change: (change: string, interval: string) => string;
  readonly window: (label: string, mean: string, interval: string, weeks: number, answers: number) => string;
  readonly before: string;
  readonly after: string;
  readonly chartTitle: string;
  readonly chartDescription: string;
  readonly method: string;
  readonly markerLabel: (what: string, who: string) => string;
  readonly recordAction: string;
  readonly backToTeam: string;
}

const fr: ActionsMessages = {
  title: 'Actions du manager',
  pageTitle: (team) => `Actions de l’équipe ${team}`,
  intro:
    'Notez ce que vous faites pour l’équipe : pour chaque action, Duopulse compare les 4 semaines avant et les 4 semaines après, côté conseillers et côté clients, pour voir si l’attention portée aux conseillers a changé ce que ressentent les clients.',
  none: 'Aucune action enregistrée pour cette équipe.',
  formTitle: 'Noter une action',
  what: 'Ce qui est fait',
  whatHint: `${actionWhatMaxLength} caractères au plus.`,
  who: 'Qui la porte',
  whoHint: `${actionWhoMaxLength} caractères au plus.`,
  week: 'Semaine de début',
  alert: 'Alerte à laquelle elle répond (facultatif)',
  noAlert: 'Aucune',
  submit: 'Enregistrer l’action',
  problems: `Rien n’a été enregistré${nbsp}:`,
  errors: {
    what: `Décrivez l’action en 1 à ${actionWhatMaxLength} caractères.`,
    who: `Indiquez qui porte l’action, en 1 à ${actionWhoMaxLength} caractères.`,
    week: 'Choisissez une semaine de la période analysée, jusqu’à la semaine en cours (pas dans le futur).',
    alert: 'Choisissez une alerte de la liste, ou aucune.',
  },
  alertNames: {
    'wellbeing-falling': 'Bien-être des conseillers en baisse',
    'quadrant-customers-at-advisors-expense': 'Clients servis aux dépens des conseillers',
    'productivity-pressure': 'Pression sur la productivité',
    'once-and-done-drop': 'Baisse de la résolution au premier contact',
  },
  sides: { wellbeing: 'Bien-être des conseillers', customer: 'Satisfaction client' },
  startingWeek: (week) => `À partir de la ${week}`,
  carriedBy: (who) => `portée par ${who}`,
  answersAlert: (alert) => `En réponse à l’alerte « ${alert} »`,
  recordedBy: (email, date) => `Notée par ${email} le ${date}`,
  tooEarly: (date, passed, needed) =>
    `Trop tôt pour conclure jusqu’au ${date} (${passed} semaine${passed > 1 ? 's' : ''} écoulée${passed > 1 ? 's' : ''} sur ${needed}).`,
  insufficient: {
    'too-few-weeks-before': (have, need) =>
      `Pas assez de semaines publiées avant l’action (${have} sur ${need} nécessaires, par exemple masquées sous le seuil d’anonymat).`,
    'too-few-weeks-after': (have, need) =>
      `Pas assez de semaines publiées après l’action (${have} sur ${need} nécessaires, par exemple masquées sous le seuil d’anonymat).`,
    'outside-range': () => 'Cette semaine est en dehors de la période analysée.',
  },
  directions: { rose: 'en hausse', fell: 'en baisse', 'no-clear-change': 'pas de changement net' },
  change: (change, interval) => `Variation ${change} points, intervalle à 95${nnbsp}% ${interval}`,
  window: (label, mean, interval, weeks, answers) =>
    `${label}${nbsp}: ${mean} ${interval}, ${weeks} semaine${weeks > 1 ? 's' : ''}, ${answers} réponse${answers > 1 ? 's' : ''}`,
  before: 'Avant',
  after: 'Après',
  chartTitle: 'Avant et après l’action',
  chartDescription: `Moyenne des 4 semaines avant et après l’action pour chaque côté, avec son intervalle à 95${nnbsp}%.`,
  method: `Méthode${nbsp}: moyennes des semaines publiées avant et après (la semaine de l’action exclue)${nnbsp}; l’intervalle tient compte de l’erreur de chaque chiffre et des fluctuations propres à l’équipe d’une semaine à l’autre.`,
  markerLabel: (what, who) => `Action${nbsp}: ${what} (${who})`,
  recordAction: 'Noter une action',
  backToTeam: 'Retour à la page de l’équipe',
};

const en: ActionsMessages = {
  title: 'Manager actions',
  pageTitle: (team) => `Actions of team ${team}`,
  intro:
    'Note what you do for the team: for each action, Duopulse compares the 4 weeks before with the 4 weeks after, on the advisors’ side and on the customers’ side, so you can see whether attention to advisors moved what customers feel.',
  none: 'No action recorded for this team.',
  formTitle: 'Record an action',
  what: 'What is done',
  whatHint: `At most ${actionWhatMaxLength} characters.`,
  who: 'Who carries it',
  whoHint: `At most ${actionWhoMaxLength} characters.`,
  week: 'Starting week',
  alert: 'Alert it answers (optional)',
  noAlert: 'None',
  submit: 'Record the action',
  problems: 'Nothing was saved:',
  errors: {
    what: `Describe the action in 1 to ${actionWhatMaxLength} characters.`,
    who: `Say who carries the action, in 1 to ${actionWhoMaxLength} characters.`,
    week: 'Choose a week of the analysed range, up to the current week (not in the future).',
    alert: 'Choose an alert from the list, or none.',
  },
  alertNames: {
    'wellbeing-falling': 'Advisor wellbeing falling',
    'quadrant-customers-at-advisors-expense': 'Customers served at the advisors’ expense',
    'productivity-pressure': 'Productivity pressure',
    'once-and-done-drop': 'First-contact resolution dropping',
  },
  sides: { wellbeing: 'Advisor wellbeing', customer: 'Customer satisfaction' },
  startingWeek: (week) => `From the ${week}`,
  carriedBy: (who) => `carried by ${who}`,
  answersAlert: (alert) => `Answers the alert “${alert}”`,
  recordedBy: (email, date) => `Recorded by ${email} on ${date}`,
  tooEarly: (date, passed, needed) =>
    `Too early to tell until ${date} (${passed} of ${needed} week${needed > 1 ? 's' : ''} passed).`,
  insufficient: {
    'too-few-weeks-before': (have, need) =>
      `Not enough published weeks before the action (${have} of the ${need} needed, e.g. hidden below the anonymity threshold).`,
    'too-few-weeks-after': (have, need) =>
      `Not enough published weeks after the action (${have} of the ${need} needed, e.g. hidden below the anonymity threshold).`,
    'outside-range': () => 'This week is outside the analysed range.',
  },
  directions: { rose: 'rose', fell: 'fell', 'no-clear-change': 'no clear change' },
  change: (change, interval) => `Change ${change} points, 95% interval ${interval}`,
  window: (label, mean, interval, weeks, answers) =>
    `${label}: ${mean} ${interval}, ${weeks} week${weeks > 1 ? 's' : ''}, ${answers} answer${answers > 1 ? 's' : ''}`,
  before: 'Before',
  after: 'After',
  chartTitle: 'Before and after the action',
  chartDescription: 'Mean of the 4 weeks before and after the action on each side, with its 95% interval.',
  method:
    'Method: means of the published weeks before and after (the action’s week left out); the interval accounts for each figure’s own error and the team’s own week-to-week swings.',
  markerLabel: (what, who) => `Action: ${what} (${who})`,
  recordAction: 'Record an action',
  backToTeam: 'Back to the team page',
};

export const actionsMessages: Readonly<Record<Locale, ActionsMessages>> = { fr, en };
