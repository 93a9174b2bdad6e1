import { quarterId } from '../../../shared/pay/pay-policy.schema.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { ClosedQuarterRepository } from '../ports/closed-quarter.port.js';
import type { ExportStore, ExportStoreOutcome } from '../ports/export-store.port.js';
import { buildExportFiles } from './export/export-files.js';

export interface ExportClosedQuarterDeps {
  readonly closedQuarters: ClosedQuarterRepository;
  readonly exportStore: ExportStore;
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

/**
 * Exports a closed quarter's revision (the latest unless one is named) for payroll:
 * 1. check the quarter id; 2. read the revision (a quarter that is not closed is refused,
 * nothing written); 3. build the CSV, the JSON and the manifest from the revision alone;
 * 4. store the data files, then the manifest, each refused if it exists with other bytes.
 * Exporting a revision again stores nothing new and reports the same SHA-256s.
 */
export async function exportClosedQuarter(
  deps: ExportClosedQuarterDeps,
  request: { readonly quarter: string; readonly revision?: number | undefined },
): Promise<ExportedRevision> {
  const quarter = quarterId.safeParse(request.quarter);
  if (!quarter.success) {
    throw new ValidationError(
      [{ path: 'quarter', message: `"${request.quarter}" is not a quarter such as 2026-Q3` }],
      `"${request.quarter}" is not a quarter such as 2026-Q3; nothing was exported.`,
    );
  }
  const closed =
    request.revision === undefined
      ? await deps.closedQuarters.latestRevision(quarter.data)
      : await deps.closedQuarters.getRevision(quarter.data, request.revision);
  if (!closed) {
    const existing = (await deps.closedQuarters.listRevisions(quarter.data)).map((r) => r.revision);
    if (existing.length === 0 || request.revision === undefined)
      throw new QuarterNotClosedError(quarter.data);
    throw new RevisionNotFoundError(quarter.data, request.revision, existing);
  }
  const { files, manifest } = buildExportFiles(closed);
  const stored: ExportedRevision['files'][number][] = [];
  for (const file of files) {
    const outcome = await deps.exportStore.put(file.name, file.content, file.sha256);
    stored.push({ name: file.name, bytes: file.content.byteLength, sha256: file.sha256, outcome });
  }
  return {
    quarter: closed.quarter,
    revision: closed.revision,
    location: deps.exportStore.location,
    files: stored,
    rowCount: manifest.rowCount,
    totals: manifest.totals,
  };
}
