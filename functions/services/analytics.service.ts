import {
  analyseCentre,
  type CentreAnalysis,
  type CentreAnalysisInput,
  type TeamAnalysis,
  type WorkModeCutFigure,
} from '../../shared/analytics/centre-analysis.js';
import { centreQuadrantThresholds, quadrantWindowWeeks } from '../../shared/analytics/centre-thresholds.js';
import type { QuadrantThresholds } from '../../shared/analytics/quadrant.js';
import { groupId } from '../../shared/publication/pulse-groups.js';
import { type Team, workModes } from '../../shared/roster/index.js';
import { isoWeekOf } from '../../shared/time/period.js';
import { consecutiveWeeks, mondayOfIsoWeek } from '../../shared/time/windows.js';
import type { CentreThresholdsFigure, CentreThresholdsMemo } from './centre-thresholds-memo.js';
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
  /** Remembers the centre's quadrant thresholds for a short while (the app's wiring sets it). */
  readonly centreThresholdsMemo?: CentreThresholdsMemo | undefined;
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

type AnalysisData = Pick<CentreAnalysisInput, 'customer' | 'customerByWorkMode' | 'operations' | 'published'>;

/** The aggregates of some teams and the published figures of some groups over a range. */
async function readAnalysisData(
  deps: AnalyticsDeps,
  teams: readonly Team[],
  groups: readonly string[],
  weeks: readonly string[],
): Promise<AnalysisData> {
  const first = weeks[0] ?? '';
  const last = weeks.at(-1) ?? '';
  const [perTeam, published] = await Promise.all([
    Promise.all(
      teams.map(async (t) => ({
        customer: await deps.aggregates.customerAggregates(t.teamId, first, last),
        customerByWorkMode: await deps.aggregates.customerWorkModeAggregates(t.teamId, first, last),
        operations: await deps.aggregates.operationsAggregates(t.teamId, first, last),
      })),
    ),
    deps.publication.figuresOfGroups(groups, first, last),
  ]);
  return {
    customer: perTeam.flatMap((t) => t.customer),
    customerByWorkMode: perTeam.flatMap((t) => t.customerByWorkMode),
    operations: perTeam.flatMap((t) => t.operations),
    published,
  };
}

/**
 * A caller who does not see every team gets the centre's medians only when at least this many
 * teams make them: over one or two teams, a median and the caller's own point give away the
 * other team's figures.
 */
export const minTeamsForSharedThresholds = 3;

/** Reads every team's last weeks and computes the centre's two medians (one query per team). */
async function readCentreThresholds(
  deps: AnalyticsDeps,
  recent: readonly string[],
): Promise<CentreThresholdsFigure> {
  const first = recent[0] ?? '';
  const last = recent.at(-1) ?? '';
  const teams = await allTeams(deps.roster);
  const [customer, published] = await Promise.all([
    Promise.all(teams.map((t) => deps.aggregates.customerAggregates(t.teamId, first, last))),
    deps.publication.figuresOfGroups(
      teams.map((t) => groupId({ kind: 'team', teamId: t.teamId })),
      first,
      last,
    ),
  ]);
  return (
    centreQuadrantThresholds({
      teamIds: teams.map((t) => t.teamId),
      weeks: recent,
      customer: customer.flat(),
      published,
    }) ?? null
  );
}

/**
 * The whole centre's quadrant thresholds for a range, whatever the caller's scope: read from
 * every team's customer aggregates and published team figures of the quadrant's last weeks
 * only (O(teams × 4) items). The caller receives the two medians, never the figures; null
 * when no team has a current point, or when a caller limited to some teams would get medians
 * of fewer than `minTeamsForSharedThresholds` teams.
 */
async function centreThresholds(
  deps: AnalyticsDeps,
  weeks: readonly string[],
  scope: CallerScope,
): Promise<QuadrantThresholds | null> {
  const recent = weeks.slice(-quadrantWindowWeeks);
  const key = `${recent[0] ?? ''}/${recent.at(-1) ?? ''}`;
  const thresholds = deps.centreThresholdsMemo
    ? await deps.centreThresholdsMemo.read(key, () => readCentreThresholds(deps, recent))
    : await readCentreThresholds(deps, recent);
  if (!thresholds || (scope.teams && thresholds.teams < minTeamsForSharedThresholds)) return null;
  return thresholds;
}

/**
 * The symmetry analysis of every team the caller may see, from aggregates and the publication.
 * 1. resolve the weeks and the teams in the caller's scope (a key limited to some teams gets
 *    an analysis of those teams alone: nothing about other teams enters it but the centre's
 *    two quadrant thresholds)
 * 2. read each team's customer (all, per channel, per work mode) and operations aggregates,
 *    and the published pulse figures of the groups in scope (never the pulse answers: what a
 *    request can see is a subset of the publication, whatever its range or scope)
 * 3. for a key limited to some teams, the centre's quadrant thresholds (centreThresholds)
 * 4. analyse in shared/analytics
 */
export async function centreAnalysis(
  deps: AnalyticsDeps,
  scope: CallerScope,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<CentreAnalysis> {
  const weeks = analysisWeeks(deps.clock, range.from, range.to);
  const teams = (await teamsInScope(deps.roster, scope)).sort((a, b) => a.teamId.localeCompare(b.teamId));
  const [data, thresholds] = await Promise.all([
    readAnalysisData(deps, teams, groupsInScope(teams, scope), weeks),
    scope.teams ? centreThresholds(deps, weeks, scope) : Promise.resolve(undefined),
  ]);
  return analyseCentre({
    teams,
    weeks,
    ...data,
    ...(thresholds === undefined ? {} : { quadrantThresholds: thresholds }),
  });
}

/** One team's analysis, its work-mode cuts, and the centre's quadrant thresholds it was read against. */
export interface OneTeamAnalysis extends TeamAnalysis {
  readonly k: number;
  readonly workModes: readonly WorkModeCutFigure[];
  readonly quadrantThresholds: QuadrantThresholds | null;
}

/**
 * One team's analysis, reading only that team's aggregates and published figures, plus the
 * centre's quadrant thresholds (so its quadrant is the one the whole centre would show, whatever
 * the caller's scope, and the cost does not grow with the centre's other teams' weeks).
 * 1. check the team is in scope and exists (404 otherwise, like an unknown id)
 * 2. read its aggregates and its own groups' published figures; the centre thresholds
 * 3. analyse the one team against those thresholds
 */
export async function teamAnalysis(
  deps: AnalyticsDeps,
  scope: CallerScope,
  teamId: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<OneTeamAnalysis> {
  if (!canAccessTeam(scope, teamId)) throw new NotFoundError(`No team "${teamId}"`);
  const weeks = analysisWeeks(deps.clock, range.from, range.to);
  const team = (await deps.roster.getTeams([teamId])).get(teamId);
  if (!team) throw new NotFoundError(`No team "${teamId}"`);
  const [data, thresholds] = await Promise.all([
    readAnalysisData(deps, [team], groupsInScope([team], { teams: [teamId] }), weeks),
    centreThresholds(deps, weeks, scope),
  ]);
  const analysis = analyseCentre({ teams: [team], weeks, ...data, quadrantThresholds: thresholds });
  const [one] = analysis.teams;
  if (!one) throw new NotFoundError(`No team "${teamId}"`);
  return {
    ...one,
    k: analysis.k,
    workModes: analysis.cuts.workMode,
    quadrantThresholds: thresholds,
  };
}
