import type { ClosedQuarter } from '../../../../shared/pay/closed-quarter.js';
import { rowsInExportOrder } from '../../../../shared/pay/closed-quarter.js';

/**
 * The revision as JSON (UTF-8, no BOM): the close, then the rows ordered by payroll id, numbers
 * as JSON numbers and text as written (JSON has no formulas to neutralise). Keys are written in
 * a fixed order so the same revision always gives the same bytes.
 */
export function payJson(closed: ClosedQuarter): Uint8Array {
  const document = {
    format: 'duopulse-pay-export/1',
    quarter: closed.quarter,
    revision: closed.revision,
    closedAt: closed.closedAt,
    closedBy: closed.closedBy,
    policyVersion: closed.policyVersion,
    correctionReason: closed.correctionReason,
    componentIds: closed.componentIds,
    rows: rowsInExportOrder(closed.rows).map((row) => ({
      quarter: row.quarter,
      revision: row.revision,
      payrollId: row.payrollId,
      lastName: row.lastName,
      firstName: row.firstName,
      teamId: row.teamId,
      indicator: row.indicator,
      components: Object.fromEntries(closed.componentIds.map((id) => [id, row.components[id]])),
      status: row.status,
      overrideReason: row.status === 'overridden' ? row.overrideReason : undefined,
      policyVersion: row.policyVersion,
    })),
  };
  return new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);
}
