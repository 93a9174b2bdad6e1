import type { Locale } from '../../../shared/roster/index.js';

/** What a refusal page says around the refusal itself: its fields' heading and the way back. */
export const refusalPageMessages: Readonly<
  Record<Locale, { readonly fields: string; readonly home: string; readonly homeHint: string }>
> = {
  fr: {
    fields: 'Champs refusés :',
    home: 'Revenir à l’accueil',
    homeHint: 'Vérifiez l’adresse ou revenez à l’accueil, d’où vous pouvez ouvrir ce que votre rôle permet.',
  },
  en: {
    fields: 'Refused fields:',
    home: 'Back to the home page',
    homeHint: 'Check the address or go back to the home page, where you can open what your role allows.',
  },
};
