import { userSchema } from '../../../shared/access/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { Clock } from '../ports/clock.port.js';
import type { RosterRepository } from '../ports/roster.port.js';
import { parseOrThrow } from '../validation.js';
import type { UserRecord, UserRepository } from './user.port.js';

export interface UserAdminDeps {
  readonly users: UserRepository;
  readonly roster: Pick<RosterRepository, 'getTeams' | 'getAdvisor'>;
  readonly clock: Clock;
}

/**
 * Adds a person who may sign in, from untrusted input (form, CLI).
 * 1. validate (role, teams for a manager, payroll id for an advisor, locale)
 * 2. a manager's teams and an advisor's payroll id must exist in the roster
 * 3. store it, unless a user with this email exists (409)
 */
export async function addUser(deps: UserAdminDeps, input: unknown): Promise<UserRecord> {
  const user = parseOrThrow(userSchema, input);
  if (user.teams.length > 0) {
    const known = await deps.roster.getTeams(user.teams);
    const unknown = user.teams.filter((teamId) => !known.has(teamId));
    if (unknown.length > 0) {
      throw new ValidationError([{ path: 'teams', message: `no such team: ${unknown.join(', ')}` }]);
    }
  }
  if (user.advisorId !== undefined && !(await deps.roster.getAdvisor(user.advisorId))) {
    throw new ValidationError([
      { path: 'advisorId', message: `no advisor with payroll id ${user.advisorId}` },
    ]);
  }
  const record: UserRecord = { ...user, createdAt: deps.clock.now().toISOString() };
  if (!(await deps.users.addUser(record))) {
    throw new ConflictError([{ path: 'email', message: 'a user with this email already exists' }]);
  }
  return record;
}

/** Users, sorted by email. */
export async function listUsers(deps: Pick<UserAdminDeps, 'users'>): Promise<UserRecord[]> {
  return (await deps.users.listUsers()).sort((a, b) => a.email.localeCompare(b.email));
}

/**
 * Removes a user: their sessions stop working at their next request (each request reads the
 * user). `actingEmail` is who asks: an admin cannot remove themself and lock everyone out.
 */
export async function removeUser(
  deps: Pick<UserAdminDeps, 'users'>,
  email: string,
  actingEmail?: string,
): Promise<void> {
  const normalized = email.trim().toLowerCase();
  if (actingEmail !== undefined && normalized === actingEmail.toLowerCase()) {
    throw new ValidationError([{ path: 'email', message: 'you cannot remove yourself' }]);
  }
  if (!(await deps.users.removeUser(normalized))) throw new NotFoundError(`No user ${normalized}`);
}
