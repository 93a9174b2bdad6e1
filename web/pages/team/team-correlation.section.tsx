import type { TeamPage } from '../../../functions/services/team-page.service.js';
import type { ReadCorrelation } from '../../../shared/analytics/inference/reading.js';
import { formatReading } from '../../../shared/i18n/analytics-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatNumber } from '../../format/locale-format.js';
import { type LeadSummary, teamMessages } from './team-messages.js';

const holds = (c: ReadCorrelation) => c.reading.key === 'correlation.holds';

/** Which way the week-to-week links point, from whether each lagged link holds after adjustment. */
export function leadSummary(wellbeingLeads: ReadCorrelation, customerLeads: ReadCorrelation): LeadSummary {
  if (holds(wellbeingLeads) && holds(customerLeads)) return 'both';
  if (holds(wellbeingLeads)) return 'wellbeing-leads';
  if (holds(customerLeads)) return 'customer-leads';
  return 'neither';
}

/** The same-week correlation and which way it leads, as sentences (readings from shared/i18n). */
export function TeamCorrelationSection(props: { locale: Locale; page: TeamPage }) {
  const { locale } = props;
  const t = teamMessages[locale].correlation;
  const c = props.page.analysis.correlation;
  const detectable = c.detectableCorrelation;
  return (
    <section class="card" aria-labelledby="correlation-heading">
      <h2 id="correlation-heading">{t.heading}</h2>
      <p>{formatReading(locale, c.sameWeek.pearson.reading)}</p>
      <p>{t.leads[leadSummary(c.wellbeingLeadsCustomer.spearman, c.customerLeadsWellbeing.spearman)]}</p>
      {detectable !== null && <p class="muted">{t.detectable(formatNumber(locale, detectable, 2))}</p>}
      <details>
        <summary>{t.details}</summary>
        <ul>
          <li>{formatReading(locale, c.wellbeingLeadsCustomer.spearman.reading)}</li>
          <li>{formatReading(locale, c.customerLeadsWellbeing.spearman.reading)}</li>
        </ul>
      </details>
    </section>
  );
}
