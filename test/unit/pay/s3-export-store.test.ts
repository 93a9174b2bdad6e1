import { createHash } from 'node:crypto';
import { HeadObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { S3ExportStore } from '../../../functions/adapters/export/s3-export-store.js';
import { ExportFileConflictError } from '../../../functions/services/ports/export-store.port.js';

/** An in-memory bucket that honours If-None-Match and returns the stored SHA-256 on HEAD. */
function fakeBucket() {
  const objects = new Map<string, { body: Uint8Array; checksum: string }>();
  const sent: unknown[] = [];
  const send = async (command: unknown) => {
    sent.push(command);
    if (command instanceof PutObjectCommand) {
      const { Key = '', Body, ChecksumSHA256 = '', IfNoneMatch } = command.input;
      const body = Body as Uint8Array;
      if (createHash('sha256').update(body).digest('base64') !== ChecksumSHA256) throw new Error('BadDigest');
      if (IfNoneMatch === '*' && objects.has(Key)) {
        throw new S3ServiceException({
          name: 'PreconditionFailed',
          $fault: 'client',
          $metadata: { httpStatusCode: 412 },
        });
      }
      objects.set(Key, { body, checksum: ChecksumSHA256 });
      return {};
    }
    if (command instanceof HeadObjectCommand) {
      const found = objects.get(command.input.Key ?? '');
      return { ChecksumSHA256: found?.checksum, ContentLength: found?.body.byteLength };
    }
    throw new Error('unexpected command');
  };
  return { objects, sent, client: { send } as never };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('S3 export store', () => {
  it('puts each file once with its SHA-256 and If-None-Match, under the export prefix', async () => {
    const bucket = fakeBucket();
    const store = new S3ExportStore(bucket.client, 'duopulse-exports');
    const csv = new TextEncoder().encode('\ufeffquarter;revision\r\n2026-Q3;1\r\n');
    expect(store.location).toBe('s3://duopulse-exports/pay-exports/');
    expect(await store.put('duopulse-pay-2026-Q3-r1.csv', csv, sha256(csv))).toBe('written');
    const put = bucket.sent[0] as PutObjectCommand;
    expect(put.input).toMatchObject({
      Bucket: 'duopulse-exports',
      Key: 'pay-exports/duopulse-pay-2026-Q3-r1.csv',
      ChecksumSHA256: createHash('sha256').update(csv).digest('base64'),
      IfNoneMatch: '*',
      ContentType: 'text/csv; charset=utf-8',
    });
    expect(await store.put('duopulse-pay-2026-Q3-r1.csv', csv, sha256(csv))).toBe('already-there');
  });

  it('refuses other bytes under an existing name, leaving the stored object as it was', async () => {
    const bucket = fakeBucket();
    const store = new S3ExportStore(bucket.client, 'duopulse-exports');
    const first = new TextEncoder().encode('{"rows":[]}\n');
    const other = new TextEncoder().encode('{"rows":[1]}\n');
    await store.put('duopulse-pay-2026-Q3-r1.json', first, sha256(first));
    await expect(store.put('duopulse-pay-2026-Q3-r1.json', other, sha256(other))).rejects.toThrow(
      new ExportFileConflictError('duopulse-pay-2026-Q3-r1.json'),
    );
    expect(bucket.objects.get('pay-exports/duopulse-pay-2026-Q3-r1.json')?.body).toEqual(first);
  });
});
