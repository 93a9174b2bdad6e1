import type { Channel, Locale } from '../roster/index.js';

/**
 * Every word the survey pages say, in French (first-class) and English. French text uses
 * typographic apostrophes, « guillemets », a no-break space before « : » and a narrow no-break
 * space before « ? » and « ! ».
 */

/** Narrow no-break space, the French thin space before « ? », « ! » and inside « ». */
const nnbsp = '\u202f';
/** No-break space, the French space before a colon. */
const nbsp = '\u00a0';

/** The longest comment the customer form accepts (`customerAnswerSchema`). */
export const commentMaxLength = 2000;

/** The customer form's fields, as the form posts them. */
export type CustomerField = 'satisfaction' | 'recommendation' | 'resolved' | 'effort' | 'comment';

/** The two ends of a numeric scale, as words. */
export interface ScaleAnchors {
  readonly low: string;
  readonly high: string;
}

/** A page that only says one thing: a title and one or two sentences. */
export interface NoticeMessages {
  readonly heading: string;
  readonly body: readonly string[];
}

export interface SurveyMessages {
  readonly locale: Locale;
  /** Prefix of the document title when the form comes back with errors. */
  readonly errorTitlePrefix: string;
  /** Heading of the error summary at the top of a form sent back. */
  readonly errorSummaryHeading: string;
  readonly errorSummaryLead: string;
  /** Read before a field's own error message. */
  readonly errorPrefix: string;
  /** Shown after the legend of an optional question. */
  readonly optionalMark: string;
  /** The interaction channel as a noun: « téléphone », "email". */
  readonly channels: Readonly<Record<Channel, string>>;
  readonly customer: {
    title(advisorFirstName: string): string;
    /** « Votre avis sur votre échange avec Marie ». */
    heading(advisorFirstName: string): string;
    intro(advisorFirstName: string, channel: Channel): string;
    /** Said when the page opens with the score clicked in the email. */
    preselected(score: number): string;
    readonly notRecordedYet: string;
    readonly satisfaction: { readonly legend: string } & ScaleAnchors;
    readonly recommendation: { readonly legend: string } & ScaleAnchors;
    readonly resolved: { readonly legend: string; readonly yes: string; readonly no: string };
    readonly effort: { readonly legend: string } & ScaleAnchors;
    readonly comment: { readonly label: string; hint(maxLength: number): string };
    readonly submit: string;
  };
  readonly pulse: {
    readonly title: string;
    readonly heading: string;
    period(periodLabel: string): string;
    intro(itemCount: number): string;
    /** The intro of the monthly module's week (issue 12): longer, about two minutes. */
    introWithModule(itemCount: number): string;
    /** Heading and lead of the monthly "ways of working" module inside the pulse. */
    readonly moduleHeading: string;
    readonly moduleLead: string;
    /** The promise shown on every pulse; `minRespondents` is the anonymity threshold k. */
    anonymity(minRespondents: number): string;
    /** The link to the anonymity page (what is collected, who sees what, the threat model). */
    privacyLink: string;
    readonly agreement: ScaleAnchors;
    readonly enps: ScaleAnchors;
    /** Label of the question number read before each item: « Question 2 sur 5 ». */
    questionOf(position: number, count: number): string;
    /** An error summary line that says which question it is about. */
    summaryEntry(position: number, count: number, message: string): string;
    readonly submit: string;
  };
  readonly thanks: { readonly customer: NoticeMessages; readonly pulse: NoticeMessages };
  readonly alreadyRecorded: NoticeMessages;
  readonly expired: NoticeMessages;
  readonly invalidLink: NoticeMessages;
  readonly unsubscribeConfirm: NoticeMessages & { readonly submit: string };
  readonly unsubscribed: NoticeMessages;
  /** Field-level messages, for the route to attach to the paths that failed validation. */
  readonly errors: {
    readonly customer: Readonly<Record<CustomerField, string>>;
    /** A pulse answer outside its item's scale. */
    pulseOutOfRange(min: number, max: number): string;
    /** A pulse sent with no answer at all. */
    readonly pulseEmpty: string;
    /** A pulse comment over its length limit. */
    pulseCommentTooLong(max: number): string;
    /** Anything not tied to one field. */
    readonly form: string;
  };
}

