import { exportFileNames } from '../../../shared/pay/closed-quarter.js';
import { NotFoundError } from '../errors.js';
import { buildExportFiles, sha256Hex } from './export/export-files.js';
import { type ExportClosedQuarterDeps, exportClosedQuarter } from './export-closed-quarter.service.js';

/** The three files payroll may download for a closed revision. */
export const exportFileKinds = ['csv', 'json', 'manifest'] as const;
export type ExportFileKind = (typeof exportFileKinds)[number];

const mediaTypes: Record<ExportFileKind, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  manifest: 'application/json; charset=utf-8',
};

export interface DownloadedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly content: Uint8Array;
  readonly sha256: string;
}

/**
 * One file of a closed revision, as stored in the export store.
 * 1. export the revision (stores its files if they are not there yet, refuses other bytes,
 *    appends `pay-export.exported` to the audit log with the actor)
 * 2. read the file back from the store and serve those bytes: what payroll downloads is the
 *    stored, locked file, whose SHA-256 the manifest names.
 */
export async function downloadExportFile(
  deps: ExportClosedQuarterDeps,
  request: { quarter: string; revision: number; kind: ExportFileKind; actor: string },
): Promise<DownloadedFile> {
  await exportClosedQuarter(deps, request);
  const name = exportFileNames(request.quarter, request.revision)[request.kind];
  const content = await deps.exportStore.get(name);
  if (!content) throw new NotFoundError(`${name} is not in the export store`);
  return { name, mediaType: mediaTypes[request.kind], content, sha256: sha256Hex(content) };
}

/** What checking a file against a revision's manifest found. */
export type ManifestCheck =
  | { readonly verdict: 'matches'; readonly name: string; readonly sha256: string; readonly bytes: number }
  | {
      readonly verdict: 'differs';
      readonly sha256: string;
      readonly bytes: number;
      readonly expected: readonly { readonly name: string; readonly sha256: string }[];
    };

/**
 * Whether a file payroll holds is one the closed revision's manifest names: its SHA-256 against
 * the manifest's (the CSV, the JSON) and the manifest's own digest. Reads the revision only;
 * nothing is stored. A quarter or revision that is not closed is the same NotFoundError as a
 * download's.
 */
export async function checkAgainstManifest(
  deps: Pick<ExportClosedQuarterDeps, 'closedQuarters'>,
  request: { quarter: string; revision: number; content: Uint8Array },
): Promise<ManifestCheck> {
  const closed = await deps.closedQuarters.getRevision(request.quarter, request.revision);
  if (!closed) throw new NotFoundError(`${request.quarter} has no closed revision ${request.revision}`);
  const { files } = buildExportFiles(closed);
  const sha256 = sha256Hex(request.content);
  const bytes = request.content.byteLength;
  const match = files.find((f) => f.sha256 === sha256);
  if (match) return { verdict: 'matches', name: match.name, sha256, bytes };
  return {
    verdict: 'differs',
    sha256,
    bytes,
    expected: files.map((f) => ({ name: f.name, sha256: f.sha256 })),
  };
}
