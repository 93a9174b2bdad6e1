import type { AdvisorCustomerComment } from '../../../shared/advisor-results/advisor-results.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatWeek } from '../../format/locale-format.js';
import { advisorMessages } from './advisor-messages.js';

/** The latest comments about the advisor's contacts: week, channel, score and text only. */
export function AdvisorCommentsSection(props: {
  locale: Locale;
  comments: readonly AdvisorCustomerComment[];
  max: number;
}) {
  const { locale } = props;
  const t = advisorMessages[locale];
  return (
    <section aria-labelledby="advisor-comments">
      <h2 id="advisor-comments">{t.commentsHeading}</h2>
      {props.comments.length === 0 ? (
        <p class="muted">{t.noComments}</p>
      ) : (
        <>
          <p class="muted">{t.commentsNote(props.max)}</p>
          <ul class="advisor-comments">
            {props.comments.map((c) => (
              <li class="card">
                <p class="muted">{`${formatWeek(locale, c.period)} · ${t.channels[c.channel]} · ${t.score(c.satisfaction)}`}</p>
                <blockquote lang={c.locale}>{c.comment}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
