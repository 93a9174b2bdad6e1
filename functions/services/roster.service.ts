import {
  type Advisor,
  advisorBatchSchema,
  type RosterAdvisor,
  type RosterChange,
  type Team,
  teamBatchSchema,
} from '../../shared/roster/index.js';
import { ConflictError, NotFoundError, ValidationError } from './errors.js';
import type { Clock } from './ports/clock.port.js';
import type { Page, PageRequest, RosterRepository } from './ports/roster.port.js';
import { assertCentreWide, type CallerScope, canAccessTeam } from './scope.js';
import { parseOrThrow } from './validation.js';

export interface RosterDeps {
  readonly roster: RosterRepository;
  readonly clock: Clock;
}

/**
 * Upserts a batch of teams; each change goes to the roster history under `author`.
 * 1. validate every team (nothing is stored if one is invalid)
 * 2. check every team is one the caller may write
 * 3. store the changed ones with their history entries
 */
export async function upsertTeams(
  deps: RosterDeps,
  scope: CallerScope,
  body: unknown,
  author: string,
): Promise<Team[]> {
  const { teams } = parseOrThrow(teamBatchSchema, body);
  rejectRepeatedIds(
    teams.map((t) => t.teamId),
    'teams',
    'teamId',
  );
  const outside = teams.flatMap((t, i) =>
    canAccessTeam(scope, t.teamId)
      ? []
      : [{ path: `teams[${i}].teamId`, message: `not a team this key may write: "${t.teamId}"` }],
  );
  if (outside.length) throw new ValidationError(outside);
  await deps.roster.upsertTeams(teams, { by: author, at: deps.clock.now() });
  return teams;
}

/**
 * Upserts a batch of advisors; each change goes to the roster history under `author`, and each
 * stored advisor gets its `teamJoinedOn` (see RosterAdvisor).
 * 1. validate every advisor
 * 2. a team that is unknown or outside the caller's teams is reported alike, as unknown
 * 3. a payroll id of an advisor outside the caller's teams is a conflict that names no team
 * 4. store the changed ones with their history entries
 */
export async function upsertAdvisors(
  deps: RosterDeps,
  scope: CallerScope,
  body: unknown,
  author: string,
): Promise<Advisor[]> {
  const { advisors } = parseOrThrow(advisorBatchSchema, body);
  rejectRepeatedIds(
    advisors.map((a) => a.payrollId),
    'advisors',
    'payrollId',
  );
  const teams = await deps.roster.getTeams(
    advisors.map((a) => a.teamId).filter((t) => canAccessTeam(scope, t)),
  );
  const unknown = advisors.flatMap((a, i) =>
    teams.has(a.teamId) ? [] : [{ path: `advisors[${i}].teamId`, message: `unknown team "${a.teamId}"` }],
  );
  if (unknown.length) throw new ValidationError(unknown);
  const existing = await deps.roster.getAdvisors(advisors.map((a) => a.payrollId));
  const taken = advisors.flatMap((a, i) => {
    const stored = existing.get(a.payrollId);
    return stored && !canAccessTeam(scope, stored.teamId)
      ? [
          {
            path: `advisors[${i}].payrollId`,
            message: `"${a.payrollId}" is used by an advisor this key cannot see`,
          },
        ]
      : [];
  });
  if (taken.length) throw new ConflictError(taken);
  await deps.roster.upsertAdvisors(advisors, { by: author, at: deps.clock.now() });
  return advisors;
}

/** A team in the caller's scope; out of scope and unknown answer alike (404). */
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

/** An advisor of a team in the caller's scope; out of scope and unknown answer alike (404). */
export async function getAdvisor(
  roster: RosterRepository,
  scope: CallerScope,
  payrollId: string,
): Promise<RosterAdvisor> {
  const advisor = await roster.getAdvisor(payrollId);
  if (!advisor || !canAccessTeam(scope, advisor.teamId)) throw new NotFoundError(`No advisor "${payrollId}"`);
  return advisor;
}

/** Advisors of one team (unknown or out-of-scope team: 404), or of the centre for an all-teams key. */
export async function listAdvisors(
  roster: RosterRepository,
  scope: CallerScope,
  page: PageRequest & { teamId?: string | undefined },
): Promise<Page<RosterAdvisor>> {
  if (page.teamId) {
    await getTeam(roster, scope, page.teamId);
    return roster.listAdvisors(page);
  }
  if (scope.teams) {
    throw new ValidationError([{ path: 'teamId', message: 'required for a key limited to some teams' }]);
  }
  return roster.listAdvisors(page);
}

/** The roster history, newest first: for keys that reach every team (it names every team). */
export async function listRosterHistory(
  roster: RosterRepository,
  scope: CallerScope,
  page: PageRequest,
): Promise<Page<RosterChange>> {
  assertCentreWide(scope, 'The roster history entries');
  return roster.listRosterHistory(page);
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
