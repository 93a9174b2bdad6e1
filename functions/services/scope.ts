import { ForbiddenError } from './errors.js';

/** What a caller may touch: every team, or only the listed ones. */
export interface CallerScope {
  readonly teams?: readonly string[] | undefined;
}

export function canAccessTeam(scope: CallerScope, teamId: string): boolean {
  return scope.teams === undefined || scope.teams.includes(teamId);
}

/** Throws 403 naming the teams outside the caller's scope. */
export function assertTeamsInScope(scope: CallerScope, teamIds: Iterable<string>): void {
  const outside = [...new Set(teamIds)].filter((t) => !canAccessTeam(scope, t));
  if (outside.length) throw new ForbiddenError(`This key may not access team(s): ${outside.join(', ')}`);
}
