import type { AlertKind } from '../../../shared/analytics/alerts.js';
import type { QuadrantPlacement } from '../../../shared/analytics/quadrant.js';
import type { Channel, Locale, WorkMode } from '../../../shared/roster/index.js';

const nbsp = '\u00a0';

/** Which way the lagged correlations point, as the page sums them up. */
export type LeadSummary = 'wellbeing-leads' | 'customer-leads' | 'both' | 'neither';

/** The team page's words, French first; readings of results come from shared/i18n. */
const fr = {
  title: (team: string) => `Équipe ${team}`,
  subtitle: (site: string, profile: string) =>
    `Site${nbsp}: ${site} · profil de management${nbsp}: ${profile}`,
  period: (first: string, last: string, weeks: number) =>
    `De la ${first} à la ${last} (${weeks}${nbsp}semaines).`,
  sourceNote: (k: number) =>
    `Le bien-être des conseillers vient uniquement des chiffres publiés, chacun d’au moins ${k}${nbsp}conseillers${nbsp}; leurs réponses individuelles ne sont jamais montrées. Les indices vont de 0 à 100.`,
  rangeLegend: 'Période affichée',
  from: 'Première semaine',
  to: 'Dernière semaine',
  weekHint: 'Semaine ISO, par exemple 2026-W45.',
  show: 'Afficher',
  series: {
    heading: 'Semaine après semaine',
    intro:
      'Le bien-être des conseillers et la satisfaction client de l’équipe, chaque semaine, avec leur intervalle à 95 % (la bande colorée). Une semaine sans point est masquée, avec la raison.',
    wellbeingTitle: 'Bien-être des conseillers par semaine',
    customerTitle: 'Satisfaction client par semaine',
    wellbeingLabel: 'Bien-être (0–100)',
    customerLabel: 'Satisfaction client (0–100)',
    describe: (what: string, shown: number, weeks: number, last: string) =>
      `${what}${nbsp}: ${shown} semaines affichées sur ${weeks}. Dernière valeur${nbsp}: ${last}.`,
    noValue: 'aucune',
    wellbeingHidden: (k: number) => `masqué${nbsp}: moins de ${k}${nbsp}répondants, pour protéger l’anonymat`,
    customerHidden: (min: number) =>
      `masqué${nbsp}: moins de ${min}${nbsp}réponses client, trop peu pour lire`,
    respondents: (n: number) => `${n}${nbsp}répondants`,
    widened: (n: number, window: string) => `${n}${nbsp}répondants sur ${window}`,
    answers: (n: number) => `${n}${nbsp}réponses`,
    windows: { week: 'la semaine', fortnight: 'la quinzaine', month: 'le mois', quarter: 'le trimestre' },
    columns: { week: 'Semaine', value: 'Valeur', interval: 'Intervalle à 95 % et base' },
    tableSummary: 'Voir les chiffres en tableau',
  },
  correlation: {
    heading: 'Bien-être et satisfaction client évoluent-ils ensemble ?',
    leads: {
      'wellbeing-leads':
        'Le bien-être d’une semaine va avec la satisfaction client de la semaine suivante, et non l’inverse : le bien-être semble précéder.',
      'customer-leads':
        'La satisfaction client d’une semaine va avec le bien-être de la semaine suivante, et non l’inverse : la satisfaction client semble précéder.',
      both: 'Le lien se voit dans les deux sens d’une semaine à l’autre : on ne peut pas dire lequel précède.',
      neither: 'Aucun des deux ne précède l’autre de façon établie d’une semaine à l’autre.',
    } satisfies Record<LeadSummary, string>,
    detectable: (r: string) =>
      `Avec ces semaines, seul un lien d’au moins r${nbsp}=${nbsp}${r} pourrait être détecté de façon fiable.`,
    details: 'Détail des liens décalés',
  },
  drivers: {
    heading: 'Les dimensions qui comptent le plus',
    intro:
      'Chaque dimension du pouls de l’équipe comparée à la satisfaction client de la semaine suivante. Les premières ont le lien le plus fort que leur intervalle permet d’affirmer.',
    dimension: 'Dimension',
    r: 'Lien (r)',
    interval: 'Intervalle à 95 %',
    holds: 'Établi',
    yes: 'oui',
    no: 'non',
    suggested: (comparisons: number) =>
      `suggéré, non confirmé en tenant compte des ${comparisons}${nbsp}comparaisons`,
    noResult: 'pas assez de semaines',
    insufficient: (weeks: number) =>
      `Pas encore assez de semaines pour cette équipe (${weeks}${nbsp}semaines réunissent un chiffre publié et les réponses client de la semaine suivante).`,
    readings: 'Lecture détaillée',
  },
  quadrant: {
    heading: 'Symétrie des attentions',
    intro:
      'Où se situe l’équipe sur ses dernières semaines : satisfaction client en abscisse, bien-être des conseillers en ordonnée, avec leurs intervalles à 95 % (les moustaches) face aux médianes du centre (les lignes pointillées).',
    chartTitle: 'Position de l’équipe dans le quadrant de symétrie',
    xLabel: 'Satisfaction client (0–100)',
    yLabel: 'Bien-être des conseillers (0–100)',
    names: {
      topRight: 'Équilibre',
      topLeft: 'Conseillers à l’aise, clients moins bien servis',
      bottomRight: 'Clients servis aux dépens des conseillers',
      bottomLeft: 'Tous deux sous le centre',
    },
    placement: (q: string) => `Position${nbsp}: ${q}.`,
    placements: {
      balanced: 'équilibre',
      'customers-at-advisors-expense': 'clients servis aux dépens des conseillers',
      'advisors-comfortable-customers-under-served': 'conseillers à l’aise, clients moins bien servis',
      'both-low': 'tous deux sous le centre',
      'near-centre': 'près du centre (un intervalle chevauche une médiane)',
    } satisfies Record<QuadrantPlacement, string>,
  },
  cuts: {
    heading: 'Par canal et par mode de travail',
    channelCaption: 'Satisfaction client par canal sur la période',
    workModeCaption: 'Par mode de travail des conseillers',
    channel: 'Canal',
    workMode: 'Mode de travail',
    responses: 'Réponses client',
    satisfaction: 'Satisfaction client',
    onceAndDone: 'Résolu au premier contact',
    wellbeing: 'Bien-être (dernier chiffre publié)',
    noResponses: 'aucune réponse client',
    wellbeingHidden: (k: number) => `masqué${nbsp}: moins de ${k}${nbsp}répondants, pour protéger l’anonymat`,
    shownWellbeing: (value: string, interval: string, n: number, week: string) =>
      `${value} ${interval}, ${n}${nbsp}répondants, ${week}`,
    channels: {
      phone: 'Téléphone',
      email: 'E-mail',
      chat: 'Chat',
      social: 'Réseaux sociaux',
      'in-person': 'Accueil',
    } satisfies Record<Channel, string>,
    workModes: { 'on-site': 'Sur site', remote: 'À distance', hybrid: 'Hybride' } satisfies Record<
      WorkMode,
      string
    >,
    noWorkModes: 'Aucun chiffre par mode de travail pour cette période.',
  },
  participation: {
    heading: 'Participation au pouls',
    intro: (k: number) =>
      `Répondants du chiffre publié de chaque semaine, face à l’effectif de l’équipe cette semaine-là. Une semaine de moins de ${k}${nbsp}répondants n’est pas publiée et son nombre n’est pas montré.`,
    week: 'Semaine',
    respondents: 'Répondants',
    headcount: 'Effectif',
    rate: 'Taux',
    hidden: (k: number) => `masqué${nbsp}: moins de ${k}${nbsp}répondants, pour protéger l’anonymat`,
    caption: 'Participation par semaine',
  },
  alerts: {
    heading: 'Alertes',
    none: 'Aucune alerte sur cette période.',
    calibration:
      'Chaque alerte est calibrée pour rester rare quand rien n’a vraiment changé : sans changement réel, elle se déclenche pour moins de 5 % des équipes par trimestre. Une alerte est donc un signal à regarder, pas un verdict.',
    explain: 'Comprendre cette alerte et quoi faire',
    names: {
      'wellbeing-falling': 'Bien-être en baisse',
      'quadrant-customers-at-advisors-expense': 'Clients servis aux dépens des conseillers',
      'productivity-pressure': 'Pression de productivité',
      'once-and-done-drop': 'Résolution au premier contact en baisse',
    } satisfies Record<AlertKind, string>,
  },
  error: {
    title: 'Période refusée',
    intro: 'La période demandée ne peut pas être affichée.',
    badWeek: 'une semaine ISO qui existe, par exemple 2026-W45',
    badRange: 'une période d’au plus 104 semaines, la première semaine avant la dernière',
    back: 'Revenir à la page de l’équipe',
  },
};

