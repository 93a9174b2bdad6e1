import type { Interaction } from '../../../shared/roster/index.js';
import type { Page, PageRequest } from './roster.port.js';

/**
 * A stored interaction and, while a survey can still be sent for it, the plain customer email
 * the survey needs; that email is deleted at `expiresAt` (epoch seconds, DynamoDB TTL).
 */
export interface InteractionToRecord {
  readonly interaction: Interaction;
  readonly pendingSurvey?: { readonly customerEmail: string; readonly expiresAt: number } | undefined;
}

export interface RecordOutcome {
  readonly stored: string[];
  readonly duplicates: string[];
}

/** An external id within the team it was recorded for: ids are namespaced per team. */
export interface InteractionRef {
  readonly externalId: string;
  readonly teamId: string;
}

export interface InteractionRepository {
  /** Stores each interaction once per team; one already stored under its team and external id is a duplicate. */
  recordInteractions(items: readonly InteractionToRecord[]): Promise<RecordOutcome>;
  /** The interactions stored under these team-namespaced ids (missing ones are left out). */
  getInteractions(refs: readonly InteractionRef[]): Promise<Interaction[]>;
  /** Every interaction carrying this external id, whatever its team. */
  findInteractions(externalId: string): Promise<Interaction[]>;
  /** The interaction of one team, or the first found under the external id when no team is given. */
  getInteraction(externalId: string, teamId?: string): Promise<Interaction | undefined>;
  listInteractionsOfAdvisor(
    page: PageRequest & { advisorId: string; from?: string | undefined; to?: string | undefined },
  ): Promise<Page<Interaction>>;
  /**
   * The contacts of these advisors that started between two UTC instants (inclusive), oldest
   * first, keeping only those recorded for `teamIds` when given. A page may hold fewer than
   * `limit` items and still have a `next`.
   */
  listInteractionsOfAdvisors(
    page: PageRequest & {
      advisorIds: readonly string[];
      teamIds?: readonly string[] | undefined;
      from: string;
      to: string;
    },
  ): Promise<Page<Interaction>>;
}
