import type { Viewer } from '../../../shared/access/index.js';
import type { ContestField, ContestProblemCode } from '../../../shared/pay/advisor-contest-form.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { AdvisorPayStyle } from './advisor-pay.page.js';
import { advisorPayMessages, type ContestRefusal, contestProblemText } from './advisor-pay-messages.js';

/**
 * A contest that was not recorded, in the person's language: the form's fields named with what
 * is wrong (400), or why the service refused it (404 not theirs, 409 closed or already contested).
 */
export function ContestRefusedPage(props: {
  viewer: Viewer;
  problems?: readonly { field: ContestField; code: ContestProblemCode }[];
  refusal?: ContestRefusal;
  quarter?: string | undefined;
  /** A bad `?quarter=` on the page itself rather than a contest. */
  badQuarter?: boolean;
}) {
  const locale = props.viewer.locale;
  const t = advisorPayMessages[locale].refused;
  const title = props.badQuarter ? t.quarterTitle : t.title;
  const back = props.quarter ? `/me/pay?quarter=${encodeURIComponent(props.quarter)}` : '/me/pay';
  return (
    <SignedInLayout viewer={props.viewer} title={title} head={<AdvisorPayStyle />}>
      <div class="advisor-pay">
        <h1>{title}</h1>
        <div class="card problems" role="alert">
          <p>{props.badQuarter ? t.quarterIntro : t.intro}</p>
          <ul>
            {(props.problems ?? []).map((p) => (
              <li data-field={p.field}>{contestProblemText(locale, p.field, p.code)}</li>
            ))}
            {props.refusal && <li data-refusal={props.refusal}>{t.refusals[props.refusal]}</li>}
          </ul>
        </div>
        <p>
          <a href={back}>{t.back}</a>
        </p>
      </div>
    </SignedInLayout>
  );
}