export type TeamMessages = typeof fr;

const en: TeamMessages = {
  title: (team) => `Team ${team}`,
  subtitle: (site, profile) => `Site: ${site} · management profile: ${profile}`,
  period: (first, last, weeks) => `From the ${first} to the ${last} (${weeks} weeks).`,
  sourceNote: (k) =>
    `Advisor wellbeing comes only from published figures, each from at least ${k} advisors; individual answers are never shown. Indices run from 0 to 100.`,
  rangeLegend: 'Period shown',
  from: 'First week',
  to: 'Last week',
  weekHint: 'ISO week, for example 2026-W45.',
  show: 'Show',
  series: {
    heading: 'Week by week',
    intro:
      'The team’s advisor wellbeing and customer satisfaction each week, with their 95% interval (the shaded band). A week without a point is hidden, with the reason.',
    wellbeingTitle: 'Advisor wellbeing by week',
    customerTitle: 'Customer satisfaction by week',
    wellbeingLabel: 'Wellbeing (0–100)',
    customerLabel: 'Customer satisfaction (0–100)',
    describe: (what, shown, weeks, last) =>
      `${what}: ${shown} of ${weeks} weeks shown. Latest value: ${last}.`,
    noValue: 'none',
    wellbeingHidden: (k) => `hidden: fewer than ${k} respondents, to protect anonymity`,
    customerHidden: (min) => `hidden: fewer than ${min} customer responses, too few to read`,
    respondents: (n) => `${n} respondents`,
    widened: (n, window) => `${n} respondents over ${window}`,
    answers: (n) => `${n} responses`,
    windows: { week: 'the week', fortnight: 'the fortnight', month: 'the month', quarter: 'the quarter' },
    columns: { week: 'Week', value: 'Value', interval: '95% interval and basis' },
    tableSummary: 'See the figures as a table',
  },
  correlation: {
    heading: 'Do wellbeing and customer satisfaction move together?',
    leads: {
      'wellbeing-leads':
        'Wellbeing in one week goes with customer satisfaction the following week, not the reverse: wellbeing seems to come first.',
      'customer-leads':
        'Customer satisfaction in one week goes with wellbeing the following week, not the reverse: customer satisfaction seems to come first.',
      both: 'The link shows both ways from one week to the next: we cannot say which comes first.',
      neither: 'Neither is established as coming before the other from one week to the next.',
    },
    detectable: (r) => `With these weeks, only a link of at least r = ${r} could be detected reliably.`,
    details: 'The lagged links in detail',
  },
  drivers: {
    heading: 'The dimensions that matter most',
    intro:
      'Each pulse dimension of the team against customer satisfaction the following week. The first ones have the strongest link their interval allows us to state.',
    dimension: 'Dimension',
    r: 'Link (r)',
    interval: '95% interval',
    holds: 'Established',
    yes: 'yes',
    no: 'no',
    suggested: (comparisons) =>
      `suggested, not confirmed after accounting for the ${comparisons} comparisons`,
    noResult: 'not enough weeks',
    insufficient: (weeks) =>
      `Not enough weeks yet for this team (${weeks} weeks have both a published figure and the next week’s customer responses).`,
    readings: 'Detailed reading',
  },
  quadrant: {
    heading: 'Symmetry of attention',
    intro:
      'Where the team stands over its last weeks: customer satisfaction across, advisor wellbeing up, with their 95% intervals (the whiskers) against the centre’s medians (the dashed lines).',
    chartTitle: 'The team’s place on the symmetry quadrant',
    xLabel: 'Customer satisfaction (0–100)',
    yLabel: 'Advisor wellbeing (0–100)',
    names: {
      topRight: 'Balanced',
      topLeft: 'Advisors comfortable, customers under-served',
      bottomRight: 'Customers served at the advisors’ expense',
      bottomLeft: 'Both below the centre',
    },
    placement: (q) => `Placement: ${q}.`,
    placements: {
      balanced: 'balanced',
      'customers-at-advisors-expense': 'customers served at the advisors’ expense',
      'advisors-comfortable-customers-under-served': 'advisors comfortable, customers under-served',
      'both-low': 'both below the centre',
      'near-centre': 'near the centre (an interval straddles a median)',
    },
  },
  cuts: {
    heading: 'By channel and by work mode',
    channelCaption: 'Customer satisfaction by channel over the period',
    workModeCaption: 'By the advisors’ work mode',
    channel: 'Channel',
    workMode: 'Work mode',
    responses: 'Customer responses',
    satisfaction: 'Customer satisfaction',
    onceAndDone: 'Resolved at first contact',
    wellbeing: 'Wellbeing (latest published figure)',
    noResponses: 'no customer responses',
    wellbeingHidden: (k) => `hidden: fewer than ${k} respondents, to protect anonymity`,
    shownWellbeing: (value, interval, n, week) => `${value} ${interval}, ${n} respondents, ${week}`,
    channels: {
      phone: 'Phone',
      email: 'Email',
      chat: 'Chat',
      social: 'Social media',
      'in-person': 'In person',
    },
    workModes: { 'on-site': 'On site', remote: 'Remote', hybrid: 'Hybrid' },
    noWorkModes: 'No work-mode figures for this period.',
  },
  participation: {
    heading: 'Pulse participation',
    intro: (k) =>
      `Respondents of each week’s published figure, against the team’s headcount that week. A week with fewer than ${k} respondents is not published and its count is not shown.`,
    week: 'Week',
    respondents: 'Respondents',
    headcount: 'Headcount',
    rate: 'Rate',
    hidden: (k) => `hidden: fewer than ${k} respondents, to protect anonymity`,
    caption: 'Participation by week',
  },
  alerts: {
    heading: 'Alerts',
    none: 'No alert over this period.',
    calibration:
      'Each alert is calibrated to stay rare when nothing has really changed: with no real change, it fires for fewer than 5% of teams a quarter. An alert is a signal to look at, not a verdict.',
    explain: 'What this alert means and what to do',
    names: {
      'wellbeing-falling': 'Wellbeing falling',
      'quadrant-customers-at-advisors-expense': 'Customers served at the advisors’ expense',
      'productivity-pressure': 'Productivity pressure',
      'once-and-done-drop': 'First-contact resolution falling',
    },
  },
  error: {
    title: 'Period refused',
    intro: 'The period asked for cannot be shown.',
    badWeek: 'an ISO week that exists, for example 2026-W45',
    badRange: 'a period of at most 104 weeks, the first week before the last',
    back: 'Back to the team page',
  },
};

export const teamMessages: Record<Locale, TeamMessages> = { fr, en };
