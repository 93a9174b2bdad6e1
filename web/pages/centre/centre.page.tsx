import type { Viewer } from '../../../shared/access/index.js';
import type { CentreAnalysis } from '../../../shared/analytics/centre-analysis.js';
import type { HeatmapCell } from '../../../shared/publication/heatmap-cells.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { formatWeek } from '../../format/locale-format.js';
import { CentreAlertsSection } from './centre-alerts.section.js';
import { CentreCorrelationsSection } from './centre-correlations.section.js';
import { CentreCutsSection } from './centre-cuts.section.js';
import { CentreHeatmapSection } from './centre-heatmap.section.js';
import { centreMessages } from './centre-messages.js';
import { CentreQuadrantSection } from './centre-quadrant.section.js';

const CentreStyle = styleSheet(
  '.range-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}.range-form label{margin:0}.range-form fieldset{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}.heatmap{margin:0}.quadrant .point{fill:#0b5cad}.quadrant .point.highlighted{fill:#b3261e}.heatmap .chart{max-width:56rem}',
);

export interface CentrePageProps {
  readonly viewer: Viewer;
  readonly analysis: CentreAnalysis;
  readonly teamNames: ReadonlyMap<string, string>;
  readonly heatmap: readonly HeatmapCell[];
}

/**
 * The centre overview for the head of customer relations: every team on the symmetry
 * quadrant, the heatmap of pulse dimensions, comparisons by profile, site, channel and work
 * mode, the pooled correlations and the alerts, in the viewer's language.
 */
export function CentrePage(props: CentrePageProps) {
  const locale = props.viewer.locale;
  const t = centreMessages[locale];
  const { analysis } = props;
  const teamName = (teamId: string) => props.teamNames.get(teamId) ?? teamId;
  const first = analysis.weeks[0] ?? '';
  const last = analysis.weeks.at(-1) ?? '';
  const teams = analysis.teams.map((team) => ({ teamId: team.teamId, name: teamName(team.teamId) }));
  return (
    <SignedInLayout viewer={props.viewer} title={t.title} head={<CentreStyle />}>
      <h1>{t.title}</h1>
      <p>{t.period(formatWeek(locale, first), formatWeek(locale, last), analysis.weeks.length)}</p>
      <form method="get" action="/centre" class="range-form">
        <fieldset>
          <legend>{t.rangeLegend}</legend>
          <div>
            <label for="range-from">{t.from}</label>
            <input
              id="range-from"
              name="from"
              value={first}
              pattern="\d{4}-W\d{2}"
              aria-describedby="range-hint"
            />
          </div>
          <div>
            <label for="range-to">{t.to}</label>
            <input
              id="range-to"
              name="to"
              value={last}
              pattern="\d{4}-W\d{2}"
              aria-describedby="range-hint"
            />
          </div>
          <button type="submit" class="primary">
            {t.show}
          </button>
        </fieldset>
        <p id="range-hint" class="muted">
          {t.weekHint}
        </p>
      </form>
      <p class="muted">{t.sourceNote(analysis.k)}</p>
      <CentreQuadrantSection
        locale={locale}
        teams={analysis.teams}
        thresholds={analysis.quadrantThresholds}
        teamName={teamName}
      />
      <CentreHeatmapSection locale={locale} k={analysis.k} teams={teams} cells={props.heatmap} />
      <CentreCorrelationsSection locale={locale} analysis={analysis} />
      <CentreCutsSection locale={locale} analysis={analysis} teamName={teamName} />
      <CentreAlertsSection locale={locale} alerts={analysis.alerts} teamName={teamName} />
    </SignedInLayout>
  );
}
