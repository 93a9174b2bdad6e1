import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyNotice } from './survey-notice.js';

/** The body of the HTTP 410 for a survey link past its expiry: nothing was recorded. */
export function SurveyExpiredPage(props: { locale: Locale }) {
  return <SurveyNotice locale={props.locale} notice={surveyMessages(props.locale).expired} />;
}
