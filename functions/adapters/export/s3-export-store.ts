import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  ExportFileConflictError,
  type ExportStore,
  type ExportStoreOutcome,
} from '../../services/ports/export-store.port.js';

function hexToBase64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

const contentTypes: Readonly<Record<string, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

/** Where export files go in the export bucket (the app function may write only there). */
export const payExportPrefix = 'pay-exports/';

/**
 * Export files in the export bucket, whose default retention (Object Lock, COMPLIANCE) locks
 * every object version it receives. Each PutObject carries the SHA-256 (S3 rejects bytes that do
 * not match it) and `If-None-Match: *`, so an existing file is never replaced by a new version;
 * when the key exists, its stored SHA-256 decides between the same bytes and a conflict.
 */
export class S3ExportStore implements ExportStore {
  readonly location: string;

  constructor(
    private readonly s3: Pick<S3Client, 'send'>,
    private readonly bucket: string,
    private readonly prefix = payExportPrefix,
  ) {
    this.location = `s3://${bucket}/${prefix}`;
  }

  async put(name: string, content: Uint8Array, sha256: string): Promise<ExportStoreOutcome> {
    const key = this.prefix + name;
    const checksum = hexToBase64(sha256);
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: content,
          ContentType: contentTypes[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
          ChecksumSHA256: checksum,
          IfNoneMatch: '*',
        }),
      );
      return 'written';
    } catch (error) {
      // 412: the key exists; 409: a concurrent conditional write to the same key.
      if (statusOf(error) !== 412 && statusOf(error) !== 409) throw error;
    }
    const head = await this.s3.send(
      new HeadObjectCommand({ Bucket: this.bucket, Key: key, ChecksumMode: 'ENABLED' }),
    );
    if (head.ChecksumSHA256 === checksum && head.ContentLength === content.byteLength) return 'already-there';
    throw new ExportFileConflictError(name);
  }

  async get(name: string): Promise<Uint8Array | undefined> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + name }));
      return out.Body ? await out.Body.transformToByteArray() : undefined;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }
}
