import type { AlertKind, AlertMessage } from '../analytics/alerts.js';
import type { Locale } from '../roster/index.js';

/**
 * Plain-language readings of the alerts (shared/analytics/alerts.ts), French first, then
 * English: what was compared, over how many weeks and answers, the change with its 95%
 * interval, and how rarely the rule fires when nothing changed.
 */

/** Narrow no-break space (French, before « % » and inside « »). */
const nnbsp = '\u202f';

type Params = Readonly<Record<string, number | string>>;
type Reading = (p: Params) => string;

const fr = (x: number | string | undefined) => String(x ?? '').replace('.', ',');
const en = (x: number | string | undefined) => String(x ?? '');

const quadrantNames: Record<Locale, Readonly<Record<string, string>>> = {
  fr: {
    balanced: 'équilibre',
    'customers-at-advisors-expense': 'clients servis aux dépens des conseillers',
    'advisors-comfortable-customers-under-served': 'conseillers à l’aise, clients moins bien servis',
    'both-low': 'tous deux bas',
    'near-centre': 'près du centre',
  },
  en: {
    balanced: 'balanced',
    'customers-at-advisors-expense': 'customers served at the advisors’ expense',
    'advisors-comfortable-customers-under-served': 'advisors comfortable, customers under-served',
    'both-low': 'both low',
    'near-centre': 'near the centre',
  },
};

const channelNames: Record<Locale, Readonly<Record<string, string>>> = {
  fr: {
    phone: 'téléphone',
    email: 'e-mail',
    chat: 'chat',
    social: 'réseaux sociaux',
    'in-person': 'accueil',
  },
  en: { phone: 'phone', email: 'email', chat: 'chat', social: 'social media', 'in-person': 'in person' },
};

const falseAlarmFr = `Sans changement réel, cette alerte se déclenche pour moins de 5${nnbsp}% des équipes par trimestre.`;
const falseAlarmEn = 'With no real change, this alert fires for fewer than 5% of teams a quarter.';

export const alertMessages: Record<Locale, Record<AlertKind, Reading>> = {
  fr: {
    'wellbeing-falling': (p) =>
      `Le bien-être de l’équipe baisse depuis la semaine ${p.started} : ${fr(p.to)} sur 100 sur les ${p.recentWeeks} semaines depuis (${p.recentAnswers} réponses) contre ${fr(p.from)} sur les ${p.baselineWeeks} semaines d’avant (${p.baselineAnswers} réponses), soit une baisse de ${fr(p.drop)} points (IC 95${nnbsp}% ${fr(p.low)} à ${fr(p.high)}). Chaque semaine compte, en tenant compte des variations habituelles de l’équipe d’une semaine à l’autre. ${falseAlarmFr}`,
    'quadrant-customers-at-advisors-expense': (p) =>
      `L’équipe est passée de « ${quadrantNames.fr[String(p.previousQuadrant)] ?? p.previousQuadrant} » à « clients servis aux dépens des conseillers » : bien-être ${fr(p.to)} (seuil du centre ${fr(p.wellbeingThreshold)}), satisfaction client ${fr(p.customer)} (seuil ${fr(p.customerThreshold)}), après une baisse du bien-être de ${fr(p.drop)} points (IC 95${nnbsp}% ${fr(p.low)} à ${fr(p.high)}) sur ${p.recentWeeks} semaines. ${falseAlarmFr}`,
    'productivity-pressure': (p) =>
      `Pression de productivité : la durée moyenne de traitement est passée de ${p.handleFrom} à ${p.handleTo} secondes (−${fr(p.handleDropPercent)}${nnbsp}%) pendant que le bien-être passait de ${fr(p.from)} à ${fr(p.to)} sur 100 (baisse de ${fr(p.drop)} points, IC 95${nnbsp}% ${fr(p.low)} à ${fr(p.high)}), ${p.recentWeeks} dernières semaines contre les ${p.baselineWeeks} précédentes. ${falseAlarmFr}`,
    'once-and-done-drop': (p) =>
      `Résolution au premier contact en baisse sur le canal ${channelNames.fr[String(p.channel)] ?? p.channel} : ${fr(p.to)}${nnbsp}% sur les ${p.recentWeeks} dernières semaines (${p.recentAnswers} réponses) contre ${fr(p.from)}${nnbsp}% sur les ${p.baselineWeeks} précédentes (${p.baselineAnswers} réponses), soit ${fr(p.drop)} points de moins (IC 95${nnbsp}% ${fr(p.low)} à ${fr(p.high)}). ${falseAlarmFr}`,
  },
  en: {
    'wellbeing-falling': (p) =>
      `The team's wellbeing has been falling since week ${p.started}: ${en(p.to)} out of 100 over the ${p.recentWeeks} weeks since (${p.recentAnswers} answers) against ${en(p.from)} over the ${p.baselineWeeks} weeks before (${p.baselineAnswers} answers), a fall of ${en(p.drop)} points (95% CI ${en(p.low)} to ${en(p.high)}). Every week counts, allowing for the team's usual week-to-week swings. ${falseAlarmEn}`,
    'quadrant-customers-at-advisors-expense': (p) =>
      `The team moved from "${quadrantNames.en[String(p.previousQuadrant)] ?? p.previousQuadrant}" to "customers served at the advisors' expense": wellbeing ${en(p.to)} (centre threshold ${en(p.wellbeingThreshold)}), customer satisfaction ${en(p.customer)} (threshold ${en(p.customerThreshold)}), after wellbeing fell ${en(p.drop)} points (95% CI ${en(p.low)} to ${en(p.high)}) over ${p.recentWeeks} weeks. ${falseAlarmEn}`,
    'productivity-pressure': (p) =>
      `Productivity pressure: mean handle time went from ${p.handleFrom} to ${p.handleTo} seconds (−${en(p.handleDropPercent)}%) while wellbeing went from ${en(p.from)} to ${en(p.to)} out of 100 (a fall of ${en(p.drop)} points, 95% CI ${en(p.low)} to ${en(p.high)}), the last ${p.recentWeeks} weeks against the ${p.baselineWeeks} before. ${falseAlarmEn}`,
    'once-and-done-drop': (p) =>
      `First-contact resolution is falling on ${channelNames.en[String(p.channel)] ?? p.channel}: ${en(p.to)}% over the last ${p.recentWeeks} weeks (${p.recentAnswers} answers) against ${en(p.from)}% over the ${p.baselineWeeks} before (${p.baselineAnswers} answers), ${en(p.drop)} points lower (95% CI ${en(p.low)} to ${en(p.high)}). ${falseAlarmEn}`,
  },
};

/** The plain-language reading of an alert's message in `locale`. */
export function alertReading(message: AlertMessage, locale: Locale): string {
  return alertMessages[locale][message.key](message.params);
}
