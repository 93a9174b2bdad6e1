import type { NoticeMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { pulseWeekLabel } from '../../../shared/surveys/pulse-week-label.js';
import { SurveyNotice } from './survey-notice.js';

/** The French space before a colon. */
const nbsp = '\u00a0';

export interface PulseWeekClosedProps {
  readonly locale: Locale;
  /** The week the link asked about, when known (an expired link does not say). */
  readonly period?: string | undefined;
  /** True when a filled-in form was sent back: what the advisor typed was not kept. */
  readonly whileAnswering: boolean;
}

/** What the closed-week page says, in the advisor's language. */
export function pulseWeekClosedMessages(props: PulseWeekClosedProps): NoticeMessages {
  const label = props.period ? pulseWeekLabel(props.period, props.locale) : undefined;
  if (props.locale === 'fr') {
    return {
      heading: 'Ce questionnaire hebdomadaire est clos',
      body: [
        `${label ? `Le questionnaire de la ${label},` : 'Le questionnaire de cette semaine'} est clos${nbsp}: il ne reçoit plus de réponses.`,
        props.whileAnswering
          ? `Il a été clos pendant que vous répondiez${nbsp}: rien de ce que vous avez saisi n’a été gardé.`
          : 'Rien n’a été enregistré avec ce lien.',
        'Le prochain questionnaire vous arrivera par e-mail.',
      ],
    };
  }
  return {
    heading: 'This weekly questionnaire is closed',
    body: [
      `${label ? `The questionnaire for ${label},` : 'This week’s questionnaire'} is closed: it takes no more answers.`,
      props.whileAnswering
        ? 'It closed while you were answering: nothing you typed was kept.'
        : 'Nothing was recorded with this link.',
      'The next questionnaire will reach you by email.',
    ],
  };
}

/**
 * The body of the HTTP 410 for a pulse link whose week is closed (published, or its links
 * expired): shown on the GET before anyone types an answer, and on a form sent back after the
 * week closed.
 */
export function PulseWeekClosedPage(props: PulseWeekClosedProps) {
  return <SurveyNotice locale={props.locale} notice={pulseWeekClosedMessages(props)} />;
}
