import type { Viewer } from '../../../shared/access/index.js';
import { advisorPolicyLines } from '../../../shared/i18n/pay-summary-messages.js';
import type { AdvisorPolicySummary } from '../../../shared/pay/advisor-policy-summary.js';
import type { PayPrerequisites } from '../../../shared/pay/pay-prerequisites.js';
import { firstQuarterGoverned, type PayPolicyVersion } from '../../../shared/pay/policy-in-force.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { TableScroll } from '../../components/table-scroll.js';
import { payMessages } from './pay-messages.js';
import { type PayProblem, PayProblemList } from './pay-problem-list.js';

const PayStyle = styleSheet('textarea.policy{width:100%;font-family:ui-monospace,monospace;font-size:.9em}');

export interface PayPolicyPageProps {
  readonly viewer: Viewer;
  readonly prerequisites: PayPrerequisites | undefined;
  readonly versions: readonly PayPolicyVersion[];
  readonly inForce: AdvisorPolicySummary;
  /** Quarters whose review page is linked, newest first (the current and the two before). */
  readonly reviewQuarters: readonly string[];
  /** The JSON in the editor: the refused draft, or the latest version. */
  readonly draftJson: string;
  readonly problems?: readonly PayProblem[] | undefined;
}

const day = (iso: string) => iso.slice(0, 10);

function Prerequisites(props: PayPolicyPageProps & { hr: boolean }) {
  const t = payMessages[props.viewer.locale];
  const p = props.prerequisites;
  return (
    <section class="card">
      <h2>{t.prerequisites}</h2>
      <dl>
        <dt>{t.cseConsultedOn}</dt>
        <dd>{p?.cseConsultedOn ?? t.notRecorded}</dd>
        <dt>{t.advisorsInformedOn}</dt>
        <dd>{p?.advisorsInformedOn ?? t.notRecorded}</dd>
      </dl>
      <p>{p?.payEnabledAt ? t.payEnabled(day(p.payEnabledAt)) : t.payDisabled}</p>
      {!p && <p>{t.prerequisitesByAdmin}</p>}
      {props.hr && p && !p.payEnabledAt && (
        <form method="post" action="/pay/enable">
          <button type="submit" class="primary">
            {t.enable}
          </button>
        </form>
      )}
    </section>
  );
}

function Versions(props: PayPolicyPageProps & { hr: boolean }) {
  const t = payMessages[props.viewer.locale];
  if (props.versions.length === 0) return <p>{t.noVersion}</p>;
  return (
    <TableScroll label={t.versions}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.version}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.effectiveFrom}</th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v) => (
            <tr>
              <td class="num">{v.version}</td>
              <td>{v.policy.name}</td>
              <td>{v.policy.effectiveFrom}</td>
              <td>
                {v.publishedAt ? (
                  t.published(day(v.publishedAt), firstQuarterGoverned(v.policy.effectiveFrom, v.publishedAt))
                ) : props.hr ? (
                  <form method="post" action="/pay/policy/publish">
                    <input type="hidden" name="version" value={String(v.version)} />
                    {`${t.draft} `}
                    <button type="submit">{t.publish}</button>
                  </form>
                ) : (
                  t.draft
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** HR's pay policy page (payroll reads it): prerequisites, versions, the policy in force, a new draft. */
export function PayPolicyPage(props: PayPolicyPageProps) {
  const t = payMessages[props.viewer.locale];
  const hr = props.viewer.role === 'hr';
  return (
    <SignedInLayout viewer={props.viewer} title={t.title} head={<PayStyle />}>
      <h1>{t.title}</h1>
      {!hr && <p class="muted">{t.readOnly}</p>}
      <nav aria-label={t.quarterReviews}>
        <p>
          {t.quarterReviews} :{' '}
          {props.reviewQuarters.map((q, i) => (
            <>
              {i > 0 && ' · '}
              <a href={`/pay/quarters/${q}`}>{q}</a>
            </>
          ))}
        </p>
      </nav>
      <PayProblemList locale={props.viewer.locale} problems={props.problems} intro={t.problems} />
      <Prerequisites {...props} hr={hr} />
      <section class="card">
        <h2>
          {props.inForce.state === 'in-force'
            ? t.inForce(props.inForce.quarter)
            : t.noneInForce(props.inForce.quarter)}
        </h2>
        {props.inForce.state === 'in-force' && (
          <ul>
            {advisorPolicyLines(props.inForce, props.viewer.locale)
              .slice(1)
              .map((line) => (
                <li>{line}</li>
              ))}
          </ul>
        )}
      </section>
      <section class="card">
        <h2>{t.versions}</h2>
        <Versions {...props} hr={hr} />
      </section>
      {hr && (
        <section class="card">
          <h2>{t.newDraft}</h2>
          <p class="muted">{t.policyHelp}</p>
          <form method="post" action="/pay/policy/drafts">
            <label for="policy">{t.policyJson}</label>
            <textarea class="policy" id="policy" name="policy" rows={24} spellcheck={false}>
              {props.draftJson}
            </textarea>
            <section aria-labelledby="policy-live-title">
              <h3 id="policy-live-title">{t.liveCheck}</h3>
              <div id="policy-live" aria-live="polite"></div>
            </section>
            <script src="/assets/pay-policy-check.js" defer></script>
            <p>
              <button type="submit" class="primary">
                {t.save}
              </button>
            </p>
          </form>
        </section>
      )}
    </SignedInLayout>
  );
}
