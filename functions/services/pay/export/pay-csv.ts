import { stringify } from 'csv-stringify/sync';
import type { ClosedQuarter } from '../../../../shared/pay/closed-quarter.js';
import { rowsInExportOrder } from '../../../../shared/pay/closed-quarter.js';
import { plainDecimal } from '../../../../shared/pay/export-decimal.js';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): a text
 * cell starting with one of them is prefixed with an apostrophe. Numbers are never prefixed:
 * -0,5 is a number, written as one.
 */
const formulaTrigger = /^[=+\-@\t\r]/;

export function neutraliseText(cell: string): string {
  return formulaTrigger.test(cell) ? `'${cell}` : cell;
}

/** A number with a decimal comma, without exponent notation: `-0,5`, `0,0000001`. */
export function frenchDecimal(value: number): string {
  return plainDecimal(value).replace('.', ',');
}

const componentColumn = (id: string) => `component.${id}`;

/**
 * The revision as a CSV that French Excel opens as it is: UTF-8 with a BOM, `;` between cells,
 * CRLF after each line, decimal commas; one line per advisor, ordered by payroll id. Written
 * by csv-stringify, which quotes a cell holding `;`, a quote or a line break.
 */
export function payCsv(closed: ClosedQuarter): Uint8Array {
  const columns = [
    'quarter',
    'revision',
    'payrollId',
    'lastName',
    'firstName',
    'teamId',
    'indicator',
    ...closed.componentIds.map(componentColumn),
    'status',
    'overrideReason',
    'policyVersion',
  ];
  const records = rowsInExportOrder(closed.rows).map((row) => ({
    quarter: row.quarter,
    revision: row.revision,
    payrollId: row.payrollId,
    lastName: row.lastName,
    firstName: row.firstName,
    teamId: row.teamId,
    indicator: row.indicator,
    ...Object.fromEntries(closed.componentIds.map((id) => [componentColumn(id), row.components[id]])),
    status: row.status,
    overrideReason: row.status === 'overridden' ? row.overrideReason : '',
    policyVersion: row.policyVersion,
  }));
  const text = stringify(records, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    header: true,
    columns,
    cast: { number: frenchDecimal, string: neutraliseText },
  });
  return new TextEncoder().encode(text);
}
