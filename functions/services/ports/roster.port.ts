import type { Advisor, Team } from '../../../shared/roster/index.js';

export interface Page<T> {
  readonly items: T[];
  /** Opaque cursor for the next page, absent on the last page. */
  readonly next?: string;
}

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Teams and advisors as pushed by the integrator. */
export interface RosterRepository {
  upsertTeams(teams: readonly Team[]): Promise<void>;
  getTeam(teamId: string): Promise<Team | undefined>;
  getTeams(teamIds: readonly string[]): Promise<Map<string, Team>>;
  listTeams(page: PageRequest): Promise<Page<Team>>;
  upsertAdvisors(advisors: readonly Advisor[]): Promise<void>;
  getAdvisor(payrollId: string): Promise<Advisor | undefined>;
  getAdvisors(payrollIds: readonly string[]): Promise<Map<string, Advisor>>;
  listAdvisors(page: PageRequest & { teamId?: string | undefined }): Promise<Page<Advisor>>;
}
