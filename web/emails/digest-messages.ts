import type { TimeWindow } from '../../shared/aggregates/aggregate.types.js';
import type { Locale } from '../../shared/roster/index.js';
import { mondayOfIsoWeek } from '../../shared/time/windows.js';
import { formatDate, formatWeek } from '../format/locale-format.js';

/**
 * Every word of the manager's weekly digest, French first. Numbers arrive already formatted in
 * the manager's locale (web/format/locale-format.ts); alert readings come from
 * shared/i18n/alert-messages.ts.
 */

const nbsp = '\u00a0';
const nnbsp = '\u202f';

export interface ManagerDigestMessages {
  subject(week: string): string;
  preheader(teams: number): string;
  heading(week: string): string;
  intro: string;
  customerHeading: string;
  /** `value` and `interval` formatted; the 95% interval may be missing (one response). */
  customerWeek(value: string, interval: string | undefined, responses: number): string;
  customerNone: string;
  /** The previous week's value, and the change in points when there is one. */
  customerPrevious(value: string, responses: number, change: string | undefined): string;
  customerPreviousNone: string;
  wellbeingHeading: string;
  /** `window` names the figure's window when it is wider than the week (too few that week alone). */
  wellbeingShown(
    week: string,
    value: string,
    interval: string | undefined,
    respondents: number,
    window: string | undefined,
  ): string;
  wellbeingChange(change: string): string;
  wellbeingHidden(week: string, k: number): string;
  wellbeingNotPublished: string;
  /** Said when the latest published wellbeing is older than the digest week. */
  wellbeingLater(week: string, publishedFrom: string): string;
  alertsHeading: string;
  alertsNone: string;
  alertLink: string;
  teamLink: string;
  windowName(window: TimeWindow, date: (d: Date) => string): string;
  footer(k: number): string;
}

const monthFormats: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Monday of a fortnight's first ISO week (`2026-F04` is ISO weeks 7–8). */
function fortnightMonday(id: string): Date {
  const [year, n] = id.split('-F');
  return mondayOfIsoWeek(`${year}-W${String(Number(n) * 2 - 1).padStart(2, '0')}`);
}

