import type { Locale } from '../../../shared/roster/index.js';

/** The pulse's optional comment box: its label and the warning printed under it. */
export const pulseCommentWords: Record<Locale, { label: string; hint: (minimum: number) => string }> = {
  fr: {
    label: 'Un commentaire ?',
    hint: (min) =>
      `N’écrivez aucun nom, ni le vôtre ni celui d’un collègue ou d’un client, et rien qui vous ferait reconnaître. Votre manager ne lira les commentaires de l’équipe que par mois, sans date, et seulement si au moins ${min} conseillers ont répondu ce mois-là.`,
  },
  en: {
    label: 'Any comment?',
    hint: (min) =>
      `Write no name, not yours, not a colleague’s or a customer’s, and nothing that would identify you. Your manager reads the team’s comments only by month, with no date, and only when at least ${min} advisors answered that month.`,
  },
};
