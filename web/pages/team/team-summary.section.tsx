import type { TeamPage } from '../../../functions/services/team-page.service.js';
import {
  alertAnchor,
  axisAnchor,
  type SummaryAxis,
  type SummaryLook,
  teamSummary,
} from '../../../shared/analytics/team-summary.js';
import type { Locale } from '../../../shared/roster/index.js';
import { formatNumber } from '../../format/locale-format.js';
import { teamMessages } from './team-messages.js';
import { teamSummaryMessages } from './team-summary-messages.js';

/** The summary of the team's page from its analysis: its readings, nothing computed here. */
export function summaryOfPage(page: TeamPage) {
  const symmetry = page.analysis.symmetry;
  const placed = 'axes' in symmetry ? symmetry : undefined;
  return teamSummary({
    ...(placed
      ? {
          axes: placed.axes,
          wellbeingTrend: placed.wellbeingTrend.reading,
          customerTrend: placed.customerTrend.reading,
        }
      : {}),
    sameWeek: page.analysis.correlation.sameWeek.pearson.reading,
    alerts: page.analysis.alerts,
  });
}

function AxisLine(props: { locale: Locale; axis: SummaryAxis }) {
  const { locale, axis } = props;
  const t = teamSummaryMessages[locale];
  const n = (v: number) => formatNumber(locale, v, 1);
  const level = axis.level;
  const direction = t.directions[axis.direction](axis.trendWeeks);
  return (
    <li data-measure={axis.measure} data-side={level?.side ?? 'none'} data-direction={axis.direction}>
      <strong>{t.measures[axis.measure]}</strong>
      {locale === 'fr' ? '\u00a0: ' : ': '}
      {level ? (
        <>
          <strong>{t.sides[level.side]}</strong> (
          {t.sure(
            n(level.value),
            formatNumber(locale, Math.round(level.confidence * 1000) / 10, 1),
            n(level.interval[0]),
            n(level.interval[1]),
            n(level.centre),
          )}
          ), {direction}.
        </>
      ) : (
        <>
          {t.noLevel}, {direction}.
        </>
      )}
    </li>
  );
}

function Look(props: { locale: Locale; look: SummaryLook }) {
  const { locale, look } = props;
  const t = teamSummaryMessages[locale];
  if (look.kind === 'alert')
    return (
      <a href={`#${alertAnchor(look.alert, look.channel)}`}>
        {t.alertLook(teamMessages[locale].alerts.names[look.alert])}
      </a>
    );
  return <a href={`#${axisAnchor(look.measure)}`}>{t.belowLook[look.measure]}</a>;
}

/**
 * What a manager reads first: the one or two things to look at first, each linking to its
 * evidence further down the page (or that nothing stands out), then each axis against the
 * centre with how sure and its direction, and whether the two move together.
 */
export function TeamSummarySection(props: { locale: Locale; page: TeamPage }) {
  const { locale } = props;
  const t = teamSummaryMessages[locale];
  const summary = summaryOfPage(props.page);
  return (
    <section class="card team-summary" aria-labelledby="summary-heading" id="summary">
      <h2 id="summary-heading">{t.heading}</h2>
      {summary.looks.length === 0 ? (
        <p data-looks="none">
          <strong>{t.nothing}</strong>
        </p>
      ) : (
        <p data-looks={summary.looks.length}>
          <strong>{t.looksHeading}</strong>
          {locale === 'fr' ? '\u00a0: ' : ': '}
          {summary.looks.map((look, i) => (
            <>
              {i > 0 && ' · '}
              <Look locale={locale} look={look} />
            </>
          ))}
        </p>
      )}
      <ul>
        <AxisLine locale={locale} axis={summary.wellbeing} />
        <AxisLine locale={locale} axis={summary.customer} />
      </ul>
      <p data-together={summary.together}>{t.together[summary.together]}</p>
    </section>
  );
}
