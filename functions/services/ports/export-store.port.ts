/** What storing one export file did: wrote it, or found the same bytes already there. */
export type ExportStoreOutcome = 'written' | 'already-there';

/**
 * Where payroll export files go: a local directory, or the Object Lock bucket in AWS. A stored
 * file is never replaced: storing the same bytes again is accepted, other bytes are refused
 * with an `ExportFileConflictError`.
 */
export interface ExportStore {
  /** Where the files land, for people: a directory or `s3://bucket/prefix`. */
  readonly location: string;
  /** `sha256` is the lowercase hex digest of `content`, checked by the store where it can. */
  put(name: string, content: Uint8Array, sha256: string): Promise<ExportStoreOutcome>;
  /** The stored bytes, or undefined when there is no such file. */
  get(name: string): Promise<Uint8Array | undefined>;
}

/** A file of a closed revision already exists with other bytes: nothing replaced it. */
export class ExportFileConflictError extends Error {
  override name = 'ExportFileConflictError';
  constructor(readonly fileName: string) {
    super(
      `${fileName} already exists with other content; a closed revision never changes (a correction is a new revision).`,
    );
  }
}
