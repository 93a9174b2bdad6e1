import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyNotice } from './survey-notice.js';

/** Shown after a customer's answer or an advisor's pulse is recorded. */
export function SurveyThanksPage(props: { locale: Locale; kind: 'customer' | 'pulse' }) {
  return <SurveyNotice locale={props.locale} notice={surveyMessages(props.locale).thanks[props.kind]} />;
}
