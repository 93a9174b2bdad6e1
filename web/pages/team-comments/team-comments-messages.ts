import type { Locale } from '../../../shared/roster/index.js';

/** Words of a team's anonymous comments page, French first. */
export const teamCommentsMessages: Record<
  Locale,
  {
    title: (team: string) => string;
    rule: (minimum: number) => string;
    none: string;
    month: (month: string, respondents: number, comments: number) => string;
    acknowledged: (by: string, at: string) => string;
    acknowledge: string;
    back: string;
    link: string;
  }
> = {
  fr: {
    title: (t) => `Commentaires anonymes : ${t}`,
    rule: (min) =>
      `Les commentaires du questionnaire hebdomadaire sont montrés par mois, pour l’équipe entière, seulement quand au moins ${min} conseillers ont répondu ce mois-là et que le mois est publié ; sans date ni ordre d’arrivée (ils sont classés par ordre alphabétique). Un mois sous ce seuil n’est jamais montré, même plus tard.`,
    none: 'Aucun mois publié avec des commentaires pour l’instant.',
    month: (m, r, n) => `Mois ${m} : ${r} répondants, ${n} commentaire${n > 1 ? 's' : ''}`,
    acknowledged: (by, at) => `Pris en compte par ${by} le ${at}.`,
    acknowledge: 'Marquer comme pris en compte',
    back: 'Retour à la page de l’équipe',
    link: 'Commentaires anonymes du questionnaire hebdomadaire',
  },
  en: {
    title: (t) => `Anonymous comments: ${t}`,
    rule: (min) =>
      `Pulse comments are shown by month, for the whole team, only when at least ${min} advisors answered that month and the month is published; with no date and no order of arrival (they are sorted alphabetically). A month under that threshold is never shown, not even later.`,
    none: 'No published month with comments yet.',
    month: (m, r, n) => `Month ${m}: ${r} respondents, ${n} comment${n > 1 ? 's' : ''}`,
    acknowledged: (by, at) => `Acknowledged by ${by} on ${at}.`,
    acknowledge: 'Mark as acknowledged',
    back: 'Back to the team page',
    link: 'Anonymous pulse comments',
  },
};
