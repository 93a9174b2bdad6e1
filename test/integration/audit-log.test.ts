import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoAuditLog } from '../../functions/adapters/dynamo/audit.repository.js';
import { payKeys } from '../../functions/adapters/dynamo/keys.js';
import { sha256Hex } from '../../functions/adapters/sha256-hex.js';
import { verifyChain } from '../../shared/audit/audit-chain.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
let log: DynamoAuditLog;

beforeEach(async () => {
  db = await createTestDatabase();
  log = new DynamoAuditLog(db.clients, db.config.MAIN_TABLE_NAME);
});

const record = (i: number) => ({
  at: new Date(Date.UTC(2026, 10, 30, 10, 0, i)).toISOString(),
  actor: `hr${i}@example.com`,
  action: 'pay-policy.saved',
  subject: `pay-policy#${i}`,
  details: { version: i, weights: [0.4, 0.3, 0.2, 0.1], note: 'é € "quoted"' },
});

/** Runs `npm run audit -- verify`'s script against the test tables. */
async function auditCli(): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    DYNAMODB_ENDPOINT: db.config.DYNAMODB_ENDPOINT,
    MAIN_TABLE_NAME: db.config.MAIN_TABLE_NAME,
    PULSE_TABLE_NAME: db.config.PULSE_TABLE_NAME,
    APP_SECRET: db.config.APP_SECRET,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'duopulse-audit-')),
  };
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/audit.ts', 'verify'], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('audit log in DynamoDB', () => {
  it('keeps an unbroken chain of 20 entries when 20 appends race', async () => {
    const appended = await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(record(i + 1))));
    expect(new Set(appended.map((e) => e.seq))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i + 1)));
    const entries = await log.entries();
    expect(entries).toHaveLength(20);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.actor)).size).toBe(20);
    expect(verifyChain(entries, sha256Hex)).toMatchObject({ state: 'intact', entries: 20 });
    expect(entries).toEqual([...appended].sort((a, b) => a.seq - b.seq));
  });

  it('reads back exactly what it hashed', async () => {
    await log.append(record(1));
    await log.append({ ...record(2), details: { nested: { b: 1, a: [true, null, 2.5] } } });
    const entries = await log.entries();
    expect(entries[1]?.details).toEqual({ nested: { a: [true, null, 2.5], b: 1 } });
    expect(verifyChain(entries, sha256Hex).state).toBe('intact');
  });

  it('npm run audit -- verify prints the intact chain, and names the first broken link with exit code 1', async () => {
    for (let i = 1; i <= 4; i++) await log.append(record(i));
    const intact = await auditCli();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('chain intact: 4 entries');

    await db.clients.doc.send(
      new UpdateCommand({
        TableName: db.config.MAIN_TABLE_NAME,
        Key: payKeys.auditEntry(3),
        UpdateExpression: 'SET actor = :a',
        ExpressionAttributeValues: { ':a': 'someone-else@example.com' },
      }),
    );
    const tampered = await auditCli();
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('chain broken at entry 3: its fields do not give its stored hash');

    await db.clients.doc.send(
      new DeleteCommand({ TableName: db.config.MAIN_TABLE_NAME, Key: payKeys.auditEntry(2) }),
    );
    const deleted = await auditCli();
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toContain(
      'chain broken at entry 2: the entry is missing (deleted) (found entry 3 in its place)',
    );
  }, 180_000);
});
