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

export interface InteractionRepository {
  /** Stores each interaction once; one already stored under its external id is a duplicate. */
  recordInteractions(items: readonly InteractionToRecord[]): Promise<RecordOutcome>;
  getInteraction(externalId: string): Promise<Interaction | undefined>;
  listInteractionsOfAdvisor(
    page: PageRequest & { advisorId: string; from?: string | undefined; to?: string | undefined },
  ): Promise<Page<Interaction>>;
}
