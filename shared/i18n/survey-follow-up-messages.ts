import type { Locale } from '../roster/index.js';
import type { NoticeMessages } from './survey-messages.js';

/**
 * Words of the one-tap customer survey and of its score-dependent thanks page (callback request
 * after a low score, the centre's link after a high one), French first. French text uses
 * typographic apostrophes, « guillemets », a no-break space before « : » and a narrow no-break
 * space before « ? » and « ! ».
 */

const nnbsp = '\u202f';
const nbsp = '\u00a0';

/** The callback form's fields, as the form posts them. */
export type CallbackField = 'contact' | 'consent';

export interface SurveyFollowUpMessages {
  readonly survey: {
    /** Said above the score when the page opens with the score clicked in the email. */
    preselected(score: number): string;
    /** The one button under the score that records it. */
    readonly confirm: string;
    /** Under the confirm button: nothing recorded before one of the two buttons is pressed. */
    notRecordedYet(submitLabel: string): string;
    /** The optional questions' heading and the sentence that says they may be skipped. */
    readonly moreHeading: string;
    readonly moreIntro: string;
  };
  readonly thanks: {
    /** After a low score: the answer is recorded, and we are sorry. */
    readonly low: NoticeMessages;
    /** After a high score, the sentence before the centre's link. */
    readonly linkIntro: string;
  };
  readonly callback: {
    readonly heading: string;
    readonly intro: string;
    readonly contactLabel: string;
    readonly contactHint: string;
    /** What is kept, why, for how long and who sees it: stated before the box is ticked. */
    readonly statement: readonly string[];
    readonly consentLabel: string;
    readonly submit: string;
    readonly skip: string;
    /** Heading of the error summary when the request comes back with mistakes. */
    readonly errorHeading: string;
    readonly requested: NoticeMessages;
    readonly alreadyRequested: NoticeMessages;
  };
  readonly errors: Readonly<Record<CallbackField, string>>;
}

const fr: SurveyFollowUpMessages = {
  survey: {
    preselected: (score) => `Vous avez choisi ${score} sur 10. Confirmez d’un geste, ou changez de note.`,
    confirm: 'Confirmer ma note',
    notRecordedYet: (submit) =>
      `Rien n’est enregistré avant que vous appuyiez sur «${nnbsp}Confirmer ma note${nnbsp}» ou «${nnbsp}${submit}${nnbsp}».`,
    moreHeading: `Pour aller plus loin (facultatif)`,
    moreIntro: `Trois questions et un commentaire, si vous le souhaitez. Vous pouvez aussi vous arrêter à la note${nbsp}: elle suffit.`,
  },
  thanks: {
    low: {
      heading: `Merci, et désolés${nnbsp}!`,
      body: [
        'Votre avis est bien enregistré.',
        'Nous sommes désolés que cet échange ne vous ait pas donné satisfaction.',
      ],
    },
    linkIntro: `Si vous le souhaitez, vous pouvez aussi partager votre avis${nbsp}:`,
  },
  callback: {
    heading: `Souhaitez-vous être rappelé${nnbsp}?`,
    intro:
      'Un responsable de l’équipe qui vous a répondu peut vous recontacter pour comprendre ce qui n’a pas été et chercher une solution avec vous.',
    contactLabel: 'Votre adresse e-mail ou votre numéro de téléphone',
    contactHint: 'Par exemple marie@exemple.fr ou 06 12 34 56 78.',
    statement: [
      `Ce que nous conservons${nbsp}: l’adresse e-mail ou le numéro que vous saisissez ici, avec votre note et la date de votre demande.`,
      `Pourquoi${nbsp}: uniquement pour vous rappeler au sujet de cet échange, jamais pour autre chose. Seuls les managers de l’équipe le voient.`,
      `Jusqu’à quand${nbsp}: il est supprimé dès que votre demande est traitée, et au plus tard après 90${nbsp}jours.`,
    ],
    consentLabel:
      'J’accepte que mon adresse e-mail ou mon numéro soit conservé uniquement pour me rappeler, et supprimé une fois ma demande traitée.',
    submit: 'Demander à être rappelé',
    skip: 'Vous pouvez aussi simplement fermer cette page.',
    errorHeading: 'Votre demande de rappel n’est pas encore enregistrée',
    requested: {
      heading: 'Votre demande de rappel est enregistrée',
      body: [
        'L’équipe vous recontactera à l’adresse ou au numéro que vous avez indiqué.',
        'Ce contact sera supprimé dès que votre demande aura été traitée.',
      ],
    },
    alreadyRequested: {
      heading: 'Vous avez déjà demandé à être rappelé',
      body: [
        `Votre demande est bien enregistrée${nbsp}: l’équipe vous recontactera. Rien de plus n’a été enregistré.`,
      ],
    },
  },
  errors: {
    contact:
      'Indiquez une adresse e-mail (par exemple marie@exemple.fr) ou un numéro de téléphone (par exemple 06 12 34 56 78).',
    consent: 'Cochez la case pour accepter que nous conservions ce contact le temps de vous rappeler.',
  },
};

const en: SurveyFollowUpMessages = {
  survey: {
    preselected: (score) => `You chose ${score} out of 10. Confirm it with one tap, or pick another score.`,
    confirm: 'Confirm my score',
    notRecordedYet: (submit) => `Nothing is recorded until you press “Confirm my score” or “${submit}”.`,
    moreHeading: 'Tell us more (optional)',
    moreIntro: 'Three questions and a comment, if you like. You can also stop at the score: it is enough.',
  },
  thanks: {
    low: {
      heading: 'Thank you, and we are sorry',
      body: [
        'Your feedback has been recorded.',
        'We are sorry this conversation did not meet your expectations.',
      ],
    },
    linkIntro: 'If you like, you can also share your opinion:',
  },
  callback: {
    heading: 'Would you like us to call you back?',
    intro:
      'A manager of the team who helped you can get back to you, to understand what went wrong and look for a solution with you.',
    contactLabel: 'Your email address or phone number',
    contactHint: 'For example marie@example.com or +44 20 7946 0958.',
    statement: [
      'What we keep: the email address or phone number you type here, with your score and the date of your request.',
      'Why: only to call you back about this conversation, never for anything else. Only the team’s managers see it.',
      'For how long: it is deleted as soon as your request has been handled, and after 90 days at the latest.',
    ],
    consentLabel:
      'I agree that my email address or phone number is kept only to call me back, and deleted once my request has been handled.',
    submit: 'Ask to be called back',
    skip: 'You can also just close this page.',
    errorHeading: 'Your callback request is not recorded yet',
    requested: {
      heading: 'Your callback request has been recorded',
      body: [
        'The team will get back to you at the address or number you gave.',
        'It will be deleted as soon as your request has been handled.',
      ],
    },
    alreadyRequested: {
      heading: 'You have already asked to be called back',
      body: ['Your request is recorded: the team will get back to you. Nothing more has been recorded.'],
    },
  },
  errors: {
    contact:
      'Enter an email address (for example marie@example.com) or a phone number (for example +44 20 7946 0958).',
    consent: 'Tick the box to agree that we keep this contact until we have called you back.',
  },
};

export function surveyFollowUpMessages(locale: Locale): SurveyFollowUpMessages {
  return locale === 'en' ? en : fr;
}
