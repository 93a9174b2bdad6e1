import { asksWaysOfWorking } from '../../shared/logics/ways-of-working-module.js';
import type { Locale } from '../../shared/roster/interaction.schema.js';
import { pulseWeekLabel } from '../../shared/surveys/pulse-week-label.js';

/**
 * Every word the survey emails say, in French (first-class) and English. French text uses
 * typographic apostrophes, a narrow no-break space before « ? » and a no-break space before « : ».
 */
export type EmailLocale = Locale;

/** Narrow no-break space, the French thin space before high punctuation. */
const nnbsp = '\u202f';
/** No-break space, the French space before a colon. */
const nbsp = '\u00a0';

export interface CustomerSurveyMessages {
  subject(advisorFirstName: string): string;
  preheader: string;
  heading(advisorFirstName: string): string;
  /** One sentence recalling the contact; the channel is an interaction channel id. */
  intro(advisorFirstName: string, channel: string): string;
  scaleInstruction: string;
  scaleLow: string;
  scaleHigh: string;
  /** Accessible name of the link that rates the contact `score` out of 10. */
  scoreLabel(score: number): string;
  confirmNote: string;
  thanks: string;
  footerReason: string;
  unsubscribeLead: string;
  unsubscribeLink: string;
}

export interface PulseInvitationMessages {
  /** In the monthly module's week (asksWaysOfWorking) the pulse is longer: about two minutes. */
  subject(period: string, reminder: boolean): string;
  preheader(reminder: boolean, period: string): string;
  heading(period: string, reminder: boolean): string;
  intro(reminder: boolean, period: string): string;
  anonymity: string;
  /** The link to the page that says who can see what of the answers. */
  privacyLink: string;
  cta: string;
  linkFallback: string;
  footer: string;
}

const channelPhraseFr: Record<string, string> = {
  phone: 'par téléphone',
  email: 'par e-mail',
  chat: 'par chat',
  social: 'sur les réseaux sociaux',
  'in-person': 'en face à face',
};

const channelPhraseEn: Record<string, string> = {
  phone: 'by phone',
  email: 'by email',
  chat: 'by chat',
  social: 'on social media',
  'in-person': 'in person',
};

export const customerSurveyMessages: Record<EmailLocale, CustomerSurveyMessages> = {
  fr: {
    subject: (name) => `Comment s’est passé votre échange avec ${name}${nnbsp}?`,
    preheader: `Une question, un clic${nbsp}: notez votre échange de 0 à 10.`,
    heading: (name) => `Comment s’est passé votre échange avec ${name}${nnbsp}?`,
    intro: (name, channel) => {
      const how = channelPhraseFr[channel];
      return how
        ? `Vous avez récemment échangé avec ${name} ${how}. Votre avis nous aide à mieux vous servir.`
        : `Vous avez récemment échangé avec ${name}. Votre avis nous aide à mieux vous servir.`;
    },
    scaleInstruction: `Quelle est votre satisfaction${nbsp}? Choisissez une note de 0 à 10${nbsp}:`,
    scaleLow: '0 = pas du tout satisfait',
    scaleHigh: '10 = très satisfait',
    scoreLabel: (score) => `Note ${score} sur 10`,
    confirmNote:
      'La page qui s’ouvre vous permet de confirmer votre note et, si vous le souhaitez, d’en dire un peu plus. Rien n’est enregistré avant votre confirmation.',
    thanks: 'Merci pour votre temps.',
    footerReason: 'Vous recevez ce message parce que vous avez récemment contacté notre service client.',
    unsubscribeLead: `Ne plus recevoir nos enquêtes de satisfaction${nbsp}:`,
    unsubscribeLink: 'se désinscrire',
  },
  en: {
    subject: (name) => `How was your conversation with ${name}?`,
    preheader: 'One question, one click: rate your conversation from 0 to 10.',
    heading: (name) => `How was your conversation with ${name}?`,
    intro: (name, channel) => {
      const how = channelPhraseEn[channel];
      return how
        ? `You recently spoke with ${name} ${how}. Your feedback helps us serve you better.`
        : `You recently spoke with ${name}. Your feedback helps us serve you better.`;
    },
    scaleInstruction: 'How satisfied are you? Choose a score from 0 to 10:',
    scaleLow: '0 = not at all satisfied',
    scaleHigh: '10 = very satisfied',
    scoreLabel: (score) => `Score ${score} out of 10`,
    confirmNote:
      'The page that opens lets you confirm your score and, if you wish, tell us a little more. Nothing is recorded until you confirm.',
    thanks: 'Thank you for your time.',
    footerReason: 'You are receiving this message because you recently contacted our customer service.',
    unsubscribeLead: 'Stop receiving our satisfaction surveys:',
    unsubscribeLink: 'unsubscribe',
  },
};

