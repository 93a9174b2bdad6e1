import { exactDecimalSum } from './export-decimal.js';
import type { ExportRow, RowStatus } from './export-row.js';

/** What the manifest states about a revision's rows, for payroll to check against its own sums. */
export interface ExportTotals {
  readonly rowCount: number;
  /** Exact decimal sum of the indicators as the files write them. */
  readonly indicatorSum: number;
  readonly rowsByStatus: Readonly<Record<RowStatus, number>>;
}

export function exportTotals(rows: readonly ExportRow[]): ExportTotals {
  return {
    rowCount: rows.length,
    indicatorSum: Number(exactDecimalSum(rows.map((r) => r.indicator))),
    rowsByStatus: {
      approved: rows.filter((r) => r.status === 'approved').length,
      overridden: rows.filter((r) => r.status === 'overridden').length,
    },
  };
}
