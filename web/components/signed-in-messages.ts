import type { Locale } from '../../shared/roster/index.js';

const fr = {
  nav: 'Navigation principale',
  centre: 'Vue du centre',
  team: 'Équipe',
  myResults: 'Mes résultats',
  myPay: 'Ma rémunération variable',
  users: 'Utilisateurs',
  pay: 'Paie variable',
  payPrerequisites: 'Paie : consultation du CSE',
  logicsLists: 'Logiques : outils et ressources',
  brand: 'Identité du centre',
  logics: 'Logiques des conseillers',
  privacy: 'Anonymat',
  language: 'Langue',
  switchTo: 'English',
  switchLabel: 'Switch to English',
  signOut: 'Se déconnecter',
};

const en: typeof fr = {
  nav: 'Main navigation',
  centre: 'Centre overview',
  team: 'Team',
  myResults: 'My results',
  myPay: 'My variable pay',
  users: 'Users',
  pay: 'Variable pay',
  payPrerequisites: 'Pay: staff consultation',
  logicsLists: 'Logics: tools and resources',
  brand: 'Centre brand',
  logics: 'Advisor logics',
  privacy: 'Anonymity',
  language: 'Language',
  switchTo: 'Français',
  switchLabel: 'Passer en français',
  signOut: 'Sign out',
};

export const signedInMessages: Record<Locale, typeof fr> = { fr, en };
