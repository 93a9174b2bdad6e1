import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyNotice } from './survey-notice.js';

/** Shown when the link's answer was recorded before: nothing new is recorded. */
export function SurveyAlreadyRecordedPage(props: { locale: Locale }) {
  return <SurveyNotice locale={props.locale} notice={surveyMessages(props.locale).alreadyRecorded} />;
}
