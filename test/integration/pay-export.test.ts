import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoAuditLog } from '../../functions/adapters/dynamo/audit.repository.js';
import { DynamoClosedQuarterRepository } from '../../functions/adapters/dynamo/closed-quarter.repository.js';
import { LocalExportStore } from '../../functions/adapters/export/local-export-store.js';
import { parseExportManifest, verifyExport } from '../../functions/services/pay/export/verify-export.js';
import {
  exportClosedQuarter,
  QuarterNotClosedError,
  RevisionNotFoundError,
} from '../../functions/services/pay/export-closed-quarter.service.js';
import { ExportFileConflictError } from '../../functions/services/ports/export-store.port.js';
import { closedQuarter, sampleRows } from '../support/closed-quarter-fixtures.js';
import { createTestDatabase } from '../support/test-tables.js';

const tsx = 'node_modules/.bin/tsx';
let closedQuarters: DynamoClosedQuarterRepository;
let audit: DynamoAuditLog;
const clock = { now: () => new Date('2026-10-07T08:00:00.000Z') };
const actor = 'paie@demo.duopulse.example';

beforeAll(async () => {
  const db = await createTestDatabase();
  closedQuarters = new DynamoClosedQuarterRepository(db.clients, db.config.MAIN_TABLE_NAME);
  audit = new DynamoAuditLog(db.clients, db.config.MAIN_TABLE_NAME);
});

const depsFor = (dir: string) => ({ closedQuarters, exportStore: new LocalExportStore(dir), audit, clock });

async function exportsDir() {
  return mkdtemp(join(tmpdir(), 'duopulse-exports-'));
}

async function filesIn(dir: string): Promise<Record<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))])));
}

