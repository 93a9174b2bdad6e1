import type { TeamPage } from '../../../functions/services/team-page.service.js';
import { axisAnchor } from '../../../shared/analytics/team-summary.js';
import {
  formatAxisMethod,
  formatAxisReading,
  formatAxisSummary,
  formatReading,
} from '../../../shared/i18n/analytics-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { QuadrantChart, type QuadrantPoint } from '../../charts/quadrant-chart.js';
import { teamMessages } from './team-messages.js';

/** The team's point on the symmetry quadrant with its interval whiskers, against the centre's medians. */
export function TeamQuadrantSection(props: { locale: Locale; page: TeamPage }) {
  const { locale, page } = props;
  const t = teamMessages[locale].quadrant;
  const symmetry = page.analysis.symmetry;
  const placed = 'quadrant' in symmetry ? symmetry : null;
  const point: QuadrantPoint | null = placed && {
    id: page.team.teamId,
    label: page.team.name,
    x: { value: placed.customer.value, low: placed.customer.ci95[0], high: placed.customer.ci95[1] },
    y: { value: placed.wellbeing.value, low: placed.wellbeing.ci95[0], high: placed.wellbeing.ci95[1] },
    highlighted: true,
    detail: formatAxisSummary(locale, placed.axes, placed.quadrant).replace(/\.$/, ''),
  };
  return (
    <section class="card" aria-labelledby="quadrant-heading">
      <h2 id="quadrant-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {placed && point ? (
        <>
          <p data-axes={`${placed.axes.wellbeing.side} ${placed.axes.customer.side}`}>
            <strong>{formatAxisSummary(locale, placed.axes, placed.quadrant)}</strong>
          </p>
          <ul>
            <li id={axisAnchor('wellbeing')}>{formatAxisReading(locale, placed.axes.wellbeing.reading)}</li>
            <li id={axisAnchor('customer')}>{formatAxisReading(locale, placed.axes.customer.reading)}</li>
          </ul>
          <p class="method">{formatAxisMethod(locale, placed.axes.wellbeing)}</p>
          <QuadrantChart
            locale={locale}
            title={t.chartTitle}
            xLabel={t.xLabel}
            yLabel={t.yLabel}
            points={[point]}
            thresholds={{ x: placed.thresholds.customerIndex, y: placed.thresholds.wellbeingIndex }}
            quadrantNames={t.names}
          />
          <ul>
            <li>{formatReading(locale, placed.wellbeingTrend.reading)}</li>
            <li>{formatReading(locale, placed.customerTrend.reading)}</li>
          </ul>
        </>
      ) : (
        <p>{formatReading(locale, symmetry.reading)}</p>
      )}
    </section>
  );
}
