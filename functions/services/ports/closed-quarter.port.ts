import type { ClosedQuarter, ClosedRevisionSummary } from '../../../shared/pay/closed-quarter.js';

/**
 * Closed quarters, one stored revision per number: revision 1 at the close, n + 1 for each
 * correction. A stored revision is never changed nor replaced.
 */
export interface ClosedQuarterRepository {
  /** Stores a revision; `revision-taken` when its number is already used (nothing is written). */
  saveRevision(closed: ClosedQuarter): Promise<'saved' | 'revision-taken'>;
  /** The latest revision of a quarter, or undefined when the quarter is not closed. */
  latestRevision(quarter: string): Promise<ClosedQuarter | undefined>;
  getRevision(quarter: string, revision: number): Promise<ClosedQuarter | undefined>;
  /** The quarter's revisions, oldest first, without their rows. */
  listRevisions(quarter: string): Promise<ClosedRevisionSummary[]>;
}
