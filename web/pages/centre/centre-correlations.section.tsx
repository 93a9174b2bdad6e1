import type { CentreAnalysis } from '../../../shared/analytics/centre-analysis.js';
import type { ReadCorrelation } from '../../../shared/analytics/inference/reading.js';
import { formatReading } from '../../../shared/i18n/analytics-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { centreMessages } from './centre-messages.js';

/**
 * Whether a result holds after its family's adjustment, is suggested (its interval excludes 0,
 * the adjusted test does not hold), not established, or not assessable.
 */
function verdict(locale: Locale, result: ReadCorrelation): { text: string; tone: 'ok' | 'warn' | '' } {
  const t = centreMessages[locale].correlations;
  if (result.state === 'ok') {
    if (result.reading.key === 'correlation.holds') return { text: t.holds, tone: 'ok' };
    if (result.reading.key === 'correlation.suggested') {
      return { text: t.suggested(result.reading.params.familySize ?? 1), tone: '' };
    }
    return { text: t.notEstablished, tone: '' };
  }
  return result.state === 'suppressed'
    ? { text: t.suppressed, tone: 'warn' }
    : { text: t.insufficient, tone: '' };
}

/**
 * The pooled within-team correlations (same week and lagged both ways) and the between-teams
 * one, then the pulse dimensions ranked by how they move with next week's customer
 * satisfaction; each as its plain-language sentence with whether it holds after the
 * comparisons made in its family.
 */
export function CentreCorrelationsSection(props: { locale: Locale; analysis: CentreAnalysis }) {
  const t = centreMessages[props.locale].correlations;
  const { pooled, betweenTeams } = props.analysis;
  const results = [
    pooled.sameWeek,
    pooled.wellbeingLeadsCustomer,
    pooled.customerLeadsWellbeing,
    betweenTeams,
  ];
  return (
    <section class="card" aria-labelledby="centre-correlations">
      <h2 id="centre-correlations">{t.heading}</h2>
      <p>{t.intro}</p>
      <ul>
        {results.map((result) => {
          const v = verdict(props.locale, result);
          return (
            <li>
              <span class={`badge ${v.tone}`.trim()}>{v.text}</span>{' '}
              {formatReading(props.locale, result.reading)}
            </li>
          );
        })}
      </ul>
      <h3>{t.drivers}</h3>
      {props.analysis.drivers.length === 0 ? (
        <p>{t.noDrivers}</p>
      ) : (
        <ol>
          {props.analysis.drivers.map((driver) => {
            const v = verdict(props.locale, driver.correlation);
            return (
              <li>
                <span class={`badge ${v.tone}`.trim()}>{v.text}</span>{' '}
                {formatReading(props.locale, driver.correlation.reading)}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
