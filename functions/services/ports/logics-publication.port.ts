import type { LogicsMonth } from '../../../shared/logics/logics-month.js';

/**
 * The published advisor logics: one record per month, written once by the monthly job and read
 * by the logics pages. A published month never changes.
 */
export interface LogicsPublicationRepository {
  /** The months published so far, oldest first. */
  publishedMonths(): Promise<string[]>;
  month(month: string): Promise<LogicsMonth | undefined>;
  /** Stores a month unless it is already published (conditional write). */
  publishMonth(month: LogicsMonth): Promise<'published' | 'already-published'>;
}
