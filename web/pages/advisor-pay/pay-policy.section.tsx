import { advisorPolicyLines } from '../../../shared/i18n/pay-summary-messages.js';
import type { AdvisorPolicyView } from '../../../shared/pay/advisor-pay-view.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatPercent } from '../../format/locale-format.js';
import { advisorPayMessages } from './advisor-pay-messages.js';

/**
 * The policy governing a quarter as the advisor reads it: components, weights and targets, the
 * gate, the eligibility minimum, limits, shrinkage in a sentence, productivity team-only and
 * wellbeing out of every individual indicator. Without a policy: that sentence only.
 */
export function PayPolicySection(props: {
  locale: Locale;
  heading: string;
  policy: AdvisorPolicyView;
  id: string;
}) {
  const { locale, policy } = props;
  const t = advisorPayMessages[locale];
  const summary = policy.summary;
  const pct = (x: number) => formatPercent(locale, x, 0);
  return (
    <section class="card" aria-labelledby={props.id} data-policy-quarter={summary.quarter}>
      <h2 id={props.id}>{props.heading}</h2>
      {summary.state === 'none' ? (
        <p>{t.noPolicy(summary.quarter)}</p>
      ) : (
        (() => {
          const [first, ...rest] = advisorPolicyLines(summary, locale);
          const components = rest.slice(0, summary.components.length);
          const others = rest.slice(summary.components.length);
          const l = policy.limits;
          return (
            <>
              <p>{first}</p>
              <ul>
                {components.map((line) => (
                  <li>{line}</li>
                ))}
              </ul>
              {others.map((line) => (
                <p>{line}</p>
              ))}
              {l && (
                <p>
                  {t.limits(
                    pct(l.componentFloor),
                    pct(l.componentCap),
                    pct(l.indicatorFloor),
                    pct(l.indicatorCap),
                  )}
                </p>
              )}
              <p>
                {summary.shrinkTowardTeam ? t.shrinkage : t.shrinkageBelowMinimum(summary.minimumResponses)}
              </p>
              <p>{t.productivity}</p>
            </>
          );
        })()
      )}
    </section>
  );
}
