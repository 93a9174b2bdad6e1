import { quarterId } from '../../../shared/pay/pay-policy.schema.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { AuditLog } from '../ports/audit.port.js';
import type { Clock } from '../ports/clock.port.js';
import type { ClosedQuarterRepository } from '../ports/closed-quarter.port.js';
import type { ExportStore, ExportStoreOutcome } from '../ports/export-store.port.js';
import { buildExportFiles } from './export/export-files.js';

export interface ExportClosedQuarterDeps {
  readonly closedQuarters: ClosedQuarterRepository;
  readonly exportStore: ExportStore;
  readonly audit: AuditLog;
  readonly clock: Clock;
}

/** The quarter has no closed revision: nothing was exported. */
export class QuarterNotClosedError extends NotFoundError {
  override name = 'QuarterNotClosedError';
  constructor(readonly quarter: string) {
    super(`Quarter ${quarter} is not closed: there is nothing to export, and nothing was written.`);
  }
}

/** The quarter is closed but has no such revision: nothing was exported. */
export class RevisionNotFoundError extends NotFoundError {
  override name = 'RevisionNotFoundError';
  constructor(
    readonly quarter: string,
    readonly revision: number,
    readonly existing: readonly number[],
  ) {
    super(
      `Quarter ${quarter} has no revision ${revision} (revisions: ${existing.join(', ')}); nothing was written.`,
    );
  }
}

export interface ExportedRevision {
  readonly quarter: string;
  readonly revision: number;
  readonly location: string;
  readonly files: readonly { name: string; bytes: number; sha256: string; outcome: ExportStoreOutcome }[];
  readonly rowCount: number;
  readonly totals: { readonly indicatorSum: number; readonly rowsByStatus: Record<string, number> };
}

/** The quarter id as given, or a ValidationError naming it: `2026-Q3`, never `2026Q3` or `Q3`. */
export function checkedQuarter(input: string): string {
  const quarter = quarterId.safeParse(input);
  if (!quarter.success) {
    throw new ValidationError(
      [{ path: 'quarter', message: `"${input}" is not a quarter such as 2026-Q3` }],
      `"${input}" is not a quarter such as 2026-Q3; nothing was exported.`,
    );
  }
  return quarter.data;
}

/**
 * Exports a closed quarter's revision (the latest unless one is named) for payroll:
 * 1. check the quarter id; 2. read the revision (a quarter that is not closed is refused,
 * nothing written); 3. build the CSV, the JSON and the manifest from the revision alone;
 * 4. store the data files, then the manifest, each refused if it exists with other bytes;
 * 5. append `pay-export.exported` to the audit log (who, when, where, each SHA-256).
 * Exporting a revision again stores nothing new and reports the same SHA-256s.
 */
export async function exportClosedQuarter(
  deps: ExportClosedQuarterDeps,
  request: { readonly quarter: string; readonly revision?: number | undefined; readonly actor: string },
): Promise<ExportedRevision> {
  const quarter = checkedQuarter(request.quarter);
  const closed =
    request.revision === undefined
      ? await deps.closedQuarters.latestRevision(quarter)
      : await deps.closedQuarters.getRevision(quarter, request.revision);
  if (!closed) {
    const existing = (await deps.closedQuarters.listRevisions(quarter)).map((r) => r.revision);
    if (existing.length === 0 || request.revision === undefined) throw new QuarterNotClosedError(quarter);
    throw new RevisionNotFoundError(quarter, request.revision, existing);
  }
  const { files, manifest } = buildExportFiles(closed);
  const stored: ExportedRevision['files'][number][] = [];
  for (const file of files) {
    const outcome = await deps.exportStore.put(file.name, file.content, file.sha256);
    stored.push({ name: file.name, bytes: file.content.byteLength, sha256: file.sha256, outcome });
  }
  await deps.audit.append({
    at: deps.clock.now().toISOString(),
    actor: request.actor,
    action: 'pay-export.exported',
    subject: `closed-quarter#${closed.quarter}#r${closed.revision}`,
    details: {
      location: deps.exportStore.location,
      rowCount: manifest.rowCount,
      files: stored.map((f) => ({ name: f.name, sha256: f.sha256, outcome: f.outcome })),
    },
  });
  return {
    quarter: closed.quarter,
    revision: closed.revision,
    location: deps.exportStore.location,
    files: stored,
    rowCount: manifest.rowCount,
    totals: manifest.totals,
  };
}
