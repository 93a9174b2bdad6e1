import type { Channel, Locale } from '../../../shared/roster/index.js';
import type { CallbackContactKind } from '../../../shared/surveys/callback-request.schema.js';

/** Words of a team's callback requests page, French first. */
export const teamCallbacksMessages: Record<
  Locale,
  {
    title: (team: string) => string;
    rule: string;
    none: string;
    openHeading: (n: number) => string;
    handledHeading: (n: number) => string;
    score: (score: number) => string;
    channel: string;
    channels: Record<Channel, string>;
    requestedOn: string;
    contact: string;
    contactKinds: Record<CallbackContactKind, string>;
    handle: string;
    handleHint: string;
    handledOn: (date: string) => string;
    back: string;
    link: string;
  }
> = {
  fr: {
    title: (t) => `Demandes de rappel : ${t}`,
    rule: 'Des clients qui ont donné une note de 0 à 6 demandent à être rappelés. Leur contact n’est gardé que pour ce rappel : « Traité » le supprime et ne garde que la date de traitement.',
    none: 'Aucune demande de rappel pour l’instant.',
    openHeading: (n) => `À traiter (${n})`,
    handledHeading: (n) => `Traitées (${n})`,
    score: (s) => `Note ${s} sur 10`,
    channel: 'Canal de l’échange',
    channels: {
      phone: 'téléphone',
      email: 'e-mail',
      chat: 'chat',
      social: 'réseaux sociaux',
      'in-person': 'face à face',
    },
    requestedOn: 'Demandé le',
    contact: 'Contact',
    contactKinds: { email: 'E-mail', phone: 'Téléphone' },
    handle: 'Traité',
    handleHint: 'Supprime le contact de ce client ; seule la date de traitement est gardée.',
    handledOn: (d) => `Demande traitée le ${d}.`,
    back: 'Retour à la page de l’équipe',
    link: 'Demandes de rappel des clients',
  },
  en: {
    title: (t) => `Callback requests: ${t}`,
    rule: 'Customers who gave a score of 0 to 6 ask to be called back. Their contact is kept only for that call: “Handled” deletes it and keeps only the date it was handled.',
    none: 'No callback request yet.',
    openHeading: (n) => `To handle (${n})`,
    handledHeading: (n) => `Handled (${n})`,
    score: (s) => `Score ${s} out of 10`,
    channel: 'Channel of the contact',
    channels: {
      phone: 'phone',
      email: 'email',
      chat: 'chat',
      social: 'social media',
      'in-person': 'in person',
    },
    requestedOn: 'Requested on',
    contact: 'Contact',
    contactKinds: { email: 'Email', phone: 'Phone' },
    handle: 'Handled',
    handleHint: 'Deletes this customer’s contact; only the date it was handled is kept.',
    handledOn: (d) => `Request handled on ${d}.`,
    back: 'Back to the team page',
    link: 'Customers’ callback requests',
  },
};
