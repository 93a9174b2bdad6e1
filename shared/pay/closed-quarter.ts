import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';
import { closedRevision, componentId, exportRowSchema } from './export-row.js';
import { quarterId } from './pay-policy.schema.js';

const closedQuarterFields = z.object({
  quarter: quarterId,
  revision: closedRevision,
  /** When this revision was closed (ISO 8601, UTC); the only time written in its files. */
  closedAt: z.iso.datetime(),
  /** Who closed it (an email or a user id). */
  closedBy: z.string().check(z.minLength(1), z.maxLength(320)),
  policyVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Why revision n + 1 replaces revision n; absent on revision 1. */
  correctionReason: z.optional(
    z.string().check(z.minLength(1), z.maxLength(1_000), noControlCharacters('multi-line')),
  ),
  /** The component columns, in the order the files show them. */
  componentIds: z.array(componentId).check(z.maxLength(20)),
  rows: z.array(exportRowSchema),
});

/**
 * A closed quarter's revision: the approved rows exactly as they go to payroll. A revision
 * never changes once stored; a correction is stored as the next revision.
 */
export const closedQuarterSchema = closedQuarterFields.check(
  z.refine((q) => (q.revision === 1) === (q.correctionReason === undefined), {
    message: 'a correction (revision 2 or later) states its reason; revision 1 has none',
    path: ['correctionReason'],
  }),
  z.refine((q) => new Set(q.componentIds).size === q.componentIds.length, {
    message: 'each component column appears once',
    path: ['componentIds'],
  }),
  z.refine((q) => new Set(q.rows.map((r) => r.payrollId)).size === q.rows.length, {
    message: 'one row per payroll id',
    path: ['rows'],
  }),
  z.refine(
    (q) =>
      q.rows.every(
        (r) => r.quarter === q.quarter && r.revision === q.revision && r.policyVersion === q.policyVersion,
      ),
    { message: "every row carries its quarter's id, revision and policy version", path: ['rows'] },
  ),
  z.refine(
    (q) =>
      q.rows.every((r) => {
        const keys = Object.keys(r.components);
        return keys.length === q.componentIds.length && q.componentIds.every((id) => id in r.components);
      }),
    { message: 'every row has a value for each component column and no other', path: ['rows'] },
  ),
);
export type ClosedQuarter = z.output<typeof closedQuarterSchema>;

/** A stored revision without its rows: what listing a quarter's revisions returns. */
export type ClosedRevisionSummary = Omit<ClosedQuarter, 'rows'> & { readonly rowCount: number };

/** The files of one revision: `duopulse-pay-2026-Q3-r1.csv`, `.json`, `.manifest.json`. */
export function exportFileNames(quarter: string, revision: number) {
  const base = `duopulse-pay-${quarter}-r${revision}`;
  return { csv: `${base}.csv`, json: `${base}.json`, manifest: `${base}.manifest.json` } as const;
}

/** Rows in the files' order: by payroll id, compared code unit by code unit (locale-free). */
export function rowsInExportOrder<R extends { readonly payrollId: string }>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => (a.payrollId < b.payrollId ? -1 : a.payrollId > b.payrollId ? 1 : 0));
}