/** Formats a count the way the locale writes it (« 2 000 » in French). */
function count(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}

const channelsFr: Record<Channel, string> = {
  phone: 'téléphone',
  email: 'e-mail',
  chat: 'chat',
  social: 'réseaux sociaux',
  'in-person': 'face à face',
};

const channelPhraseFr: Record<Channel, string> = {
  phone: 'par téléphone',
  email: 'par e-mail',
  chat: 'par chat',
  social: 'sur les réseaux sociaux',
  'in-person': 'en face à face',
};

const channelsEn: Record<Channel, string> = {
  phone: 'phone',
  email: 'email',
  chat: 'chat',
  social: 'social media',
  'in-person': 'in person',
};

const channelPhraseEn: Record<Channel, string> = {
  phone: 'by phone',
  email: 'by email',
  chat: 'by chat',
  social: 'on social media',
  'in-person': 'in person',
};

const fr: SurveyMessages = {
  locale: 'fr',
  errorTitlePrefix: `Erreur${nbsp}: `,
  errorSummaryHeading: 'Votre réponse n’est pas encore enregistrée',
  errorSummaryLead: `Corrigez ce qui suit, puis envoyez à nouveau${nbsp}:`,
  errorPrefix: `Erreur${nbsp}: `,
  optionalMark: '(facultatif)',
  channels: channelsFr,
  customer: {
    title: (name) => `Votre avis sur votre échange avec ${name}`,
    heading: (name) => `Votre avis sur votre échange avec ${name}`,
    intro: (name, channel) =>
      `Vous avez récemment échangé avec ${name} ${channelPhraseFr[channel]}. Quelques questions, moins d’une minute.`,
    preselected: (score) =>
      `Vous avez choisi la note ${score} sur 10. Vous pouvez la modifier et, si vous le souhaitez, répondre aux autres questions.`,
    notRecordedYet: `Rien n’est enregistré avant que vous cliquiez sur «${nnbsp}Envoyer mon avis${nnbsp}».`,
    satisfaction: {
      legend: `Dans l’ensemble, êtes-vous satisfait de cet échange${nnbsp}?`,
      low: 'Pas du tout satisfait',
      high: 'Très satisfait',
    },
    recommendation: {
      legend: `Recommanderiez-vous notre service à un proche${nnbsp}?`,
      low: 'Certainement pas',
      high: 'Certainement',
    },
    resolved: {
      legend: `Votre demande a-t-elle été réglée lors de cet échange${nnbsp}?`,
      yes: 'Oui',
      no: 'Non',
    },
    effort: {
      legend: `Obtenir une réponse a été${nbsp}:`,
      low: 'Très facile',
      high: 'Très difficile',
    },
    comment: {
      label: `Souhaitez-vous ajouter quelque chose${nnbsp}?`,
      hint: (max) => `${count('fr', max)} caractères au plus.`,
    },
    submit: 'Envoyer mon avis',
  },
  pulse: {
    title: 'Votre questionnaire de la semaine',
    heading: 'Votre questionnaire de la semaine',
    period: (label) => `Période${nbsp}: ${label}`,
    intro: (n) =>
      `${n} question${n > 1 ? 's' : ''}, moins d’une minute. Répondre est facultatif${nbsp}: vous pouvez passer une question.`,
    introWithModule: (n) =>
      `${n} questions, environ deux minutes cette semaine${nbsp}: une fois par mois, le questionnaire comprend le module «${nbsp}vos façons de travailler${nbsp}». Répondre est facultatif${nbsp}: vous pouvez passer une question.`,
    moduleHeading: 'Vos façons de travailler',
    moduleLead: `Une fois par mois${nbsp}: sur quoi vous vous appuyez, ce qui vous aide et ce qui vous convient. Il n’y a pas de bonne réponse. Vos réponses, anonymes comme le reste du questionnaire, servent à reconnaître les différentes façons de travailler du centre et à juger les outils et méthodes pour chacune, jamais à vous identifier.`,
    anonymity: (k) =>
      `Vos réponses sont anonymes${nbsp}: elles ne sont jamais liées à votre nom, ni vues par votre manager. Les résultats d’équipe n’apparaissent qu’à partir de ${k} répondants.`,
    privacyLink: 'Ce qui est collecté, qui voit quoi, et comment votre anonymat est protégé',
    agreement: { low: 'Pas du tout d’accord', high: 'Tout à fait d’accord' },
    enps: { low: 'Pas du tout probable', high: 'Très probable' },
    questionOf: (position, n) => `Question ${position} sur ${n}`,
    summaryEntry: (position, n, message) => `Question ${position} sur ${n}${nbsp}: ${message}`,
    submit: 'Envoyer mes réponses',
  },
  thanks: {
    customer: {
      heading: `Merci${nnbsp}!`,
      body: [
        'Votre avis est bien enregistré.',
        'Il nous aide à mieux vous servir et à reconnaître le travail de nos conseillers.',
      ],
    },
    pulse: {
      heading: `Merci${nnbsp}!`,
      body: [
        'Vos réponses sont enregistrées, sans votre nom.',
        'Rendez-vous au prochain questionnaire hebdomadaire. Bonne fin de semaine.',
      ],
    },
  },
  alreadyRecorded: {
    heading: 'Votre réponse est déjà enregistrée',
    body: [`Ce lien a déjà servi${nbsp}: votre réponse a bien été prise en compte. Merci${nnbsp}!`],
  },
  expired: {
    heading: 'Ce lien a expiré',
    body: [
      'Cette enquête n’est plus ouverte, et rien n’a été enregistré avec ce lien.',
      'Merci d’avoir pris le temps de l’ouvrir.',
    ],
  },
  invalidLink: {
    heading: 'Ce lien n’est pas valide',
    body: [
      'Rien n’a été enregistré.',
      'Le lien est peut-être incomplet. Ouvrez-le à nouveau depuis l’e-mail reçu, ou copiez-le en entier.',
    ],
  },
  unsubscribeConfirm: {
    heading: 'Ne plus recevoir nos enquêtes de satisfaction',
    body: [
      'Confirmez pour ne plus recevoir d’e-mail d’enquête de satisfaction à cette adresse.',
      'Cela ne change rien à vos échanges avec notre service client.',
    ],
    submit: 'Me désinscrire',
  },
  unsubscribed: {
    heading: 'Votre désinscription est enregistrée',
    body: ['Vous ne recevrez plus nos enquêtes de satisfaction à cette adresse.'],
  },
  errors: {
    customer: {
      satisfaction: 'Choisissez une note de satisfaction de 0 à 10.',
      recommendation: 'Choisissez une note de recommandation de 0 à 10, ou laissez la question sans réponse.',
      resolved: 'Répondez par oui ou par non, ou laissez la question sans réponse.',
      effort: 'Choisissez une note d’effort de 1 à 7, ou laissez la question sans réponse.',
      comment: `Votre commentaire doit faire ${count('fr', commentMaxLength)} caractères au plus.`,
    },
    pulseOutOfRange: (min, max) =>
      `Choisissez une valeur de ${min} à ${max}, ou laissez la question sans réponse.`,
    pulseEmpty: 'Répondez à au moins une question avant d’envoyer.',
    pulseCommentTooLong: (max) => `Votre commentaire doit faire ${count('fr', max)} caractères au plus.`,
    form: 'Votre réponse n’a pas pu être lue. Vérifiez-la, puis envoyez à nouveau.',
  },
};

