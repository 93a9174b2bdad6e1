import type { WorkMode } from '../../../shared/roster/advisor.schema.js';
import type { Channel, Locale } from '../../../shared/roster/index.js';

const nbsp = '\u00a0';

/** The centre overview's words, French first; readings of results come from shared/i18n. */
const fr = {
  title: 'Vue du centre',
  period: (first: string, last: string, weeks: number) =>
    `De la ${first} à la ${last} (${weeks}${nbsp}semaines).`,
  rangeLegend: 'Période affichée',
  from: 'Première semaine',
  to: 'Dernière semaine',
  weekHint: 'Semaine ISO, par exemple 2026-W45.',
  show: 'Afficher',
  sourceNote: (k: number) =>
    `Les mesures du pouls des conseillers viennent uniquement des chiffres publiés, chacun d’au moins ${k}${nbsp}conseillers. Les indices vont de 0 à 100.`,
  quadrant: {
    heading: 'Symétrie des attentions, équipe par équipe',
    intro:
      'Chaque point est une équipe sur ses dernières semaines : la satisfaction client en abscisse, le bien-être des conseillers en ordonnée. Les moustaches montrent l’intervalle à 95 %, les lignes croisées les médianes du centre. Survolez un point pour ses chiffres ; la liste sous le graphique ouvre la page de chaque équipe.',
    chartTitle: 'Bien-être des conseillers et satisfaction client par équipe',
    xLabel: 'Satisfaction client (0–100)',
    yLabel: 'Bien-être des conseillers (0–100)',
    names: {
      topRight: 'Équilibre',
      topLeft: 'Conseillers à l’aise, clients moins bien servis',
      bottomRight: 'Clients servis aux dépens des conseillers',
      bottomLeft: 'Tous deux sous le centre',
    },
    thresholds: (wellbeing: string, customer: string, teams: number) =>
      `Médianes du centre${nbsp}: bien-être ${wellbeing}, satisfaction client ${customer} (sur ${teams}${nbsp}équipes).`,
    noThresholds: 'Aucune équipe n’a encore de mesure récente des deux côtés : pas de médiane du centre.',
    placements: 'Position de chaque équipe',
    point: (name: string, wellbeing: string, customer: string) =>
      `${name} : bien-être ${wellbeing}, satisfaction client ${customer}`,
  },
  heatmap: {
    heading: 'Dimensions du pouls par équipe',
    intro:
      'Pour chaque équipe et chaque dimension, le dernier chiffre publié de la période. Plus la case est bleue, plus l’indice est élevé ; plus elle est rouge, plus il est bas.',
    chartTitle: 'Carte de chaleur des équipes et des dimensions du pouls',
    ramp: 'Indice de 0 (rouge) à 100 (bleu)',
    team: 'Équipe',
    shown: (value: string, interval: string, window: string, answers: number) =>
      `${value}, intervalle à 95${nbsp}% ${interval}, ${window}, ${answers}${nbsp}réponses`,
    noInterval: 'intervalle non calculable',
    cellTitle: (team: string, dimension: string, text: string) => `${team} · ${dimension} : ${text}`,
    belowK: (k: number) => `Masqué : moins de ${k}${nbsp}conseillers ont répondu à cette question`,
    notPublished: 'Masqué : période pas encore publiée',
    belowKSymbol: `<${nbsp}k`,
    notPublishedSymbol: '…',
    legendHidden: 'Cases hachurées',
    tableSummary: 'Voir les chiffres en tableau',
  },
  windows: {
    fortnight: (monday: string) => `quinzaine du ${monday}`,
    month: (month: string) => month,
    quarter: (quarter: number, year: number) => `${quarter}e${nbsp}trimestre ${year}`,
  },
  cuts: {
    heading: 'Comparaisons',
    intro:
      'Satisfaction client et résolution au premier contact sur toute la période, avec leur intervalle à 95 %, et le dernier bien-être publié de chaque groupe.',
    profile: 'Par profil de management',
    site: 'Par site',
    channel: 'Par canal',
    workMode: 'Par mode de travail, dans chaque équipe',
    group: 'Groupe',
    team: 'Équipe',
    mode: 'Mode de travail',
    responses: 'Réponses clients',
    satisfaction: 'Satisfaction client',
    onceAndDone: 'Résolu au premier contact',
    wellbeing: 'Dernier bien-être publié',
    wellbeingShown: (value: string, interval: string, window: string) => `${value} ${interval}, ${window}`,
    wellbeingHidden: (k: number) => `Masqué : moins de ${k}${nbsp}conseillers`,
    notByChannel: 'Non mesuré par canal (le pouls des conseillers ne dépend pas d’un canal)',
    noResponses: 'Aucune réponse client',
    noFigure: 'Pas de chiffre',
  },
  correlations: {
    heading: 'Liens entre bien-être et satisfaction client',
    intro:
      'Sur tout le centre, au sein de chaque équipe semaine après semaine, puis entre équipes. Chaque résultat dit s’il se confirme une fois tenu compte du nombre de comparaisons faites.',
    holds: 'Se confirme',
    notEstablished: 'Non établi',
    suggested: (comparisons: number) =>
      `Suggéré, non confirmé en tenant compte des ${comparisons}${nbsp}comparaisons`,
    insufficient: 'Pas assez d’éléments',
    suppressed: 'Masqué',
    drivers: 'Les dimensions du pouls qui vont avec la satisfaction client',
    noDrivers: 'Pas encore assez de semaines publiées pour classer les dimensions.',
  },
  alerts: {
    heading: 'Alertes du centre',
    none: 'Aucune alerte sur la période.',
    open: 'Ouvrir l’alerte',
  },
  error: {
    title: 'Période invalide',
    intro: 'La page ne peut pas afficher cette période. À corriger :',
    badWeek: 'une semaine ISO qui existe, par exemple 2026-W45',
    badRange: 'la première semaine doit précéder la dernière, sur 104 semaines au plus',
    back: 'Revenir à la vue du centre',
  },
  channels: {
    phone: 'Téléphone',
    email: 'E-mail',
    chat: 'Chat',
    social: 'Réseaux sociaux',
    'in-person': 'Accueil physique',
  } satisfies Record<Channel, string>,
  workModes: {
    'on-site': 'Sur site',
    remote: 'À distance',
    hybrid: 'Hybride',
  } satisfies Record<WorkMode, string>,
};

