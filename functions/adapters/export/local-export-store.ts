import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ExportFileConflictError,
  type ExportStore,
  type ExportStoreOutcome,
} from '../../services/ports/export-store.port.js';

function isCode(error: unknown, code: string): boolean {
  return (error as { code?: unknown }).code === code;
}

/**
 * Export files in a local directory (`.data/exports/`). A file is written whole under a
 * temporary name (flag `wx`), then hard-linked to its name, which fails if the name exists: an
 * existing file is never replaced nor left half-written. The same bytes again are accepted.
 */
export class LocalExportStore implements ExportStore {
  constructor(readonly location: string) {}

  async put(name: string, content: Uint8Array): Promise<ExportStoreOutcome> {
    await mkdir(this.location, { recursive: true });
    const target = join(this.location, name);
    const partial = join(this.location, `.${name}.${randomBytes(6).toString('hex')}.partial`);
    await writeFile(partial, content, { flag: 'wx' });
    try {
      await link(partial, target);
      return 'written';
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      if (Buffer.from(await readFile(target)).equals(content)) return 'already-there';
      throw new ExportFileConflictError(name);
    } finally {
      await unlink(partial);
    }
  }

  async get(name: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(join(this.location, name));
    } catch (error) {
      if (isCode(error, 'ENOENT')) return undefined;
      throw error;
    }
  }
}
