import type { Viewer } from '../../../shared/access/index.js';
import type { ClosedRevisionSummary } from '../../../shared/pay/closed-quarter.js';
import type { PayContest, QuarterReviewRow } from '../../../shared/pay/quarter-review.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatNumber } from '../../format/locale-format.js';
import { RevisionFilesSection } from '../payroll-export/revision-files.section.js';
import { IndicatorExplanation } from './indicator-explanation.js';
import { PayProblemList } from './pay-problem-list.js';
import { quarterReviewMessages } from './quarter-review-messages.js';

const ReviewStyle = styleSheet(
  'table.review{width:100%;border-collapse:collapse}table.review td,table.review th{vertical-align:top;padding:.3em;border-bottom:1px solid #ddd;text-align:left}table.components{font-size:.9em}form.inline{display:inline-block;margin:.2em 0}',
);

export interface QuarterReviewPageProps {
  readonly viewer: Viewer;
  readonly quarter: string;
  readonly rows: readonly QuarterReviewRow[];
  readonly contests: readonly PayContest[];
  readonly revisions: readonly ClosedRevisionSummary[];
  readonly problems?:
    | readonly {
        readonly path: string;
        readonly message: string;
        readonly code?: string | undefined;
        readonly values?: Readonly<Record<string, string>> | undefined;
      }[]
    | undefined;
}

type Messages = (typeof quarterReviewMessages)[Locale];

function stateOf(row: QuarterReviewRow, locale: Locale, t: Messages): string {
  const r = row.review;
  if (r.state === 'pending') return t.pending;
  if (r.state === 'approved') return t.approved;
  return t.overridden(formatNumber(locale, r.value, 3), r.reason);
}

function RowForms(props: { quarter: string; row: QuarterReviewRow; t: Messages }) {
  const { quarter, row, t } = props;
  const base = `/pay/quarters/${quarter}/rows/${encodeURIComponent(row.advisorId)}`;
  const id = `override-${row.advisorId}`;
  return (
    <div>
      <form class="inline" method="post" action={`${base}/approve`}>
        <button type="submit">{t.approve}</button>
      </form>
      <form class="inline" method="post" action={`${base}/override`}>
        <label for={`${id}-value`}>{t.overrideValue}</label>
        <input id={`${id}-value`} name="value" type="number" step="0.001" min="0" max="5" required />
        <label for={`${id}-reason`}>{t.reason}</label>
        <input id={`${id}-reason`} name="reason" required minlength={3} />
        <button type="submit">{t.override}</button>
      </form>
    </div>
  );
}

function Contests(props: QuarterReviewPageProps & { t: Messages; hr: boolean }) {
  const { t } = props;
  const open = props.contests.filter((c) => c.state === 'open');
  if (open.length === 0) return <p>{t.noContest}</p>;
  return (
    <ul>
      {open.map((c) => (
        <li>
          {c.advisorId} / <code>{c.responseId}</code> ({c.period}): {c.reason}
          {props.hr && (
            <form
              class="inline"
              method="post"
              action={`/pay/quarters/${props.quarter}/contests/${encodeURIComponent(c.responseId)}/resolve`}
            >
              <select name="decision" aria-label={t.resolve}>
                <option value="accept">{t.accept}</option>
                <option value="reject">{t.reject}</option>
              </select>
              <input name="reason" aria-label={t.reason} required minlength={3} />
              <button type="submit">{t.resolve}</button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}

/** HR's review of a quarter's proposals (payroll reads it, and the closed revisions). */
export function QuarterReviewPage(props: QuarterReviewPageProps) {
  const locale = props.viewer.locale;
  const t = quarterReviewMessages[locale];
  const hr = props.viewer.role === 'hr';
  const action = (what: string) => `/pay/quarters/${props.quarter}/${what}`;
  const pending = props.rows.filter((r) => r.review.state === 'pending').length;
  return (
    <SignedInLayout viewer={props.viewer} title={t.title(props.quarter)} head={<ReviewStyle />}>
      <h1>{t.title(props.quarter)}</h1>
      <PayProblemList locale={locale} problems={props.problems} intro={t.problems} />
      {props.revisions.map((r) => (
        <section class="card">
          <p>{t.closed(r.revision, r.rowCount, r.closedAt.slice(0, 10))}</p>
          <RevisionFilesSection quarter={props.quarter} revision={r.revision} locale={locale} />
          <p>
            {t.exportCommand}{' '}
            <code>
              npm run export -- {props.quarter} --revision {r.revision}
            </code>
          </p>
        </section>
      ))}
      {hr && (
        <form method="post" action={action('compute')}>
          <button type="submit">{t.compute}</button>
        </form>
      )}
      {hr && pending > 0 && (
        <form method="post" action={action('approve-pending')}>
          <p class="muted">{t.approvePendingHelp}</p>
          <button type="submit">{t.approvePending(pending)}</button>
        </form>
      )}
      {props.rows.length === 0 ? (
        <p>{t.notComputed}</p>
      ) : (
        <TableScroll label={t.title(props.quarter)}>
          <table class="review">
            <thead>
              <tr>
                <th>{t.advisor}</th>
                <th>{t.team}</th>
                <th>{t.explanation}</th>
                <th>{t.state}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr>
                  <td>{row.advisorId}</td>
                  <td>{row.teamId}</td>
                  <td>
                    <IndicatorExplanation indicator={row.indicator} locale={locale} />
                  </td>
                  <td>
                    <p>{stateOf(row, locale, t)}</p>
                    {hr && <RowForms quarter={props.quarter} row={row} t={t} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <section class="card">
        <h2>{t.contests}</h2>
        <Contests {...props} t={t} hr={hr} />
      </section>
      {hr && props.rows.length > 0 && (
        <form method="post" action={action('close')}>
          <button type="submit" class="primary">
            {t.close}
          </button>
        </form>
      )}
    </SignedInLayout>
  );
}
