import { type Advisor, advisorBatchSchema, type Team, teamBatchSchema } from '../../shared/roster/index.js';
import { NotFoundError, ValidationError } from './errors.js';
import type { Page, PageRequest, RosterRepository } from './ports/roster.port.js';
import { assertTeamsInScope, type CallerScope, canAccessTeam } from './scope.js';
import { parseOrThrow } from './validation.js';

/**
 * Upserts a batch of teams.
 * 1. validate every team (nothing is stored if one is invalid)
 * 2. check every team is in the caller's scope
 * 3. store them all
 */
export async function upsertTeams(
  roster: RosterRepository,
  scope: CallerScope,
  body: unknown,
): Promise<Team[]> {
  const { teams } = parseOrThrow(teamBatchSchema, body);
  rejectRepeatedIds(
    teams.map((t) => t.teamId),
    'teams',
    'teamId',
  );
  assertTeamsInScope(
    scope,
    teams.map((t) => t.teamId),
  );
  await roster.upsertTeams(teams);
  return teams;
}

/**
 * Upserts a batch of advisors.
 * 1. validate every advisor
 * 2. check each advisor's team exists and, for a moved advisor, both teams are in scope
 * 3. store them all
 */
export async function upsertAdvisors(
  roster: RosterRepository,
  scope: CallerScope,
  body: unknown,
): Promise<Advisor[]> {
  const { advisors } = parseOrThrow(advisorBatchSchema, body);
  rejectRepeatedIds(
    advisors.map((a) => a.payrollId),
    'advisors',
    'payrollId',
  );
  const teams = await roster.getTeams(advisors.map((a) => a.teamId));
  const unknown = advisors.flatMap((a, i) =>
    teams.has(a.teamId) ? [] : [{ path: `advisors[${i}].teamId`, message: `unknown team "${a.teamId}"` }],
  );
  if (unknown.length) throw new ValidationError(unknown);
  const existing = await roster.getAdvisors(advisors.map((a) => a.payrollId));
  assertTeamsInScope(scope, [
    ...advisors.map((a) => a.teamId),
    ...[...existing.values()].map((a) => a.teamId),
  ]);
  await roster.upsertAdvisors(advisors);
  return advisors;
}

export async function getTeam(roster: RosterRepository, scope: CallerScope, teamId: string): Promise<Team> {
  const team = canAccessTeam(scope, teamId) ? await roster.getTeam(teamId) : undefined;
  if (!team) throw new NotFoundError(`No team "${teamId}"`);
  return team;
}

export async function listTeams(
  roster: RosterRepository,
  scope: CallerScope,
  page: PageRequest,
): Promise<Page<Team>> {
  if (scope.teams) {
    const found = await roster.getTeams(scope.teams);
    return { items: [...found.values()].sort((a, b) => a.teamId.localeCompare(b.teamId)) };
  }
  return roster.listTeams(page);
}

export async function getAdvisor(
  roster: RosterRepository,
  scope: CallerScope,
  payrollId: string,
): Promise<Advisor> {
  const advisor = await roster.getAdvisor(payrollId);
  if (!advisor || !canAccessTeam(scope, advisor.teamId)) throw new NotFoundError(`No advisor "${payrollId}"`);
  return advisor;
}

export async function listAdvisors(
  roster: RosterRepository,
  scope: CallerScope,
  page: PageRequest & { teamId?: string | undefined },
): Promise<Page<Advisor>> {
  if (page.teamId) {
    if (!canAccessTeam(scope, page.teamId)) throw new NotFoundError(`No team "${page.teamId}"`);
    return roster.listAdvisors(page);
  }
  if (scope.teams) {
    throw new ValidationError([{ path: 'teamId', message: 'required for a key limited to some teams' }]);
  }
  return roster.listAdvisors(page);
}

/** A batch naming the same id twice is ambiguous: reject it, naming the repeats. */
export function rejectRepeatedIds(ids: readonly string[], list: string, field: string): void {
  const firstSeen = new Map<string, number>();
  const problems = ids.flatMap((id, i) => {
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, i);
      return [];
    }
    return [{ path: `${list}[${i}].${field}`, message: `repeats ${list}[${first}].${field} "${id}"` }];
  });
  if (problems.length) throw new ValidationError(problems);
}

/** Every team of the centre, following the pages. */
export async function allTeams(roster: RosterRepository): Promise<Team[]> {
  const teams: Team[] = [];
  let cursor: string | undefined;
  do {
    const page = await roster.listTeams({ limit: 200, cursor });
    teams.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return teams;
}
