import type { TeamPage } from '../../../functions/services/team-page.service.js';
import type { CorrelationReading } from '../../../shared/analytics/inference/reading.js';
import { analyticsMessages, formatReading } from '../../../shared/i18n/analytics-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatInterval, formatNumber } from '../../format/locale-format.js';
import { teamMessages } from './team-messages.js';

/** The pulse dimensions that move most with the team's customer scores, with their intervals. */
export function TeamDriversSection(props: { locale: Locale; page: TeamPage }) {
  const { locale } = props;
  const t = teamMessages[locale].drivers;
  const names = analyticsMessages(locale).dimensions;
  const drivers = props.page.drivers;
  const verdict = (reading: CorrelationReading) =>
    reading.key === 'correlation.holds'
      ? t.yes
      : reading.key === 'correlation.suggested'
        ? t.suggested(reading.params.familySize ?? 1)
        : t.no;
  return (
    <section class="card" aria-labelledby="drivers-heading">
      <h2 id="drivers-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {drivers.state === 'insufficient' ? (
        <p>{t.insufficient(drivers.weeksWithBoth)}</p>
      ) : (
        <>
          <TableScroll labelledBy="drivers-heading">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.dimension}</th>
                  <th scope="col" class="num">
                    {t.r}
                  </th>
                  <th scope="col" class="num">
                    {t.interval}
                  </th>
                  <th scope="col">{t.holds}</th>
                </tr>
              </thead>
              <tbody>
                {drivers.drivers.map((d) => {
                  const c = d.correlation;
                  return (
                    <tr>
                      <th scope="row">{names[d.dimension]}</th>
                      {c.state === 'ok' ? (
                        <>
                          <td class="num">{formatNumber(locale, c.estimate, 2)}</td>
                          <td class="num">{formatInterval(locale, c.ci95[0], c.ci95[1], 2)}</td>
                          <td>{verdict(d.correlation.reading)}</td>
                        </>
                      ) : (
                        <td colspan={3} class="hidden-figure">
                          {t.noResult}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <details>
            <summary>{t.readings}</summary>
            <ul>
              {drivers.drivers.map((d) => (
                <li>{formatReading(locale, d.correlation.reading)}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
