import { createHash } from 'node:crypto';
import type { ClosedQuarter } from '../../../../shared/pay/closed-quarter.js';
import { exportFileNames } from '../../../../shared/pay/closed-quarter.js';
import { buildExportManifest, type ExportManifest } from '../../../../shared/pay/export-manifest.js';
import { payCsv } from './pay-csv.js';
import { payJson } from './pay-json.js';

export interface ExportFile {
  readonly name: string;
  readonly content: Uint8Array;
  /** Lowercase hex. */
  readonly sha256: string;
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function file(name: string, content: Uint8Array): ExportFile {
  return { name, content, sha256: sha256Hex(content) };
}

/**
 * The three files of a closed revision: the CSV, the JSON and the manifest naming both with
 * their SHA-256. A function of the revision alone: the same revision always gives the same bytes.
 */
export function buildExportFiles(closed: ClosedQuarter): {
  readonly files: readonly [ExportFile, ExportFile, ExportFile];
  readonly manifest: ExportManifest;
} {
  const names = exportFileNames(closed.quarter, closed.revision);
  const csv = file(names.csv, payCsv(closed));
  const json = file(names.json, payJson(closed));
  const manifest = buildExportManifest(
    closed,
    [csv, json].map((f) => ({ name: f.name, bytes: f.content.byteLength, sha256: f.sha256 })),
  );
  const manifestFile = file(
    names.manifest,
    new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  );
  return { files: [csv, json, manifestFile], manifest };
}
