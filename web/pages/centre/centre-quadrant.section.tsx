import type { TeamAnalysis } from '../../../shared/analytics/centre-analysis.js';
import type { QuadrantThresholds } from '../../../shared/analytics/quadrant.js';
import {
  formatAxisMethod,
  formatAxisReading,
  formatAxisSummary,
  formatReading,
} from '../../../shared/i18n/analytics-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { QuadrantChart, type QuadrantPoint } from '../../charts/quadrant-chart.js';
import { formatNumber } from '../../format/locale-format.js';
import { centreMessages } from './centre-messages.js';

const teamHref = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;

/**
 * The quadrant's points carry no link: links inside the chart's `role="img"` SVG are nested
 * interactive controls (axe, serious) that screen readers cannot reach; each team's page is
 * linked from the placements list under the chart instead.
 *
 * Every team placed on the symmetry quadrant (customer satisfaction across, wellbeing up) with
 * its two 95% intervals; teams at risk of serving customers at their advisors' expense stand
 * out. Each placement, or the reason a team has none, is also written out.
 */
export function quadrantPoints(
  locale: Locale,
  teams: readonly TeamAnalysis[],
  teamName: (teamId: string) => string,
): QuadrantPoint[] {
  return teams.flatMap((team) => {
    const s = team.symmetry;
    if (!('quadrant' in s)) return [];
    return [
      {
        id: team.teamId,
        label: teamName(team.teamId),
        x: { value: s.customer.value, low: s.customer.ci95[0], high: s.customer.ci95[1] },
        y: { value: s.wellbeing.value, low: s.wellbeing.ci95[0], high: s.wellbeing.ci95[1] },
        highlighted: s.quadrant === 'customers-at-advisors-expense',
        detail: formatAxisSummary(locale, s.axes, s.quadrant).replace(/\.$/, ''),
      },
    ];
  });
}

export function CentreQuadrantSection(props: {
  locale: Locale;
  teams: readonly TeamAnalysis[];
  thresholds: QuadrantThresholds | null;
  teamName: (teamId: string) => string;
}) {
  const t = centreMessages[props.locale].quadrant;
  const th = props.thresholds;
  const method = props.teams.flatMap((team) =>
    'axes' in team.symmetry ? [team.symmetry.axes.wellbeing] : [],
  )[0];
  return (
    <section class="card" aria-labelledby="centre-quadrant">
      <h2 id="centre-quadrant">{t.heading}</h2>
      <p>{t.intro}</p>
      <p>
        {th
          ? t.thresholds(
              formatNumber(props.locale, th.wellbeingIndex),
              formatNumber(props.locale, th.customerIndex),
              th.teams,
            )
          : t.noThresholds}
      </p>
      <QuadrantChart
        locale={props.locale}
        title={t.chartTitle}
        xLabel={t.xLabel}
        yLabel={t.yLabel}
        points={quadrantPoints(props.locale, props.teams, props.teamName)}
        thresholds={th ? { x: th.customerIndex, y: th.wellbeingIndex } : null}
        quadrantNames={t.names}
      />
      <h3>{t.placements}</h3>
      <ul>
        {props.teams.map((team) => {
          const s = team.symmetry;
          return (
            <li
              data-team={team.teamId}
              data-axes={'axes' in s ? `${s.axes.wellbeing.side} ${s.axes.customer.side}` : undefined}
            >
              <a href={teamHref(team.teamId)}>{props.teamName(team.teamId)}</a>
              {'axes' in s
                ? ` — ${formatAxisSummary(props.locale, s.axes, s.quadrant)} ${formatAxisReading(props.locale, s.axes.wellbeing.reading)} ${formatAxisReading(props.locale, s.axes.customer.reading)}`
                : ` — ${formatReading(props.locale, s.reading)}`}
            </li>
          );
        })}
      </ul>
      {method && <p class="method">{formatAxisMethod(props.locale, method)}</p>}
    </section>
  );
}