function monthOf(id: string, locale: Locale): string {
  const [year, month] = id.split('-').map(Number);
  return monthFormats[locale].format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1)));
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const managerDigestMessages: Record<Locale, ManagerDigestMessages> = {
  fr: {
    subject: (week) => `Votre baromètre de la ${formatWeek('fr', week)}`,
    preheader: (teams) =>
      `Satisfaction client, bien-être des conseillers et alertes de ${plural(teams, 'votre équipe', `vos ${teams}${nbsp}équipes`)}.`,
    heading: (week) => `Baromètre de la ${formatWeek('fr', week)}`,
    intro: `Pour chacune de vos équipes${nbsp}: la satisfaction client de la semaine écoulée, le dernier bien-être publié des conseillers et les alertes en cours. Les indices vont de 0 à 100, entre crochets leur intervalle de confiance à 95${nnbsp}%.`,
    customerHeading: 'Satisfaction client',
    customerWeek: (value, interval, responses) =>
      `${value}${interval ? ` ${interval}` : ''} sur ${responses}${nbsp}${plural(responses, 'réponse', 'réponses')}.`,
    customerNone: 'Aucune réponse client cette semaine.',
    customerPrevious: (value, responses, change) =>
      `Semaine précédente${nbsp}: ${value} sur ${responses}${nbsp}${plural(responses, 'réponse', 'réponses')}${change ? ` (écart${nbsp}: ${change})` : ''}.`,
    customerPreviousNone: 'Aucune réponse la semaine précédente.',
    wellbeingHeading: 'Bien-être des conseillers',
    wellbeingShown: (week, value, interval, respondents, window) =>
      `${week[0]?.toUpperCase()}${week.slice(1)}${nbsp}: ${value}${interval ? ` ${interval}` : ''}, ${respondents}${nbsp}conseillers ont répondu${window ? ` (chiffre sur ${window}${nbsp}: trop peu de réponses sur la semaine seule)` : ''}.`,
    wellbeingChange: (change) => `Écart avec la semaine d’avant${nbsp}: ${change}.`,
    wellbeingHidden: (week, k) =>
      `${week[0]?.toUpperCase()}${week.slice(1)}${nbsp}: masqué, moins de ${k}${nbsp}conseillers ont répondu (règle d’anonymat).`,
    wellbeingNotPublished: `Pas encore publié${nbsp}: le bien-être d’une semaine est publié quatorze jours après son lundi, une fois toutes les réponses arrivées.`,
    wellbeingLater: (week, publishedFrom) => `La ${week} sera publiée à partir du ${publishedFrom}.`,
    alertsHeading: 'Alertes',
    alertsNone: 'Aucune alerte en cours.',
    alertLink: 'Comprendre cette alerte',
    teamLink: 'Ouvrir la page de l’équipe',
    windowName: (window, date) => {
      switch (window.kind) {
        case 'week':
          return formatWeek('fr', window.id);
        case 'fortnight':
          return `la quinzaine du ${date(fortnightMonday(window.id))}`;
        case 'month':
          return monthOf(window.id, 'fr');
        case 'quarter':
          return `le ${window.id.slice(-1) === '1' ? '1er' : `${window.id.slice(-1)}e`} trimestre ${window.id.slice(0, 4)}`;
      }
    },
    footer: (k) =>
      `Vous recevez ce récapitulatif chaque lundi parce que vous êtes manager de ces équipes sur Duopulse. Les réponses des conseillers au questionnaire hebdomadaire sont anonymes${nbsp}: ce récapitulatif ne montre que des chiffres d’équipe publiés, chacun d’au moins ${k}${nbsp}conseillers.`,
  },
  en: {
    subject: (week) => `Your barometer for the ${formatWeek('en', week)}`,
    preheader: (teams) =>
      `Customer satisfaction, advisor wellbeing and alerts of ${plural(teams, 'your team', `your ${teams} teams`)}.`,
    heading: (week) => `Barometer for the ${formatWeek('en', week)}`,
    intro:
      "For each of your teams: last week's customer satisfaction, the latest published advisor wellbeing and the current alerts. Indices run from 0 to 100, with their 95% confidence interval in brackets.",
    customerHeading: 'Customer satisfaction',
    customerWeek: (value, interval, responses) =>
      `${value}${interval ? ` ${interval}` : ''} from ${responses} ${plural(responses, 'response', 'responses')}.`,
    customerNone: 'No customer responses this week.',
    customerPrevious: (value, responses, change) =>
      `Week before: ${value} from ${responses} ${plural(responses, 'response', 'responses')}${change ? ` (change: ${change})` : ''}.`,
    customerPreviousNone: 'No responses the week before.',
    wellbeingHeading: 'Advisor wellbeing',
    wellbeingShown: (week, value, interval, respondents, window) =>
      `${week[0]?.toUpperCase()}${week.slice(1)}: ${value}${interval ? ` ${interval}` : ''}, ${respondents} advisors answered${window ? ` (figure for ${window}: too few answers in the week alone)` : ''}.`,
    wellbeingChange: (change) => `Change from the week before: ${change}.`,
    wellbeingHidden: (week, k) =>
      `${week[0]?.toUpperCase()}${week.slice(1)}: hidden, fewer than ${k} advisors answered (anonymity rule).`,
    wellbeingNotPublished:
      "Not published yet: a week's wellbeing is published fourteen days after its Monday, once every answer is in.",
    wellbeingLater: (week, publishedFrom) => `The ${week} will be published from ${publishedFrom}.`,
    alertsHeading: 'Alerts',
    alertsNone: 'No current alerts.',
    alertLink: 'What this alert means',
    teamLink: 'Open the team page',
    windowName: (window, date) => {
      switch (window.kind) {
        case 'week':
          return formatWeek('en', window.id);
        case 'fortnight':
          return `the fortnight of ${date(fortnightMonday(window.id))}`;
        case 'month':
          return monthOf(window.id, 'en');
        case 'quarter':
          return `Q${window.id.slice(-1)} ${window.id.slice(0, 4)}`;
      }
    },
    footer: (k) =>
      `You receive this summary every Monday because you manage these teams in Duopulse. Pulse answers are anonymous: this summary shows only published team figures, each from at least ${k} advisors.`,
  },
};

/** A date in the digest's locale, for window names. */
export function digestDate(locale: Locale): (d: Date) => string {
  return (d) => formatDate(locale, d);
}
