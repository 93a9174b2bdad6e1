import type { TeamPage as TeamPageData } from '../../../functions/services/team-page.service.js';
import type { Viewer } from '../../../shared/access/index.js';
import { shiftWeek } from '../../../shared/advisor-results/week-range.js';
import { profileMessages } from '../../../shared/i18n/profile-messages.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { formatWeek } from '../../format/locale-format.js';
import { actionMarkers, type TeamActionItem, TeamActionsSection } from '../actions/team-actions.section.js';
import { teamCallbacksMessages } from '../team-callbacks/team-callbacks-messages.js';
import { teamCommentsMessages } from '../team-comments/team-comments-messages.js';
import { TeamAlertsSection } from './team-alerts.section.js';
import { TeamCorrelationSection } from './team-correlation.section.js';
import { TeamCutsSection } from './team-cuts.section.js';
import { TeamDriversSection } from './team-drivers.section.js';
import { teamMessages } from './team-messages.js';
import { TeamParticipationSection } from './team-participation.section.js';
import { TeamQuadrantSection } from './team-quadrant.section.js';
import { TeamSeriesSection } from './team-series.section.js';
import { TeamSummarySection } from './team-summary.section.js';
import { teamSummaryMessages } from './team-summary-messages.js';

/** The period presets, in weeks ending with the last complete week. */
export const periodPresets = [4, 13, 26, 52] as const;

const TeamPageStyle = styleSheet(
  '.range-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}.range-form label{margin:0}.range-form input{width:9rem}caption{text-align:left;font-weight:600;padding:.5rem 0}figure{margin:0}details{margin-top:.5rem}h3{font-size:1rem;margin:.25rem 0}.team-summary{padding:.75rem 1rem}.team-summary h2{margin:0 0 .25rem}.team-summary ul{margin:.25rem 0;padding-left:1.25rem}.team-summary p{margin:.25rem 0}.presets{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0}',
);

/**
 * The team page a manager (or hr) reads: each part is its own section, so a new part (e.g.
 * the team's actions) is one more line below.
 */
export function TeamPage(props: {
  viewer: Viewer;
  page: TeamPageData;
  from?: string | undefined;
  to?: string | undefined;
  /** The team's recorded actions with their before/after effect. */
  actions?: readonly TeamActionItem[];
  /** Weeks an action may be recorded for (the actions form). */
  actionWeeks?: readonly string[];
  /** The last complete week, which the period presets end on. */
  latestWeek?: string;
}) {
  const { viewer, page } = props;
  const locale = viewer.locale;
  const t = teamMessages[locale];
  const profile = profileMessages(locale)[page.team.managementProfile];
  const weeks = page.analysis.weeks;
  const first = weeks[0]?.week;
  const last = weeks.at(-1)?.week;
  const section = { locale, page };
  const s = teamSummaryMessages[locale];
  const pagePath = `/teams/${encodeURIComponent(page.team.teamId)}`;
  return (
    <SignedInLayout
      viewer={viewer}
      title={t.title(page.team.name)}
      head={<TeamPageStyle />}
      teamNames={{ [page.team.teamId]: page.team.name }}
    >
      <h1>{t.title(page.team.name)}</h1>
      <p>{t.subtitle(page.team.site, profile.name)}</p>
      <TeamSummarySection {...section} />
      <p class="muted profile-description">{profile.description}</p>
      {first && last && <p>{t.period(formatWeek(locale, first), formatWeek(locale, last), weeks.length)}</p>}
      {props.latestWeek && (
        <nav aria-label={s.presetsLabel}>
          <ul class="presets">
            {periodPresets.map((count) => {
              const from = shiftWeek(props.latestWeek ?? '', 1 - count);
              const current = first === from && last === props.latestWeek;
              return (
                <li>
                  <a
                    href={`${pagePath}?from=${from}&to=${props.latestWeek}`}
                    {...(current ? { 'aria-current': 'page' } : {})}
                  >
                    {s.preset(count)}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <details>
        <summary>{s.otherPeriod}</summary>
        <form class="range-form" method="get" action={pagePath}>
          <fieldset>
            <legend>{t.rangeLegend}</legend>
            <label for="range-from">{t.from}</label>
            <input
              id="range-from"
              name="from"
              value={props.from ?? first ?? ''}
              aria-describedby="range-hint"
            />
            <label for="range-to">{t.to}</label>
            <input id="range-to" name="to" value={props.to ?? last ?? ''} aria-describedby="range-hint" />
            <p id="range-hint" class="muted">
              {t.weekHint}
            </p>
            <button type="submit" class="primary">
              {t.show}
            </button>
          </fieldset>
        </form>
      </details>
      <p class="muted">{t.sourceNote(page.analysis.k)}</p>
      <TeamAlertsSection {...section} />
      <TeamSeriesSection {...section} markers={actionMarkers(props.actions ?? [], locale)} />
      <TeamCorrelationSection {...section} />
      <TeamDriversSection {...section} />
      <TeamQuadrantSection {...section} />
      <TeamCutsSection {...section} />
      <TeamParticipationSection {...section} />
      <TeamActionsSection
        locale={locale}
        teamId={page.team.teamId}
        actions={props.actions ?? []}
        weeks={props.actionWeeks ?? []}
      />
      <p>
        <a href={`/teams/${encodeURIComponent(page.team.teamId)}/comments`}>
          {teamCommentsMessages[locale].link}
        </a>
      </p>
      <p>
        <a href={`/teams/${encodeURIComponent(page.team.teamId)}/callbacks`}>
          {teamCallbacksMessages[locale].link}
        </a>
      </p>
    </SignedInLayout>
  );
}