describe('payroll export of a closed quarter (DynamoDB Local, local directory)', () => {
  it('stores a closed revision once and reads it back whole', async () => {
    const closed = closedQuarter(sampleRows, { quarter: '2025-Q4' });
    expect(await closedQuarters.saveRevision(closed)).toBe('saved');
    expect(await closedQuarters.saveRevision({ ...closed, closedBy: 'someone-else@x.example' })).toBe(
      'revision-taken',
    );
    const stored = await closedQuarters.getRevision('2025-Q4', 1);
    expect(stored?.closedBy).toBe('rh@demo.duopulse.example');
    expect(stored?.rows.map((r) => [r.payrollId, r.indicator, r.status])).toEqual([
      ['S20001', 0.1, 'approved'],
      ['S20002', 0.2, 'approved'],
      ['S20003', 0.85, 'overridden'],
    ]);
    expect(await closedQuarters.listRevisions('2025-Q4')).toEqual([
      expect.objectContaining({ quarter: '2025-Q4', revision: 1, rowCount: 3 }),
    ]);
  });

  it('exports twice with identical bytes; a correction writes revision 2 and leaves revision 1 as it was', async () => {
    const dir = await exportsDir();
    const deps = depsFor(dir);
    await closedQuarters.saveRevision(closedQuarter(sampleRows));

    const first = await exportClosedQuarter(deps, { quarter: '2026-Q3', actor });
    expect(first.files.map((f) => [f.name, f.outcome])).toEqual([
      ['duopulse-pay-2026-Q3-r1.csv', 'written'],
      ['duopulse-pay-2026-Q3-r1.json', 'written'],
      ['duopulse-pay-2026-Q3-r1.manifest.json', 'written'],
    ]);
    expect(first.totals).toEqual({ indicatorSum: 1.15, rowsByStatus: { approved: 2, overridden: 1 } });
    const revisionOne = await filesIn(dir);
    const exported = (await audit.entries()).filter((e) => e.subject === 'closed-quarter#2026-Q3#r1');
    expect(exported).toEqual([
      expect.objectContaining({
        at: '2026-10-07T08:00:00.000Z',
        actor,
        action: 'pay-export.exported',
        details: expect.objectContaining({
          rowCount: 3,
          files: first.files.map(({ name, sha256 }) => ({ name, sha256, outcome: 'written' })),
        }),
      }),
    ]);

    const again = await exportClosedQuarter(deps, { quarter: '2026-Q3', revision: 1, actor });
    expect(again.files.map((f) => f.outcome)).toEqual(['already-there', 'already-there', 'already-there']);
    expect(again.files.map((f) => f.sha256)).toEqual(first.files.map((f) => f.sha256));
    expect(await filesIn(dir)).toEqual(revisionOne);

    const corrected = closedQuarter(
      sampleRows.map((r) => (r.payrollId === 'S20002' ? { ...r, indicator: 0.25 } : r)),
      { revision: 2, correctionReason: 'Contestation de S20002 acceptée après la clôture' },
    );
    expect(await closedQuarters.saveRevision(corrected)).toBe('saved');
    const second = await exportClosedQuarter(deps, { quarter: '2026-Q3', actor });
    expect(second.revision).toBe(2);
    expect(second.totals.indicatorSum).toBe(1.2);
    const after = await filesIn(dir);
    expect(Object.keys(after)).toHaveLength(6);
    for (const [name, bytes] of Object.entries(revisionOne)) expect(after[name]).toEqual(bytes);

    const manifestPath = join(dir, 'duopulse-pay-2026-Q3-r1.manifest.json');
    const manifest = parseExportManifest(await readFile(manifestPath, 'utf8'));
    expect((await verifyExport(deps.exportStore, manifest)).map((c) => c.verdict)).toEqual([
      'matches',
      'matches',
    ]);
  });

  it('refuses a quarter that is not closed, a missing revision and a bad quarter id, writing nothing', async () => {
    const dir = await exportsDir();
    const deps = depsFor(dir);
    await expect(exportClosedQuarter(deps, { quarter: '2027-Q1', actor })).rejects.toThrow(
      new QuarterNotClosedError('2027-Q1'),
    );
    await expect(
      exportClosedQuarter(deps, { quarter: '2025-Q4', revision: 3, actor }),
    ).rejects.toBeInstanceOf(RevisionNotFoundError);
    await expect(exportClosedQuarter(deps, { quarter: '2026Q3', actor })).rejects.toThrow(
      /"2026Q3" is not a quarter/,
    );
    expect(await readdir(dir)).toEqual([]);
    expect((await audit.entries()).filter((e) => /2027-Q1|2026Q3|r3$/.test(e.subject))).toEqual([]);
  });

  it('refuses to replace a file of a closed revision that changed on disk, and verify names it', async () => {
    const dir = await exportsDir();
    const deps = depsFor(dir);
    await exportClosedQuarter(deps, { quarter: '2025-Q4', actor });
    const csvPath = join(dir, 'duopulse-pay-2025-Q4-r1.csv');
    const tampered = await readFile(csvPath);
    tampered[tampered.length - 3] = (tampered[tampered.length - 3] ?? 0) ^ 1;
    await writeFile(csvPath, tampered);

    await expect(exportClosedQuarter(deps, { quarter: '2025-Q4', actor })).rejects.toThrow(
      new ExportFileConflictError('duopulse-pay-2025-Q4-r1.csv'),
    );
    expect(await readFile(csvPath)).toEqual(tampered);
    const manifest = parseExportManifest(
      await readFile(join(dir, 'duopulse-pay-2025-Q4-r1.manifest.json'), 'utf8'),
    );
    expect((await verifyExport(deps.exportStore, manifest)).map((c) => [c.name, c.verdict])).toEqual([
      ['duopulse-pay-2025-Q4-r1.csv', 'differs'],
      ['duopulse-pay-2025-Q4-r1.json', 'matches'],
    ]);
  });

  it('CLI: a bad quarter argument names it and exits 1; verify names the file that differs', async () => {
    const run = promisify(execFile);
    const bad = await run(tsx, ['scripts/export.ts', '2026-Q5'], { env: process.env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"2026-Q5" is not a quarter such as 2026-Q3'),
    });

    const dir = await exportsDir();
    await exportClosedQuarter(depsFor(dir), { quarter: '2025-Q4', actor });
    const manifestPath = join(dir, 'duopulse-pay-2025-Q4-r1.manifest.json');
    const ok = await run(tsx, ['scripts/export.ts', 'verify', manifestPath]);
    expect(ok.stdout).toContain('matches  duopulse-pay-2025-Q4-r1.json');
    await writeFile(join(dir, 'duopulse-pay-2025-Q4-r1.json'), '{}\n');
    const flipped = await run(tsx, ['scripts/export.ts', 'verify', manifestPath]).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(flipped).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('differs  duopulse-pay-2025-Q4-r1.json'),
      stderr: expect.stringContaining('duopulse-pay-2025-Q4-r1.json differs'),
    });
  }, 180_000);
});
