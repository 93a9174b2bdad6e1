import { type ExportManifest, exportManifestSchema } from '../../../../shared/pay/export-manifest.js';
import { ValidationError } from '../../errors.js';
import type { ExportStore } from '../../ports/export-store.port.js';
import { sha256Hex } from './export-files.js';

export interface FileCheck {
  readonly name: string;
  readonly expected: string;
  /** The SHA-256 of the stored bytes; absent when the file is missing. */
  readonly actual?: string | undefined;
  readonly verdict: 'matches' | 'differs' | 'missing';
}

/** Reads a manifest's text; an unreadable or foreign manifest is a ValidationError naming the field. */
export function parseExportManifest(text: string): ExportManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: '', message: 'not JSON' }], 'The manifest is not JSON.');
  }
  const parsed = exportManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      'Not a Duopulse payroll export manifest.',
    );
  }
  return parsed.data;
}

/** Recomputes the SHA-256 of each file the manifest names, as stored now, against the manifest. */
export async function verifyExport(
  store: Pick<ExportStore, 'get'>,
  manifest: ExportManifest,
): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const { name, sha256 } of manifest.files) {
    const content = await store.get(name);
    if (!content) {
      checks.push({ name, expected: sha256, verdict: 'missing' });
      continue;
    }
    const actual = sha256Hex(content);
    checks.push({ name, expected: sha256, actual, verdict: actual === sha256 ? 'matches' : 'differs' });
  }
  return checks;
}