/** The monthly module's week (a longer pulse); a period that is not an ISO week is not one. */
const longerWeek = (period: string): boolean => /^\d{4}-W\d{2}$/.test(period) && asksWaysOfWorking(period);

export const pulseInvitationMessages: Record<EmailLocale, PulseInvitationMessages> = {
  fr: {
    subject: (period, reminder) =>
      reminder
        ? `Rappel${nbsp}: votre questionnaire de la ${pulseWeekLabel(period, 'fr')}, ${longerWeek(period) ? 'environ deux minutes' : 'moins d’une minute'}`
        : `Votre questionnaire de la ${pulseWeekLabel(period, 'fr')}${nbsp}: ${longerWeek(period) ? 'environ deux minutes ce mois-ci' : 'moins d’une minute'}`,
    preheader: (reminder, period) =>
      longerWeek(period)
        ? `${reminder ? `Il est encore temps${nbsp}: l` : 'L'}e questionnaire du mois, anonyme, avec le module «${nbsp}vos façons de travailler${nbsp}»${nbsp}: environ deux minutes.`
        : reminder
          ? `Il est encore temps${nbsp}: quelques questions anonymes, moins d’une minute.`
          : 'Quelques questions, anonymes, moins d’une minute depuis votre téléphone.',
    heading: (period, reminder) =>
      reminder
        ? `Il est encore temps de répondre au questionnaire de la ${pulseWeekLabel(period, 'fr')}`
        : `Comment s’est passée votre ${pulseWeekLabel(period, 'fr')}${nnbsp}?`,
    intro: (reminder, period) =>
      longerWeek(period)
        ? `${reminder ? `Vous n’avez peut-être pas encore eu le temps${nbsp}: le questionnaire reste ouvert. ` : ''}Cette semaine, une fois par mois, le questionnaire est plus long${nbsp}: votre bien-être, puis le module «${nbsp}vos façons de travailler${nbsp}» (sur quoi vous vous appuyez, ce qui vous aide, les outils et méthodes du centre). Environ deux minutes, chaque question peut être passée.`
        : reminder
          ? `Vous n’avez peut-être pas encore eu le temps${nbsp}: le questionnaire reste ouvert. Trois à cinq questions, moins d’une minute.`
          : 'Trois à cinq questions sur votre charge, vos outils, votre équipe et votre bien-être. Moins d’une minute, même sur téléphone.',
    anonymity: `Vos réponses sont anonymes${nbsp}: elles ne sont jamais reliées à votre nom, et votre manager ne voit que des résultats d’équipe, seulement quand assez de conseillers ont répondu pour que personne ne soit reconnaissable. Elles n’entrent jamais dans votre rémunération.`,
    privacyLink: 'Qui peut voir quoi dans vos réponses',
    cta: 'Répondre au questionnaire',
    linkFallback: `Si le bouton ne fonctionne pas, copiez ce lien${nbsp}:`,
    footer:
      'Message envoyé par Duopulse, le baromètre de votre centre de relation client. Répondre est facultatif.',
  },
  en: {
    subject: (period, reminder) =>
      reminder
        ? `Reminder: your pulse for ${pulseWeekLabel(period, 'en')}, ${longerWeek(period) ? 'about two minutes' : 'under a minute'}`
        : `Your pulse for ${pulseWeekLabel(period, 'en')}: ${longerWeek(period) ? 'about two minutes this month' : 'under a minute'}`,
    preheader: (reminder, period) =>
      longerWeek(period)
        ? `${reminder ? 'There is still time: t' : 'T'}he monthly pulse, anonymous, with the "your ways of working" module: about two minutes.`
        : reminder
          ? 'There is still time: a few anonymous questions, under a minute.'
          : 'A few anonymous questions, under a minute from your phone.',
    heading: (period, reminder) =>
      reminder
        ? `There is still time to answer the pulse for ${pulseWeekLabel(period, 'en')}`
        : `How did your ${pulseWeekLabel(period, 'en')} go?`,
    intro: (reminder, period) =>
      longerWeek(period)
        ? `${reminder ? 'You may not have had time yet: the pulse is still open. ' : ''}This week, once a month, the pulse is longer: your wellbeing, then the "your ways of working" module (what you rely on, what helps you, the centre's tools and methods). About two minutes, and any question can be skipped.`
        : reminder
          ? 'You may not have had time yet: the pulse is still open. Three to five questions, under a minute.'
          : 'Three to five questions about your workload, your tools, your team and your wellbeing. Under a minute, even on a phone.',
    anonymity:
      'Your answers are anonymous: they are never linked to your name, and your manager only sees team results, and only once enough advisors have answered that no one can be recognised. They never count towards your pay.',
    privacyLink: 'Who can see what of your answers',
    cta: 'Answer the pulse',
    linkFallback: 'If the button does not work, copy this link:',
    footer: 'Sent by Duopulse, your customer-service barometer. Answering is optional.',
  },
};
