import { interval95 } from '../../../shared/analytics/quadrant.js';
import { analyticsMessages } from '../../../shared/i18n/analytics-messages.js';
import type { HeatmapCell } from '../../../shared/publication/heatmap-cells.js';
import { groupId } from '../../../shared/publication/pulse-groups.js';
import type { Locale } from '../../../shared/roster/index.js';
import { pulseDimensions } from '../../../shared/surveys/pulse-dimensions.js';
import { HeatmapChart, type HeatmapChartCell } from '../../charts/heatmap-chart.js';
import { formatInterval, formatNumber } from '../../format/locale-format.js';
import { centreMessages } from './centre-messages.js';
import { windowLabel } from './window-label.js';

/**
 * The chart cells of the centre heatmap: a shown cell prints its index (one decimal) and gives
 * its 95% interval, window and answers; a hidden cell gives its reason (fewer than k advisors,
 * or not published yet) and no figure at all.
 */
export function heatmapChartCells(
  locale: Locale,
  k: number,
  cells: readonly HeatmapCell[],
  teamName: (teamId: string) => string,
): HeatmapChartCell[] {
  const t = centreMessages[locale].heatmap;
  const dimensions = analyticsMessages(locale).dimensions;
  return cells.map((c): HeatmapChartCell => {
    const team = teamName(c.teamId);
    const dimension = dimensions[c.dimension];
    if (c.state === 'hidden' || c.index.value === null) {
      const notPublished = c.state === 'hidden' && c.reason === 'not-published';
      const text = notPublished ? t.notPublished : t.belowK(k);
      return {
        row: c.teamId,
        column: c.dimension,
        state: 'hidden',
        symbol: notPublished ? t.notPublishedSymbol : t.belowKSymbol,
        title: t.cellTitle(team, dimension, text),
        text,
      };
    }
    const value = c.index.value;
    const se = c.index.se;
    const interval = se === null ? t.noInterval : formatInterval(locale, ...interval95({ value, se }));
    const text = t.shown(formatNumber(locale, value), interval, windowLabel(locale, c.window), c.index.n);
    return {
      row: c.teamId,
      column: c.dimension,
      state: 'shown',
      value,
      label: formatNumber(locale, value),
      title: t.cellTitle(team, dimension, text),
      text,
      ref: `${groupId({ kind: 'team', teamId: c.teamId })}|${c.window.kind}:${c.window.id}|${c.dimension}`,
    };
  });
}

/** The heatmap of teams × pulse dimensions, with its legend and table. */
export function CentreHeatmapSection(props: {
  locale: Locale;
  k: number;
  teams: readonly { readonly teamId: string; readonly name: string }[];
  cells: readonly HeatmapCell[];
}) {
  const t = centreMessages[props.locale].heatmap;
  const dimensions = analyticsMessages(props.locale).dimensions;
  const names = new Map(props.teams.map((team) => [team.teamId, team.name]));
  return (
    <section class="card" aria-labelledby="centre-heatmap">
      <h2 id="centre-heatmap">{t.heading}</h2>
      <p>{t.intro}</p>
      <HeatmapChart
        id="centre-heatmap-chart"
        title={t.chartTitle}
        rows={props.teams.map((team) => ({ id: team.teamId, label: team.name }))}
        columns={pulseDimensions.map((d) => ({ id: d, label: dimensions[d] }))}
        cells={heatmapChartCells(props.locale, props.k, props.cells, (id) => names.get(id) ?? id)}
        domain={[0, 100]}
        rampLabel={t.ramp}
        hiddenLegend={{
          title: t.legendHidden,
          items: [
            { symbol: t.belowKSymbol, text: t.belowK(props.k) },
            { symbol: t.notPublishedSymbol, text: t.notPublished },
          ],
        }}
        table={{ summary: t.tableSummary, rowHeader: t.team }}
      />
    </section>
  );
}
