import type { Viewer } from '../../../shared/access/index.js';
import type { AdvisorPayView } from '../../../shared/pay/advisor-pay-view.js';
import { nextQuarter } from '../../../shared/pay/policy-in-force.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { advisorPayMessages } from './advisor-pay-messages.js';
import { ComputedIndicator, IndicatorPreview } from './indicator.section.js';
import { PayPolicySection } from './pay-policy.section.js';
import { RatedResponsesSection } from './rated-responses.section.js';

export const AdvisorPayStyle = styleSheet(`
.advisor-pay .rated-responses{list-style:none;margin:0;padding:0}
.advisor-pay .rated-responses p{margin:0 0 .25rem}
.advisor-pay blockquote{margin:0 0 .5rem;padding-left:.75rem;border-left:3px solid #9cc3ea}
.advisor-pay textarea{width:100%}
.advisor-pay table.pay-components{font-size:.95em}
`);

/** The quarter before `quarter` (`2027-Q1` → `2026-Q4`). */
function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/**
 * An advisor's own pay page: the policy in force (and the next one once published), how their
 * indicator is built (HR's stored row, or a labelled preview), their rated responses with
 * contests. Nothing about a colleague, nothing about the pulse.
 */
export function AdvisorPayPage(props: { viewer: Viewer; view: AdvisorPayView }) {
  const { viewer, view } = props;
  const locale = viewer.locale;
  const t = advisorPayMessages[locale];
  const previous = previousQuarter(view.quarter);
  return (
    <SignedInLayout viewer={viewer} title={t.title} head={<AdvisorPayStyle />}>
      <div class="advisor-pay">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <p>
          {t.quarterShown(view.quarter)}{' '}
          <a href={`/me/pay?quarter=${previous}`}>{t.previousQuarter(previous)}</a>
          {view.quarter !== view.currentQuarter && (
            <>
              {' · '}
              <a href="/me/pay">{t.currentQuarter(view.currentQuarter)}</a>
            </>
          )}
        </p>
        {!view.payEnabled ? (
          <section class="card" data-pay="not-enabled">
            <p>{t.notEnabled}</p>
          </section>
        ) : (
          <>
            <PayPolicySection
              id="policy-in-force"
              locale={locale}
              heading={t.policyHeading(view.quarter)}
              policy={view.policy}
            />
            {view.nextPolicy && (
              <PayPolicySection
                id="next-policy"
                locale={locale}
                heading={t.nextPolicyHeading(nextQuarter(view.quarter))}
                policy={view.nextPolicy}
              />
            )}
            {view.indicator && (
              <section class="card" aria-labelledby="indicator">
                <h2 id="indicator">{t.indicatorHeading}</h2>
                {view.indicator.kind === 'computed' ? (
                  <ComputedIndicator locale={locale} row={view.indicator.row} />
                ) : (
                  <IndicatorPreview locale={locale} preview={view.indicator.preview} />
                )}
              </section>
            )}
            {view.indicator && (
              <RatedResponsesSection
                locale={locale}
                quarter={view.quarter}
                closed={view.closed}
                responses={view.responses}
                contests={view.contests}
              />
            )}
          </>
        )}
      </div>
    </SignedInLayout>
  );
}
