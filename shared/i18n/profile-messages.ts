import type { Locale, ManagementProfile } from '../roster/index.js';

/**
 * The four management profiles of the source (DOMAIN.md fact 5) in each language: the name of
 * one manager, the name of a group of them (the cuts by profile), and one line saying what the
 * profile does and what it fits. French uses the source's names, English Gartner's beside them.
 */
export interface ProfileWords {
  readonly name: string;
  readonly group: string;
  readonly description: string;
}

const nbsp = '\u00a0';

const fr: Readonly<Record<ManagementProfile, ProfileWords>> = {
  teacher: {
    name: 'Professeur',
    group: 'Professeurs',
    description: `Expérience, formation classique, conseils génériques, de haut en bas${nbsp}; convient aux contacts entrants simples.`,
  },
  'always-on': {
    name: 'Gardien',
    group: 'Gardiens',
    description: `Toujours proche, des consignes en toute situation${nbsp}; tient une courte période intense, irrite vite.`,
  },
  connector: {
    name: 'Connecté',
    group: 'Connectés',
    description: `Appui au cas par cas et mise en relation des conseillers avec les bonnes personnes${nbsp}; convient aux cycles complexes sur plusieurs niveaux.`,
  },
  cheerleader: {
    name: 'Entertainer (animateur)',
    group: 'Entertainers (animateurs)',
    description: `Motive et responsabilise pour que l’équipe trouve ses propres solutions (la stratégie «${nbsp}once and done${nbsp}»)${nbsp}; demande des conseillers autonomes.`,
  },
  unknown: {
    name: 'non renseigné',
    group: 'Profil non renseigné',
    description: 'Le profil du manager n’est pas encore renseigné.',
  },
};

const en: Readonly<Record<ManagementProfile, ProfileWords>> = {
  teacher: {
    name: 'Teacher',
    group: 'Teachers',
    description: 'Experience, classic training, generic tips, top-down; fits simple inbound contacts.',
  },
  'always-on': {
    name: 'Always-on',
    group: 'Always-on',
    description: 'Always close, directives in every situation; holds a short intense period, irritates soon.',
  },
  connector: {
    name: 'Connector',
    group: 'Connectors',
    description:
      'Case-by-case support, putting advisors in touch with the right people; fits complex cycles across several levels.',
  },
  cheerleader: {
    name: 'Cheerleader (entertainer)',
    group: 'Cheerleaders (entertainers)',
    description:
      'Motivates and gives responsibility so the team finds its own solutions (the “once and done” strategy); needs autonomous advisors.',
  },
  unknown: {
    name: 'not given',
    group: 'Profile not set',
    description: 'The manager’s profile is not set yet.',
  },
};

const messages: Readonly<Record<Locale, Readonly<Record<ManagementProfile, ProfileWords>>>> = { fr, en };

/** The words of every management profile in `locale`. */
export function profileMessages(locale: Locale): Readonly<Record<ManagementProfile, ProfileWords>> {
  return messages[locale];
}