export type CentreMessages = typeof fr;

const en: CentreMessages = {
  title: 'Centre overview',
  period: (first, last, weeks) => `From the ${first} to the ${last} (${weeks} weeks).`,
  rangeLegend: 'Period shown',
  from: 'First week',
  to: 'Last week',
  weekHint: 'ISO week, for example 2026-W45.',
  show: 'Show',
  sourceNote: (k) =>
    `Advisor pulse figures come only from published figures, each from at least ${k} advisors. Indices run from 0 to 100.`,
  quadrant: {
    heading: 'Symmetry of attention, team by team',
    intro:
      'Each point is a team over its last weeks: customer satisfaction across, advisor wellbeing up. Whiskers show the 95% interval, the crossing lines the centre medians. Hover over a point for its figures; the list under the chart opens each team’s page.',
    chartTitle: 'Advisor wellbeing and customer satisfaction by team',
    xLabel: 'Customer satisfaction (0–100)',
    yLabel: 'Advisor wellbeing (0–100)',
    names: {
      topRight: 'Balanced',
      topLeft: 'Advisors comfortable, customers under-served',
      bottomRight: 'Customers served at the advisors’ expense',
      bottomLeft: 'Both below the centre',
    },
    thresholds: (wellbeing, customer, teams) =>
      `Centre medians: wellbeing ${wellbeing}, customer satisfaction ${customer} (over ${teams} teams).`,
    noThresholds: 'No team has recent figures on both sides yet: no centre median.',
    placements: 'Where each team stands',
    point: (name, wellbeing, customer) =>
      `${name}: wellbeing ${wellbeing}, customer satisfaction ${customer}`,
  },
  heatmap: {
    heading: 'Pulse dimensions by team',
    intro:
      'For each team and dimension, the latest figure published in the period. The bluer the cell, the higher the index; the redder, the lower.',
    chartTitle: 'Heatmap of teams and pulse dimensions',
    ramp: 'Index from 0 (red) to 100 (blue)',
    team: 'Team',
    shown: (value, interval, window, answers) =>
      `${value}, 95% interval ${interval}, ${window}, ${answers} answers`,
    noInterval: 'no interval',
    cellTitle: (team, dimension, text) => `${team} · ${dimension}: ${text}`,
    belowK: (k) => `Hidden: fewer than ${k} advisors answered this question`,
    notPublished: 'Hidden: not published yet',
    belowKSymbol: '< k',
    notPublishedSymbol: '…',
    legendHidden: 'Hatched cells',
    tableSummary: 'See the figures as a table',
  },
  windows: {
    fortnight: (monday) => `fortnight of ${monday}`,
    month: (month) => month,
    quarter: (quarter, year) => `Q${quarter} ${year}`,
  },
  cuts: {
    heading: 'Comparisons',
    intro:
      'Customer satisfaction and first-contact resolution over the whole period, with their 95% interval, and the latest published wellbeing of each group.',
    profile: 'By management profile',
    site: 'By site',
    channel: 'By channel',
    workMode: 'By work mode, within each team',
    group: 'Group',
    team: 'Team',
    mode: 'Work mode',
    responses: 'Customer answers',
    satisfaction: 'Customer satisfaction',
    onceAndDone: 'Resolved at first contact',
    wellbeing: 'Latest published wellbeing',
    wellbeingShown: (value, interval, window) => `${value} ${interval}, ${window}`,
    wellbeingHidden: (k) => `Hidden: fewer than ${k} advisors`,
    notByChannel: 'Not measured by channel (the advisor pulse is not tied to a channel)',
    noResponses: 'No customer answers',
    noFigure: 'No figure',
  },
  correlations: {
    heading: 'How wellbeing and customer satisfaction move together',
    intro:
      'Across the centre, within each team week by week, then between teams. Each result says whether it holds once the number of comparisons made is accounted for.',
    holds: 'Holds',
    notEstablished: 'Not established',
    suggested: (comparisons) =>
      `Suggested, not confirmed after accounting for the ${comparisons} comparisons`,
    insufficient: 'Not enough evidence',
    suppressed: 'Hidden',
    drivers: 'The pulse dimensions that go with customer satisfaction',
    noDrivers: 'Not enough published weeks yet to rank the dimensions.',
  },
  alerts: {
    heading: 'Centre alerts',
    none: 'No alert in the period.',
    open: 'Open the alert',
  },
  error: {
    title: 'Invalid period',
    intro: 'The page cannot show this period. To correct:',
    badWeek: 'an ISO week that exists, for example 2026-W45',
    badRange: 'the first week must come before the last, over 104 weeks at most',
    back: 'Back to the centre overview',
  },
  channels: {
    phone: 'Phone',
    email: 'Email',
    chat: 'Chat',
    social: 'Social media',
    'in-person': 'In person',
  },
  workModes: { 'on-site': 'On site', remote: 'Remote', hybrid: 'Hybrid' },
};

export const centreMessages: Record<Locale, CentreMessages> = { fr, en };
