import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyNotice } from './survey-notice.js';

/** Shown once the address no longer receives satisfaction surveys. */
export function UnsubscribedPage(props: { locale: Locale }) {
  return <SurveyNotice locale={props.locale} notice={surveyMessages(props.locale).unsubscribed} />;
}
