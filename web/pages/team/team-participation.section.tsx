import type { TeamPage } from '../../../functions/services/team-page.service.js';
import type { Locale } from '../../../shared/roster/index.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatPercent, formatWeek } from '../../format/locale-format.js';
import { teamMessages } from './team-messages.js';

/** Each week's published respondents against the team's headcount; unpublished weeks say why. */
export function TeamParticipationSection(props: { locale: Locale; page: TeamPage }) {
  const { locale, page } = props;
  const t = teamMessages[locale].participation;
  const k = page.analysis.k;
  return (
    <section class="card" aria-labelledby="participation-heading">
      <h2 id="participation-heading">{t.heading}</h2>
      <p>{t.intro(k)}</p>
      <details>
        <summary>{t.caption}</summary>
        <TableScroll label={t.caption}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.week}</th>
                <th scope="col" class="num">
                  {t.respondents}
                </th>
                <th scope="col" class="num">
                  {t.headcount}
                </th>
                <th scope="col" class="num">
                  {t.rate}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...page.participation].reverse().map((p) => (
                <tr>
                  <th scope="row">{formatWeek(locale, p.week)}</th>
                  {p.respondents === undefined ? (
                    <td class="hidden-figure">{t.hidden(k)}</td>
                  ) : (
                    <td class="num">{p.respondents}</td>
                  )}
                  <td class="num">{p.headcount}</td>
                  <td class="num">
                    {p.respondents !== undefined && p.headcount > 0
                      ? formatPercent(locale, Math.min(1, p.respondents / p.headcount))
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
