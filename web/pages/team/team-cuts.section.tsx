import type { TeamPage } from '../../../functions/services/team-page.service.js';
import type { WorkModeCutFigure } from '../../../shared/analytics/centre-analysis.js';
import type { Locale } from '../../../shared/roster/index.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatInterval, formatNumber, formatWeek } from '../../format/locale-format.js';
import { indexInterval } from './team-figures.js';
import { teamMessages } from './team-messages.js';

function IndexCell(props: { locale: Locale; value: { n: number; value: number | null; se: number | null } }) {
  const i = indexInterval(props.value);
  if (props.value.value === null) return <td class="num">—</td>;
  return (
    <td class="num">
      {formatNumber(props.locale, props.value.value, 1)}
      {i ? ` ${formatInterval(props.locale, i.low, i.high)}` : ''}
    </td>
  );
}

/** Customer figures by channel, and customer and wellbeing by work mode (hidden cells say why). */
export function TeamCutsSection(props: { locale: Locale; page: TeamPage }) {
  const { locale, page } = props;
  const t = teamMessages[locale].cuts;
  const k = page.analysis.k;
  const listed = new Set(page.analysis.workModes.map((m) => m.cut));
  const workModeRows: readonly WorkModeCutFigure[] = [
    ...page.analysis.workModes,
    ...page.rosterWorkModes
      .filter((mode) => !listed.has(mode))
      .map((mode) => ({
        teamId: page.team.teamId,
        cut: mode,
        customer: { state: 'absent', reason: 'no-responses' } as const,
        wellbeing: { state: 'suppressed' } as const,
      })),
  ];
  return (
    <section class="card" aria-labelledby="cuts-heading">
      <h2 id="cuts-heading">{t.heading}</h2>
      <TableScroll label={t.channelCaption}>
        <table>
          <caption>{t.channelCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.channel}</th>
              <th scope="col" class="num">
                {t.responses}
              </th>
              <th scope="col" class="num">
                {t.satisfaction}
              </th>
              <th scope="col" class="num">
                {t.onceAndDone}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.channels.map((c) => (
              <tr>
                <th scope="row">{t.channels[c.channel]}</th>
                <td class="num">{c.responses}</td>
                {c.responses === 0 ? (
                  <td colspan={2} class="hidden-figure">
                    {t.noResponses}
                  </td>
                ) : (
                  <>
                    <IndexCell locale={locale} value={c.satisfaction} />
                    <IndexCell locale={locale} value={c.onceAndDone} />
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {workModeRows.length === 0 ? (
        <p>{t.noWorkModes}</p>
      ) : (
        <TableScroll label={t.workModeCaption}>
          <table>
            <caption>{t.workModeCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.workMode}</th>
                <th scope="col" class="num">
                  {t.responses}
                </th>
                <th scope="col" class="num">
                  {t.satisfaction}
                </th>
                <th scope="col">{t.wellbeing}</th>
              </tr>
            </thead>
            <tbody>
              {workModeRows.map((m) => {
                const w = m.wellbeing;
                const wi = w.state === 'shown' ? indexInterval(w.wellbeing) : null;
                return (
                  <tr>
                    <th scope="row">{t.workModes[m.cut as keyof typeof t.workModes] ?? m.cut}</th>
                    {m.customer.state === 'shown' ? (
                      <>
                        <td class="num">{m.customer.responses}</td>
                        <IndexCell locale={locale} value={m.customer.satisfaction} />
                      </>
                    ) : (
                      <td colspan={2} class="hidden-figure">
                        {t.noResponses}
                      </td>
                    )}
                    {w.state === 'shown' && w.wellbeing.value !== null ? (
                      <td class="wellbeing-figure">
                        {t.shownWellbeing(
                          formatNumber(locale, w.wellbeing.value, 1),
                          wi ? formatInterval(locale, wi.low, wi.high) : '',
                          w.respondents,
                          w.week ? formatWeek(locale, w.week) : '',
                        )}
                      </td>
                    ) : (
                      <td class="hidden-figure">{t.wellbeingHidden(k)}</td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
