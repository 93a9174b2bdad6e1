import type {
  Advisor,
  RosterAdvisor,
  RosterChange,
  RosterWrite,
  Team,
} from '../../../shared/roster/index.js';

export interface Page<T> {
  readonly items: T[];
  /** Opaque cursor for the next page, absent on the last page. */
  readonly next?: string;
}

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/**
 * Teams and advisors as pushed by the integrator. Every write that changes a team or an advisor
 * appends a `RosterChange` to the roster history in the same transaction; history entries are
 * never updated or deleted. Without `write`, a write is an initial load (seeding): `by` is
 * `initial-load` and advisors joined their team on their start date.
 */
export interface RosterRepository {
  upsertTeams(teams: readonly Team[], write?: RosterWrite): Promise<RosterChange[]>;
  getTeam(teamId: string): Promise<Team | undefined>;
  getTeams(teamIds: readonly string[]): Promise<Map<string, Team>>;
  listTeams(page: PageRequest): Promise<Page<Team>>;
  /** Stores advisors with their `teamJoinedOn` (see RosterAdvisor), computed from what is stored. */
  upsertAdvisors(advisors: readonly Advisor[], write?: RosterWrite): Promise<RosterChange[]>;
  getAdvisor(payrollId: string): Promise<RosterAdvisor | undefined>;
  /** Advisors by payroll id, each with `teamJoinedOn` (the k rule's join day). */
  getAdvisors(payrollIds: readonly string[]): Promise<Map<string, RosterAdvisor>>;
  listAdvisors(page: PageRequest & { teamId?: string | undefined }): Promise<Page<RosterAdvisor>>;
  /** The roster history, newest first. */
  listRosterHistory(page: PageRequest): Promise<Page<RosterChange>>;
}
