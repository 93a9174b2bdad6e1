import type { AdvisorWeek } from '../../../shared/advisor-results/advisor-results.js';
import type { Locale } from '../../../shared/roster/index.js';
import { AdvisorSeriesChart, type SeriesChartPoint } from '../../charts/advisor-series-chart.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatNumber, formatWeek, formatWeekShort } from '../../format/locale-format.js';
import { estimateCell, estimateText, valueText } from './advisor-figure.js';
import { advisorMessages } from './advisor-messages.js';

function satisfactionPoint(locale: Locale, week: AdvisorWeek): SeriesChartPoint {
  const s = week.satisfaction;
  const text = estimateText(locale, 'mean', s);
  const shown = s.state === 'estimated' && s.value !== null && s.interval;
  return {
    id: week.period,
    label: formatWeekShort(locale, week.period),
    longLabel: formatWeek(locale, week.period),
    value: shown ? s.value : null,
    low: shown ? (s.interval?.[0] ?? null) : null,
    high: shown ? (s.interval?.[1] ?? null) : null,
    title: `${formatWeek(locale, week.period)}${locale === 'fr' ? '\u00a0: ' : ': '}${text}`,
    text,
  };
}

/** The weekly series: satisfaction drawn with its interval band, then every figure in a table. */
export function AdvisorWeeksSection(props: {
  locale: Locale;
  weeks: readonly AdvisorWeek[];
  objective: number;
  minimum: number;
}) {
  const { locale, weeks } = props;
  const t = advisorMessages[locale];
  const points = weeks.map((w) => satisfactionPoint(locale, w));
  const drawn = points.filter((p) => p.value !== null).length;
  return (
    <section aria-labelledby="advisor-weeks">
      <h2 id="advisor-weeks">{t.weeksHeading}</h2>
      <div class="card">
        <AdvisorSeriesChart
          id="advisor-satisfaction"
          title={t.chartTitle}
          summary={t.chartSummary(drawn, weeks.length, props.minimum)}
          points={points}
          scale={[0, 10]}
          objective={{
            value: props.objective,
            label: t.chartObjective(valueText(locale, 'mean', props.objective)),
          }}
          formatTick={(v) => formatNumber(locale, v, 0)}
          table={{ summary: t.chartTable, weekHeader: t.weekColumn, valueHeader: t.measures.satisfaction }}
        />
        <p class="muted">{t.chartSummary(drawn, weeks.length, props.minimum)}</p>
      </div>
      <TableScroll class="card" label={t.tableCaption}>
        <table>
          <caption class="muted">{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.weekColumn}</th>
              <th scope="col" class="num">
                {t.responsesColumn}
              </th>
              <th scope="col">{t.measures.satisfaction}</th>
              <th scope="col">{t.measures.recommendation}</th>
              <th scope="col">{t.measures.onceAndDone}</th>
            </tr>
          </thead>
          <tbody>
            {[...weeks].reverse().map((w) => (
              <tr>
                <th scope="row">{formatWeek(locale, w.period)}</th>
                <td class="num">{String(w.responses)}</td>
                <td>{estimateCell(locale, 'mean', w.satisfaction, w.responses)}</td>
                <td>{estimateCell(locale, 'mean', w.recommendation, w.responses)}</td>
                <td>{estimateCell(locale, 'rate', w.onceAndDone, w.responses)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
