import type { Child } from 'hono/jsx';
import type { NoticeMessages } from '../../../shared/i18n/survey-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyLayout } from './survey-layout.js';

/** A page that says one thing: its heading, a sentence or two, and maybe one action. */
export function SurveyNotice(props: { locale: Locale; notice: NoticeMessages; children?: Child }) {
  return (
    <SurveyLayout locale={props.locale} title={props.notice.heading}>
      <h1>{props.notice.heading}</h1>
      {props.notice.body.map((sentence) => (
        <p class="lead">{sentence}</p>
      ))}
      {props.children}
    </SurveyLayout>
  );
}
