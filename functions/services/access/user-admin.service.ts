import * as z from 'zod/mini';
import { userSchema } from '../../../shared/access/index.js';
import type { Locale } from '../../../shared/roster/index.js';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../errors.js';
import type { Clock } from '../ports/clock.port.js';
import type { RosterRepository } from '../ports/roster.port.js';
import type { UserRecord, UserRepository } from './user.port.js';

export interface UserAdminDeps {
  readonly users: UserRepository;
  readonly roster: Pick<RosterRepository, 'getTeams' | 'getAdvisor'>;
  readonly clock: Clock;
}

/** How each refusal of a user is worded, in each language (the CLI speaks English). */
const words: Record<
  Locale,
  Record<
    | 'email'
    | 'role'
    | 'teams'
    | 'advisorId'
    | 'locale'
    | 'manager-needs-team'
    | 'teams-manager-only'
    | 'advisor-needs-id'
    | 'id-advisor-only'
    | 'exists'
    | 'self',
    string
  > & { unknownTeams: (ids: string) => string; unknownAdvisor: (id: string) => string }
> = {
  fr: {
    email: 'une adresse e-mail valide',
    role: 'choisissez un rôle',
    teams: 'des identifiants d’équipe valides, au plus 50',
    advisorId: 'un matricule valide',
    locale: 'fr ou en',
    'manager-needs-team': 'un manager a besoin d’au moins une équipe',
    'teams-manager-only': 'seul un manager a des équipes',
    'advisor-needs-id': 'un conseiller a besoin de son matricule',
    'id-advisor-only': 'seul un conseiller a un matricule',
    exists: 'un utilisateur a déjà cette adresse',
    self: 'vous ne pouvez pas vous retirer vous-même',
    unknownTeams: (ids) => `aucune équipe ${ids}`,
    unknownAdvisor: (id) => `aucun conseiller avec le matricule ${id}`,
  },
  en: {
    email: 'a valid email address',
    role: 'choose a role',
    teams: 'valid team ids, at most 50',
    advisorId: 'a valid payroll id',
    locale: 'fr or en',
    'manager-needs-team': 'a manager needs at least one team',
    'teams-manager-only': 'only a manager has teams',
    'advisor-needs-id': 'an advisor needs their payroll id',
    'id-advisor-only': 'only an advisor has a payroll id',
    exists: 'a user with this email already exists',
    self: 'you cannot remove yourself',
    unknownTeams: (ids) => `no such team: ${ids}`,
    unknownAdvisor: (id) => `no advisor with payroll id ${id}`,
  },
};

type Word = Exclude<keyof (typeof words)['en'], 'unknownTeams' | 'unknownAdvisor'>;

/** The user's fields checked, every refusal named by its field and worded in `locale`. */
function parseUser(input: unknown, locale: Locale) {
  const parsed = z.safeParse(userSchema, input);
  if (parsed.success) return parsed.data;
  const w = words[locale];
  const problems: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const path = String(issue.path[0] ?? 'form');
    const code = (issue as { params?: { code?: string } }).params?.code;
    const message = w[(code ?? path) as Word] ?? issue.message;
    if (!problems.some((p) => p.path === path && p.message === message)) problems.push({ path, message });
  }
  throw new ValidationError(problems);
}

/**
 * Adds a person who may sign in, from untrusted input (form, CLI), refusals worded in `locale`.
 * 1. validate (role, teams for a manager, payroll id for an advisor, locale)
 * 2. a manager's teams and an advisor's payroll id must exist in the roster
 * 3. store it, unless a user with this email exists (409)
 */
export async function addUser(
  deps: UserAdminDeps,
  input: unknown,
  locale: Locale = 'en',
): Promise<UserRecord> {
  const w = words[locale];
  const user = parseUser(input, locale);
  if (user.teams.length > 0) {
    const known = await deps.roster.getTeams(user.teams);
    const unknown = user.teams.filter((teamId) => !known.has(teamId));
    if (unknown.length > 0) {
      throw new ValidationError([{ path: 'teams', message: w.unknownTeams(unknown.join(', ')) }]);
    }
  }
  if (user.advisorId !== undefined && !(await deps.roster.getAdvisor(user.advisorId))) {
    throw new ValidationError([{ path: 'advisorId', message: w.unknownAdvisor(user.advisorId) }]);
  }
  const record: UserRecord = { ...user, createdAt: deps.clock.now().toISOString() };
  if (!(await deps.users.addUser(record))) {
    throw new ConflictError([{ path: 'email', message: w.exists }]);
  }
  return record;
}

/** Users, sorted by email. */
export async function listUsers(deps: Pick<UserAdminDeps, 'users'>): Promise<UserRecord[]> {
  return (await deps.users.listUsers()).sort((a, b) => a.email.localeCompare(b.email));
}

/**
 * The user `email` names, to confirm their removal: refused like the removal itself (yourself:
 * a ValidationError; nobody: a NotFoundError), so the confirmation step names only a real user.
 */
export async function userToRemove(
  deps: Pick<UserAdminDeps, 'users'>,
  email: string,
  actingEmail: string | undefined,
  locale: Locale = 'en',
): Promise<UserRecord> {
  const normalized = email.trim().toLowerCase();
  if (actingEmail !== undefined && normalized === actingEmail.toLowerCase()) {
    throw new ValidationError([{ path: 'email', message: words[locale].self }]);
  }
  const user = await deps.users.getUser(normalized);
  if (!user) throw new NotFoundError(`No user ${normalized}`);
  return user;
}

/**
 * Removes a user: their sessions stop working at their next request (each request reads the
 * user). `actingEmail` is who asks: an admin cannot remove themself and lock everyone out.
 */
export async function removeUser(
  deps: Pick<UserAdminDeps, 'users'>,
  email: string,
  actingEmail?: string,
  locale: Locale = 'en',
): Promise<void> {
  const normalized = email.trim().toLowerCase();
  if (actingEmail !== undefined && normalized === actingEmail.toLowerCase()) {
    throw new ValidationError([{ path: 'email', message: words[locale].self }]);
  }
  if (!(await deps.users.removeUser(normalized))) throw new NotFoundError(`No user ${normalized}`);
}
