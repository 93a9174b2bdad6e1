import type { TeamPage } from '../../../functions/services/team-page.service.js';
import type { Locale } from '../../../shared/roster/index.js';
import { type SeriesPoint, TimeSeriesChart } from '../../charts/time-series-chart.js';
import { formatNumber } from '../../format/locale-format.js';
import { indexInterval, minCustomerResponses } from './team-figures.js';
import { teamMessages } from './team-messages.js';

/** Advisor wellbeing and customer satisfaction week by week, two aligned charts with their bands. */
export function TeamSeriesSection(props: {
  locale: Locale;
  page: TeamPage;
  markers?: readonly { week: string; label: string }[];
}) {
  const { locale, page } = props;
  const t = teamMessages[locale].series;
  const k = page.analysis.k;
  const wellbeing: SeriesPoint[] = page.analysis.weeks.map((row) => {
    const w = row.wellbeing;
    if (w.state !== 'shown') return { week: row.week, value: null, detail: t.wellbeingHidden(k) };
    const i = indexInterval(w.wellbeing);
    return {
      week: row.week,
      value: w.wellbeing.value,
      low: i?.low ?? null,
      high: i?.high ?? null,
      detail:
        w.window.kind === 'week'
          ? t.respondents(w.respondents)
          : t.widened(w.respondents, t.windows[w.window.kind]),
    };
  });
  const customer: SeriesPoint[] = page.analysis.weeks.map((row) => {
    const c = row.customer;
    if (c.responses < minCustomerResponses || c.satisfaction.value === null)
      return { week: row.week, value: null, detail: t.customerHidden(minCustomerResponses) };
    const i = indexInterval(c.satisfaction);
    return {
      week: row.week,
      value: c.satisfaction.value,
      low: i?.low ?? null,
      high: i?.high ?? null,
      detail: t.answers(c.responses),
    };
  });
  const describe = (what: string, points: readonly SeriesPoint[]) => {
    const shown = points.filter((p) => p.value !== null);
    const last = shown.at(-1)?.value;
    return t.describe(
      what,
      shown.length,
      points.length,
      last === undefined || last === null ? t.noValue : formatNumber(locale, last, 1),
    );
  };
  const common = {
    locale,
    columns: t.columns,
    tableSummary: t.tableSummary,
    ...(props.markers ? { markers: props.markers } : {}),
  };
  return (
    <section class="card" aria-labelledby="series-heading">
      <h2 id="series-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <div class="grid">
        <div>
          <h3>{t.wellbeingTitle}</h3>
          <TimeSeriesChart
            {...common}
            title={t.wellbeingTitle}
            description={describe(t.wellbeingTitle, wellbeing)}
            valueLabel={t.wellbeingLabel}
            points={wellbeing}
            hiddenLabel={t.wellbeingHidden(k)}
            color="#0b5cad"
          />
        </div>
        <div>
          <h3>{t.customerTitle}</h3>
          <TimeSeriesChart
            {...common}
            title={t.customerTitle}
            description={describe(t.customerTitle, customer)}
            valueLabel={t.customerLabel}
            points={customer}
            hiddenLabel={t.customerHidden(minCustomerResponses)}
            color="#8a4b08"
          />
        </div>
      </div>
    </section>
  );
}
