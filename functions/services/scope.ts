import { ForbiddenError } from './errors.js';

/**
 * What an integration key may do, chosen when it is created and checked on every route:
 * roster and interaction reads and writes, analytics, the centre's survey settings, and the
 * roster history (an administrator's view of every roster change).
 */
export const apiScopes = [
  'roster:read',
  'roster:write',
  'interactions:read',
  'interactions:write',
  'analytics:read',
  'settings:read',
  'settings:write',
  'roster-history:read',
] as const;
export type ApiScope = (typeof apiScopes)[number];

/** What a caller may touch: every team, or only the listed ones; and what it may do there. */
export interface CallerScope {
  readonly teams?: readonly string[] | undefined;
  /** The key's scopes; absent only for in-process callers (CSV import), never for a key. */
  readonly scopes?: readonly ApiScope[] | undefined;
}

export function canAccessTeam(scope: CallerScope, teamId: string): boolean {
  return scope.teams === undefined || scope.teams.includes(teamId);
}

/** Throws 403 when a key lacks the scope a route needs. */
export function assertHasScope(scope: CallerScope, needed: ApiScope): void {
  if (scope.scopes && !scope.scopes.includes(needed))
    throw new ForbiddenError(`This API key lacks the "${needed}" scope`);
}

/** Throws 403 for a key limited to some teams on a centre-wide resource (names no team). */
export function assertCentreWide(scope: CallerScope, what: string): void {
  if (scope.teams)
    throw new ForbiddenError(`${what} cover the whole centre; this key is limited to some teams`);
}
