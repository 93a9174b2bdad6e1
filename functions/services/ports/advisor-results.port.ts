import type { AdvisorCustomerComment } from '../../../shared/advisor-results/advisor-results.js';
import type {
  AdvisorWeekCustomerAggregate,
  CustomerCounts,
} from '../../../shared/aggregates/aggregate.types.js';

/**
 * Reads one advisor's own customer results: O(weeks) counter items and a bounded page of
 * comments, each from that advisor's own partitions. Nothing here reaches the pulse.
 */
export interface AdvisorResultsRepository {
  /** The advisor's weekly customer aggregates from `fromWeek` to `toWeek` (only weeks with responses). */
  advisorWeeks(advisorId: string, fromWeek: string, toWeek: string): Promise<AdvisorWeekCustomerAggregate[]>;
  /** The advisor's customer counts of one quarter (the counters variable pay reads), if any. */
  advisorQuarter(advisorId: string, quarter: string): Promise<CustomerCounts | undefined>;
  /** Up to `limit` customer comments about the advisor's contacts in the range, newest week first. */
  advisorComments(
    advisorId: string,
    fromWeek: string,
    toWeek: string,
    limit: number,
  ): Promise<AdvisorCustomerComment[]>;
}
