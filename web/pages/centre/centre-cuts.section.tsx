import type { CentreAnalysis, CutFigure, ShownWellbeing } from '../../../shared/analytics/centre-analysis.js';
import { type IndexValue, indexInterval95 } from '../../../shared/analytics/indices.js';
import { interval95 } from '../../../shared/analytics/quadrant.js';
import { profileMessages } from '../../../shared/i18n/profile-messages.js';
import {
  type Channel,
  type Locale,
  readManagementProfile,
  type WorkMode,
} from '../../../shared/roster/index.js';
import { styleSheet } from '../../components/style-sheet.js';
import { TableScroll } from '../../components/table-scroll.js';
import { formatInterval, formatNumber } from '../../format/locale-format.js';
import { type CentreMessages, centreMessages } from './centre-messages.js';
import { windowLabel } from './window-label.js';

const CutsStyle = styleSheet(
  '.cut-description{display:block;font-weight:400;font-size:.875rem;color:var(--muted)}',
);

/** An index with its 95% interval ("84,2 [83,1 ; 85,3]"), or why there is none. */
function indexText(locale: Locale, index: IndexValue, none: string): string {
  if (index.value === null) return none;
  const value = formatNumber(locale, index.value);
  const interval = indexInterval95(index);
  return interval === null ? value : `${value} ${formatInterval(locale, ...interval)}`;
}

/** The latest published wellbeing of a group, or that it is hidden (fewer than k advisors). */
function wellbeingText(locale: Locale, k: number, wellbeing: ShownWellbeing): string {
  const t = centreMessages[locale].cuts;
  if (wellbeing.state !== 'shown' || wellbeing.wellbeing.value === null) return t.wellbeingHidden(k);
  const w = wellbeing.wellbeing;
  const value = w.value ?? 0;
  const interval = w.se === null ? '' : formatInterval(locale, ...interval95({ value, se: w.se }));
  return t
    .wellbeingShown(formatNumber(locale, value), interval, windowLabel(locale, wellbeing.window))
    .trim();
}

interface CutRow {
  readonly key: string;
  readonly label: string;
  /** One line under the label saying what the group is (a management profile's description). */
  readonly description?: string;
  readonly team?: string;
  readonly customer: CutFigure['customer'] | null;
  /** The wellbeing cell's text, already worded (hidden cells say why). */
  readonly wellbeing: string;
  readonly wellbeingHidden: boolean;
}

function CutTable(props: {
  locale: Locale;
  heading: string;
  first: string;
  rows: readonly CutRow[];
  withTeam?: boolean;
}) {
  const t: CentreMessages['cuts'] = centreMessages[props.locale].cuts;
  return (
    <>
      <h3>{props.heading}</h3>
      <TableScroll label={props.heading}>
        <table>
          <thead>
            <tr>
              {props.withTeam && <th scope="col">{t.team}</th>}
              <th scope="col">{props.first}</th>
              <th scope="col" class="num">
                {t.responses}
              </th>
              <th scope="col" class="num">
                {t.satisfaction}
              </th>
              <th scope="col" class="num">
                {t.onceAndDone}
              </th>
              <th scope="col">{t.wellbeing}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                {props.withTeam && <td>{row.team}</td>}
                <th scope="row">
                  {row.label}
                  {row.description && <span class="cut-description">{row.description}</span>}
                </th>
                {row.customer ? (
                  <>
                    <td class="num">{String(row.customer.responses)}</td>
                    <td class="num">{indexText(props.locale, row.customer.satisfaction, t.noFigure)}</td>
                    <td class="num">{indexText(props.locale, row.customer.onceAndDone, t.noFigure)}</td>
                  </>
                ) : (
                  <td colspan={3} class="hidden-figure">
                    {t.noResponses}
                  </td>
                )}
                <td class={row.wellbeingHidden ? 'hidden-figure' : undefined}>{row.wellbeing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/**
 * Comparisons by management profile, site, channel and work mode: customer figures over the
 * range with their intervals, and each group's latest published wellbeing (or why hidden).
 */
export function CentreCutsSection(props: {
  locale: Locale;
  analysis: CentreAnalysis;
  teamName: (teamId: string) => string;
}) {
  const { locale, analysis } = props;
  const m = centreMessages[locale];
  const profiles = profileMessages(locale);
  const t = m.cuts;
  const k = analysis.k;
  const groupRow = (label: string, cut: CutFigure): CutRow => ({
    key: cut.cut,
    label,
    customer: cut.customer,
    wellbeing: wellbeingText(locale, k, cut.wellbeing),
    wellbeingHidden: cut.wellbeing.state !== 'shown',
  });
  return (
    <section class="card" aria-labelledby="centre-cuts">
      <CutsStyle />
      <h2 id="centre-cuts">{t.heading}</h2>
      <p>{t.intro}</p>
      <CutTable
        locale={locale}
        heading={t.profile}
        first={t.group}
        rows={analysis.cuts.managementProfile.map((c) => {
          const profile = profiles[readManagementProfile(c.cut)];
          return { ...groupRow(profile.group, c), description: profile.description };
        })}
      />
      <CutTable
        locale={locale}
        heading={t.site}
        first={t.group}
        rows={analysis.cuts.site.map((c) => groupRow(c.cut, c))}
      />
      <CutTable
        locale={locale}
        heading={t.channel}
        first={t.group}
        rows={analysis.cuts.channel.map((c) => ({
          ...groupRow(m.channels[c.cut as Channel] ?? c.cut, c),
          wellbeing: t.notByChannel,
          wellbeingHidden: true,
        }))}
      />
      <CutTable
        locale={locale}
        heading={t.workMode}
        first={t.mode}
        withTeam
        rows={analysis.cuts.workMode.map((c) => ({
          key: `${c.teamId}|${c.cut}`,
          label: m.workModes[c.cut as WorkMode] ?? c.cut,
          team: props.teamName(c.teamId),
          customer: c.customer.state === 'shown' ? c.customer : null,
          wellbeing: wellbeingText(locale, k, c.wellbeing),
          wellbeingHidden: c.wellbeing.state !== 'shown',
        }))}
      />
    </section>
  );
}
