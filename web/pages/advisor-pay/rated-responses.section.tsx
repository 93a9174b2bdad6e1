import { contestReasonLength } from '../../../shared/pay/advisor-contest-form.js';
import type { RatedResponse } from '../../../shared/pay/advisor-pay-view.js';
import type { PayContest } from '../../../shared/pay/quarter-review.js';
import type { Channel, Locale } from '../../../shared/roster/index.js';
import { formatWeek } from '../../format/locale-format.js';
import { advisorMessages } from '../advisor/advisor-messages.js';
import { advisorPayMessages } from './advisor-pay-messages.js';
import { colon } from './pay-figures.js';

/** A contest's state, the advisor's reason and HR's answer once resolved. */
function ContestState(props: { locale: Locale; contest: PayContest }) {
  const { locale, contest } = props;
  const t = advisorPayMessages[locale];
  return (
    <div class="contest" data-contest={contest.responseId} data-contest-state={contest.state}>
      <p>
        <span class={`badge ${contest.state === 'rejected' ? 'warn' : 'ok'}`}>
          {t.contestState[contest.state]}
        </span>
      </p>
      <p>
        {t.yourReason}
        {colon(locale)}
        {contest.reason}
      </p>
      {contest.resolution && (
        <p>
          {t.resolution}
          {colon(locale)}
          {contest.resolution.reason}
        </p>
      )}
    </div>
  );
}

function ContestForm(props: { locale: Locale; quarter: string; responseId: string }) {
  const t = advisorPayMessages[props.locale];
  const id = `reason-${props.responseId}`;
  return (
    <form method="post" action="/me/pay/contests">
      <input type="hidden" name="quarter" value={props.quarter} />
      <input type="hidden" name="responseId" value={props.responseId} />
      <label for={id}>{t.reasonLabel}</label>
      <textarea
        id={id}
        name="reason"
        rows={2}
        cols={60}
        required
        minlength={contestReasonLength.min}
        maxlength={contestReasonLength.max}
      />
      <p>
        <button type="submit" class="primary">
          {t.contest}
        </button>
      </p>
    </form>
  );
}

/** The advisor's rated responses of the quarter, each with its contest or a form to open one. */
export function RatedResponsesSection(props: {
  locale: Locale;
  quarter: string;
  closed: boolean;
  responses: readonly RatedResponse[];
  contests: readonly PayContest[];
}) {
  const { locale } = props;
  const t = advisorPayMessages[locale];
  const channels = advisorMessages[locale].channels;
  const listed = new Set(props.responses.map((r) => r.responseId));
  const others = props.contests.filter((c) => !listed.has(c.responseId));
  return (
    <section class="card" aria-labelledby="rated-responses">
      <h2 id="rated-responses">{t.responsesHeading}</h2>
      <p class="muted">{props.closed ? t.closed : t.responsesNote}</p>
      {props.responses.length === 0 ? (
        <p class="muted">{t.noResponses}</p>
      ) : (
        <ul class="rated-responses">
          {props.responses.map((r) => (
            <li class="card" data-response={r.responseId}>
              <p class="muted">{`${formatWeek(locale, r.period)} · ${channels[r.channel as Channel] ?? r.channel} · ${t.score(r.satisfaction)}`}</p>
              <blockquote lang={r.locale}>{r.comment}</blockquote>
              {r.contest ? (
                <ContestState locale={locale} contest={r.contest} />
              ) : (
                !props.closed && (
                  <ContestForm locale={locale} quarter={props.quarter} responseId={r.responseId} />
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <h3>{t.otherContests}</h3>
          <ul class="rated-responses">
            {others.map((c) => (
              <li class="card">
                <p class="muted">{`${formatWeek(locale, c.period)} · ${t.score(c.answer.satisfaction)}`}</p>
                <ContestState locale={locale} contest={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
