import { surveyMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyNotice } from './survey-notice.js';

/**
 * Asks the customer to confirm before unsubscribing: opening the link does nothing (mail
 * scanners open every link); only the button's POST to `action` unsubscribes.
 */
export function UnsubscribeConfirmPage(props: { locale: Locale; action: string }) {
  const notice = surveyMessages(props.locale).unsubscribeConfirm;
  return (
    <SurveyNotice locale={props.locale} notice={notice}>
      <form method="post" action={props.action}>
        <button type="submit" class="button">
          {notice.submit}
        </button>
      </form>
    </SurveyNotice>
  );
}
