import * as z from 'zod/mini';
import type { ClosedQuarter } from './closed-quarter.js';
import { closedRevision } from './export-row.js';
import { exportTotals } from './export-totals.js';
import { quarterId } from './pay-policy.schema.js';

const exportedFile = z.object({
  name: z.string().check(z.regex(/^duopulse-pay-\d{4}-Q[1-4]-r\d+\.(csv|json)$/, 'a file of the export')),
  bytes: z.int().check(z.gte(0)),
  /** SHA-256 of the file's bytes, lowercase hex (what `sha256sum` prints). */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex')),
});
export type ExportedFile = z.output<typeof exportedFile>;

/**
 * What a revision's manifest states: the quarter, the revision and its close (the only time in
 * the files, so exporting the revision again gives the same bytes), the totals, and the
 * SHA-256 of each data file.
 */
export const exportManifestSchema = z.object({
  format: z.literal('duopulse-pay-export-manifest/1'),
  quarter: quarterId,
  revision: closedRevision,
  closedAt: z.iso.datetime(),
  closedBy: z.string(),
  policyVersion: z.string(),
  correctionReason: z.optional(z.string()),
  rowCount: z.int().check(z.gte(0)),
  totals: z.object({
    indicatorSum: z.number(),
    rowsByStatus: z.object({ approved: z.int(), overridden: z.int() }),
  }),
  files: z.array(exportedFile).check(z.minLength(1)),
});
export type ExportManifest = z.output<typeof exportManifestSchema>;

export function buildExportManifest(closed: ClosedQuarter, files: readonly ExportedFile[]): ExportManifest {
  const { rowCount, indicatorSum, rowsByStatus } = exportTotals(closed.rows);
  return {
    format: 'duopulse-pay-export-manifest/1',
    quarter: closed.quarter,
    revision: closed.revision,
    closedAt: closed.closedAt,
    closedBy: closed.closedBy,
    policyVersion: closed.policyVersion,
    ...(closed.correctionReason === undefined ? {} : { correctionReason: closed.correctionReason }),
    rowCount,
    totals: { indicatorSum, rowsByStatus },
    files: files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })),
  };
}
