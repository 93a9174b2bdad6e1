import type { Locale } from '../../shared/roster/index.js';
import { SurveyNotice } from './survey/survey-notice.js';

const messages = {
  fr: {
    heading: 'Envoi refusé',
    body: [
      'Ce formulaire a été envoyé depuis un autre site que Duopulse ; rien n’a été enregistré.',
      'Rouvrez le lien reçu par e-mail et envoyez le formulaire depuis cette page.',
    ],
  },
  en: {
    heading: 'Sending refused',
    body: [
      'This form was sent from a site other than Duopulse; nothing was recorded.',
      'Open the link from your email again and send the form from that page.',
    ],
  },
} as const;

/** The body of the HTTP 403 for a state-changing request that another site sent. */
export function CrossSiteRefusedPage(props: { locale: Locale }) {
  return <SurveyNotice locale={props.locale} notice={messages[props.locale]} />;
}