const en: SurveyMessages = {
  locale: 'en',
  errorTitlePrefix: 'Error: ',
  errorSummaryHeading: 'Your answer is not recorded yet',
  errorSummaryLead: 'Please correct the following, then send again:',
  errorPrefix: 'Error: ',
  optionalMark: '(optional)',
  channels: channelsEn,
  customer: {
    title: (name) => `Your feedback on your conversation with ${name}`,
    heading: (name) => `Your feedback on your conversation with ${name}`,
    intro: (name, channel) =>
      `You recently spoke with ${name} ${channelPhraseEn[channel]}. A few questions, under a minute.`,
    preselected: (score) =>
      `You chose ${score} out of 10. You can change it and, if you wish, answer the other questions.`,
    notRecordedYet: 'Nothing is recorded until you select “Send my feedback”.',
    satisfaction: {
      legend: 'Overall, how satisfied are you with this conversation?',
      low: 'Not at all satisfied',
      high: 'Very satisfied',
    },
    recommendation: {
      legend: 'Would you recommend our service to a friend?',
      low: 'Definitely not',
      high: 'Definitely',
    },
    resolved: {
      legend: 'Was your request resolved in this conversation?',
      yes: 'Yes',
      no: 'No',
    },
    effort: {
      legend: 'Getting an answer was:',
      low: 'Very easy',
      high: 'Very hard',
    },
    comment: {
      label: 'Anything you would like to add?',
      hint: (max) => `${count('en', max)} characters at most.`,
    },
    submit: 'Send my feedback',
  },
  pulse: {
    title: 'Your pulse',
    heading: 'Your pulse',
    period: (label) => `Period: ${label}`,
    intro: (n) =>
      `${n} question${n > 1 ? 's' : ''}, under a minute. Answering is optional: you can skip any question.`,
    introWithModule: (n) =>
      `${n} questions, about two minutes this week: once a month, the pulse includes the "your ways of working" module. Answering is optional: you can skip any question.`,
    moduleHeading: 'Your ways of working',
    moduleLead:
      'Once a month: what you rely on, what helps you and what works for you. There is no right answer. Your answers, anonymous like the rest of the pulse, help recognise the different ways advisors work in the centre and judge tools and methods for each, never to identify you.',
    anonymity: (k) =>
      `Your answers are anonymous: they are never linked to your name, nor seen by your manager. Team results only appear once at least ${k} people have answered.`,
    privacyLink: 'What is collected, who sees what, and how your anonymity is protected',
    agreement: { low: 'Strongly disagree', high: 'Strongly agree' },
    enps: { low: 'Not at all likely', high: 'Extremely likely' },
    questionOf: (position, n) => `Question ${position} of ${n}`,
    summaryEntry: (position, n, message) => `Question ${position} of ${n}: ${message}`,
    submit: 'Send my answers',
  },
  thanks: {
    customer: {
      heading: 'Thank you!',
      body: ['Your feedback is recorded.', 'It helps us serve you better and recognise our advisors’ work.'],
    },
    pulse: {
      heading: 'Thank you!',
      body: ['Your answers are recorded, without your name.', 'See you at the next pulse.'],
    },
  },
  alreadyRecorded: {
    heading: 'Your answer is already recorded',
    body: ['This link has already been used: your answer was taken into account. Thank you!'],
  },
  expired: {
    heading: 'This link has expired',
    body: ['This survey is closed, and nothing was recorded with this link.', 'Thank you for opening it.'],
  },
  invalidLink: {
    heading: 'This link is not valid',
    body: [
      'Nothing was recorded.',
      'The link may be incomplete. Open it again from the email you received, or copy it in full.',
    ],
  },
  unsubscribeConfirm: {
    heading: 'Stop receiving our satisfaction surveys',
    body: [
      'Confirm to stop receiving satisfaction survey emails at this address.',
      'This changes nothing about your conversations with our customer service.',
    ],
    submit: 'Unsubscribe',
  },
  unsubscribed: {
    heading: 'You are unsubscribed',
    body: ['You will no longer receive our satisfaction surveys at this address.'],
  },
  errors: {
    customer: {
      satisfaction: 'Choose a satisfaction score from 0 to 10.',
      recommendation: 'Choose a recommendation score from 0 to 10, or leave the question unanswered.',
      resolved: 'Answer yes or no, or leave the question unanswered.',
      effort: 'Choose an effort score from 1 to 7, or leave the question unanswered.',
      comment: `Your comment must be ${count('en', commentMaxLength)} characters at most.`,
    },
    pulseOutOfRange: (min, max) => `Choose a value from ${min} to ${max}, or leave the question unanswered.`,
    pulseEmpty: 'Answer at least one question before sending.',
    pulseCommentTooLong: (max) => `Your comment must be ${count('en', max)} characters at most.`,
    form: 'Your answer could not be read. Please check it, then send again.',
  },
};

const messages: Readonly<Record<Locale, SurveyMessages>> = { fr, en };

/** The survey pages' strings in `locale`. */
export function surveyMessages(locale: Locale): SurveyMessages {
  return messages[locale];
}
