import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyNotice } from './survey-notice.js';

/** The body of the HTTP 401 for a link whose token does not verify: nothing was recorded. */
export function SurveyInvalidLinkPage(props: { locale: Locale }) {
  return <SurveyNotice locale={props.locale} notice={surveyMessages(props.locale).invalidLink} />;
}
