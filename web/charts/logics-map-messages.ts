import type { Locale } from '../../shared/roster/index.js';

const fr = {
  title: 'Carte des logiques du centre',
  axis: (n: number, share: string) => `Axe ${n} (${share} de la variance)`,
  logic: (name: string) => `Logique ${name}`,
  caption:
    'Les deux premières composantes principales des réponses standardisées aux questions du module qui décrivent la façon de travailler (pas aux notes des outils et méthodes). Chaque ellipse est le centre d’une logique ± un écart-type ; les flèches montrent les questions qui pèsent le plus sur les deux axes (longueurs relatives). Les conseillers eux-mêmes ne sont pas dessinés.',
  describeLogic: (logic: string, x: string, y: string, sdX: string, sdY: string) =>
    `${logic} : centre à ${x} sur l’axe 1 et ${y} sur l’axe 2, écart-type ${sdX} et ${sdY}`,
  describeItem: (item: string, x: string, y: string) =>
    `${item} : poids ${x} sur l’axe 1 et ${y} sur l’axe 2`,
  figures: 'Les chiffres de la carte',
  logicHeader: 'Logique',
  itemHeader: 'Question',
  centre: (n: number) => `Centre, axe ${n}`,
  spread: (n: number) => `Écart-type, axe ${n}`,
  loading: (n: number) => `Poids sur l’axe ${n}`,
};

const en: typeof fr = {
  title: 'Map of the centre’s logics',
  axis: (n: number, share: string) => `Axis ${n} (${share} of variance)`,
  logic: (name: string) => `Logic ${name}`,
  caption:
    'The first two principal components of the standardised answers to the module’s questions on how advisors work (not the ratings of tools and methods). Each ellipse is one logic’s centre ± one standard deviation; the arrows show the questions that weigh most on the two axes (relative lengths). Advisors themselves are not drawn.',
  describeLogic: (logic: string, x: string, y: string, sdX: string, sdY: string) =>
    `${logic}: centre at ${x} on axis 1 and ${y} on axis 2, standard deviation ${sdX} and ${sdY}`,
  describeItem: (item: string, x: string, y: string) => `${item}: weight ${x} on axis 1 and ${y} on axis 2`,
  figures: 'The map’s figures',
  logicHeader: 'Logic',
  itemHeader: 'Question',
  centre: (n: number) => `Centre, axis ${n}`,
  spread: (n: number) => `Standard deviation, axis ${n}`,
  loading: (n: number) => `Weight on axis ${n}`,
};

export const logicsMapMessages: Record<Locale, typeof fr> = { fr, en };
