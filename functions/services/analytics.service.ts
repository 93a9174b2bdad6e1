import {
  analyseCentre,
  type CentreAnalysis,
  type TeamAnalysis,
} from '../../shared/analytics/centre-analysis.js';
import { groupId } from '../../shared/publication/pulse-groups.js';
import { type Team, workModes } from '../../shared/roster/index.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { consecutiveWeeks, mondayOfIsoWeek } from '../../shared/time/windows.js';
import { NotFoundError, ValidationError } from './errors.js';
import type { AggregateRepository } from './ports/aggregate.port.js';
import type { Clock } from './ports/clock.port.js';
import type { PublicationRepository } from './ports/publication.port.js';
import type { RosterRepository } from './ports/roster.port.js';
import { allTeams } from './roster.service.js';
import { type CallerScope, canAccessTeam } from './scope.js';

export interface AnalyticsDeps {
  readonly roster: RosterRepository;
  readonly aggregates: AggregateRepository;
  readonly publication: PublicationRepository;
  readonly clock: Clock;
}

/**
 * The published groups a caller may read: each team in scope and its work-mode cuts; sites,
 * profiles and the centre only for a caller who sees every team (they sum other teams).
 */
function groupsInScope(teams: readonly Team[], scope: CallerScope): string[] {
  const ids = teams.flatMap((t) => [
    groupId({ kind: 'team', teamId: t.teamId }),
    ...workModes.map((workMode) => groupId({ kind: 'team-work-mode', teamId: t.teamId, workMode })),
  ]);
  if (scope.teams) return ids;
  const sites = [...new Set(teams.map((t) => t.site))].map((site) => groupId({ kind: 'site', site }));
  const profiles = [...new Set(teams.map((t) => t.managementProfile))].map((profile) =>
    groupId({ kind: 'profile', profile }),
  );
  return [...ids, ...sites, ...profiles, 'centre'];
}

/** Default range: the 26 complete ISO weeks before the current one. */
export const defaultAnalysisWeeks = 26;
const maxAnalysisWeeks = 104;

/** The weeks of a request, oldest first; `to` defaults to last week, `from` to 26 weeks before it. */
export function analysisWeeks(clock: Clock, from?: string, to?: string): string[] {
  const last = to ?? isoWeekOf(new Date(clock.now().getTime() - 7 * 86_400_000));
  const lastMonday = mondayOfIsoWeek(last).getTime();
  const first = from ?? isoWeekOf(new Date(lastMonday - (defaultAnalysisWeeks - 1) * 7 * 86_400_000));
  const count = Math.round((lastMonday - mondayOfIsoWeek(first).getTime()) / (7 * 86_400_000)) + 1;
  if (count < 1) throw new ValidationError([{ path: 'from', message: 'must not be after `to`' }]);
  if (count > maxAnalysisWeeks)
    throw new ValidationError([{ path: 'from', message: `at most ${maxAnalysisWeeks} weeks` }]);
  return consecutiveWeeks(first, count, isoWeekOf);
}

async function teamsInScope(roster: RosterRepository, scope: CallerScope): Promise<Team[]> {
  return scope.teams ? [...(await roster.getTeams(scope.teams)).values()] : allTeams(roster);
}

/**
 * The symmetry analysis of every team the caller may see, from aggregates and the publication.
 * 1. resolve the weeks and the teams in the caller's scope (a key limited to some teams gets
 *    an analysis of those teams alone: nothing about other teams enters it)
 * 2. read each team's customer and operations aggregates, and the published pulse figures of
 *    the groups in scope (never the pulse answers: what a request can see is a subset of the
 *    publication, whatever its range or scope)
 * 3. analyse in shared/analytics
 */
export async function centreAnalysis(
  deps: AnalyticsDeps,
  scope: CallerScope,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<CentreAnalysis> {
  const weeks = analysisWeeks(deps.clock, range.from, range.to);
  const first = weeks[0] ?? '';
  const last = weeks.at(-1) ?? '';
  const teams = (await teamsInScope(deps.roster, scope)).sort((a, b) => a.teamId.localeCompare(b.teamId));
  const perTeam = await Promise.all(
    teams.map(async (t) => ({
      customer: await deps.aggregates.customerAggregates(t.teamId, first, last),
      operations: await deps.aggregates.operationsAggregates(t.teamId, first, last),
    })),
  );
  const published = await deps.publication.figuresOfGroups(groupsInScope(teams, scope), first, last);
  return analyseCentre({
    teams,
    weeks,
    customer: perTeam.flatMap((t) => t.customer),
    published,
    operations: perTeam.flatMap((t) => t.operations),
  });
}

/** One team's part of the centre analysis (its quadrant is read against the caller's centre). */
export async function teamAnalysis(
  deps: AnalyticsDeps,
  scope: CallerScope,
  teamId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<TeamAnalysis & { k: number }> {
  if (!canAccessTeam(scope, teamId)) throw new NotFoundError(`No team "${teamId}"`);
  const analysis = await centreAnalysis(deps, scope, range);
  const team = analysis.teams.find((t) => t.teamId === teamId);
  if (!team) throw new NotFoundError(`No team "${teamId}"`);
  return { ...team, k: analysis.k };
}
