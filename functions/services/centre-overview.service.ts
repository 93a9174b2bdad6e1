import type { CentreAnalysis } from '../../shared/analytics/centre-analysis.js';
import { type HeatmapCell, heatmapCells } from '../../shared/publication/heatmap-cells.js';
import { groupId } from '../../shared/publication/pulse-groups.js';
import { isoYearOfWeek } from '../../shared/publication/pulse-windows.js';
import { type AnalyticsDeps, analysisWeeks, centreAnalysis } from './analytics.service.js';
import { allTeams } from './roster.service.js';

/** The heatmap of every team in `teamIds`, read from the publication over `weeks`. */
export async function centreHeatmap(
  deps: Pick<AnalyticsDeps, 'publication'>,
  teamIds: readonly string[],
  weeks: readonly string[],
): Promise<HeatmapCell[]> {
  const first = weeks[0] ?? '';
  const last = weeks.at(-1) ?? '';
  const years = [...new Set(weeks.map(isoYearOfWeek))];
  const [figures, published] = await Promise.all([
    deps.publication.figuresOfGroups(
      teamIds.map((teamId) => groupId({ kind: 'team', teamId })),
      first,
      last,
    ),
    Promise.all(years.map((year) => deps.publication.publishedWeeks(year))),
  ]);
  const publishedWeeks = new Set(published.flatMap((set) => [...set]));
  return heatmapCells({ teamIds, weeks, figures, publishedWeeks });
}

/** What the centre overview page shows: the analysis, the teams' names and the heatmap. */
export interface CentreOverview {
  readonly analysis: CentreAnalysis;
  /** Every team of the centre, by id, with the name the roster gives it. */
  readonly teamNames: ReadonlyMap<string, string>;
  readonly heatmap: readonly HeatmapCell[];
}

/**
 * The centre overview for the head of customer relations (every team):
 * 1. resolve the range's weeks (a bad range is a ValidationError naming `from` or `to`)
 * 2. the centre analysis over the whole scope (published pulse figures and customer aggregates)
 * 3. the roster's team names and the heatmap of published team figures
 */
export async function centreOverview(
  deps: AnalyticsDeps,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<CentreOverview> {
  const weeks = analysisWeeks(deps.clock, range.from, range.to);
  const teams = await allTeams(deps.roster);
  const teamIds = teams.map((t) => t.teamId).sort((a, b) => a.localeCompare(b));
  const [analysis, heatmap] = await Promise.all([
    centreAnalysis(deps, {}, range),
    centreHeatmap(deps, teamIds, weeks),
  ]);
  return { analysis, teamNames: new Map(teams.map((t) => [t.teamId, t.name])), heatmap };
}
