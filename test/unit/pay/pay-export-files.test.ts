import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExportFiles } from '../../../functions/services/pay/export/export-files.js';
import { neutraliseText, payCsv } from '../../../functions/services/pay/export/pay-csv.js';
import { payJson } from '../../../functions/services/pay/export/pay-json.js';
import { type ClosedQuarter, closedQuarterSchema } from '../../../shared/pay/closed-quarter.js';
import { exactDecimalSum, plainDecimal } from '../../../shared/pay/export-decimal.js';
import { exportManifestSchema } from '../../../shared/pay/export-manifest.js';
import { closedQuarter, componentIds, sampleRows } from '../../support/closed-quarter-fixtures.js';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const numericColumns = new Set(['revision', 'indicator', ...componentIds.map((id) => `component.${id}`)]);
const formulaStart = /^[=+\-@\t\r]/;

function readCsv(bytes: Uint8Array): Record<string, string>[] {
  return parse(Buffer.from(bytes), { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' });
}

const fromFrench = (cell: string) => Number(cell.replace(',', '.'));

describe('payroll CSV for French Excel', () => {
  const closed = closedQuarter([
    { payrollId: 'S1', lastName: 'Durand', firstName: 'Élise', teamId: 'T1', indicator: -0.5 },
  ]);

  it('is UTF-8 with a BOM, `;` between cells, CRLF after every line and decimal commas', () => {
    const bytes = payCsv(closed);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decoder.decode(bytes)).toBe(
      '\ufeffquarter;revision;payrollId;lastName;firstName;teamId;indicator;' +
        'component.satisfaction.individual;component.recommendation.individual;component.handle-time.team;' +
        'status;overrideReason;policyVersion\r\n' +
        '2026-Q3;1;S1;Durand;Élise;T1;-0,5;8,7;9,1;-0,5;approved;;2026.1\r\n',
    );
    expect(Buffer.from(bytes).includes(Buffer.from('É', 'utf8'))).toBe(true);
  });

  it('reads back with a CSV parser as exactly the approved indicators, hostile names inert', () => {
    const rows = readCsv(payCsv(closedQuarter(sampleRows)));
    expect(rows.map((r) => [r.payrollId, fromFrench(r.indicator ?? ''), r.status])).toEqual([
      ['S20001', 0.1, 'approved'],
      ['S20002', 0.2, 'approved'],
      ['S20003', 0.85, 'overridden'],
    ]);
    expect(rows.map((r) => [r.lastName, r.firstName])).toEqual([
      ['Lefèvre; dit "Lulu"', "'@SUM(1)"],
      ['\'=HYPERLINK("http://evil.example","clic")', 'Zoé'],
      ["'-1+1", "'+33 6 12 34 56 78"],
    ]);
    expect(rows[2]?.overrideReason).toBe('Contestation acceptée:\tavis sur le produit');
    expect(rows[2]?.['component.handle-time.team']).toBe('-0,5');
  });

  it('neutralises text starting with = + - @ tab or carriage return, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseText(`${start}x`)).toBe(`'${start}x`);
    for (const safe of ['x=1', ' =1', "'=1", 'Zoé', '']) expect(neutraliseText(safe)).toBe(safe);
  });

  it('property: read back, no text cell starts like a formula and every number is the same number', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', '"'), fc.string({ maxLength: 10 }))
        .map(([a, b]) => a + b),
    );
    const number = fc.double({ noNaN: true, noDefaultInfinity: true });
    const row = fc.record({
      lastName: text,
      firstName: text,
      teamId: text.filter((t) => t.length <= 64),
      indicator: number,
      components: fc.tuple(number, number, number),
      overrideReason: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (generated) => {
        const closed = closedQuarter(
          generated.map((g, i) => ({
            ...g,
            payrollId: `P${String(i).padStart(3, '0')}`,
            components: Object.fromEntries(componentIds.map((id, c) => [id, g.components[c] ?? 0])),
          })),
        );
        const parsed = readCsv(payCsv(closed));
        expect(parsed).toHaveLength(closed.rows.length);
        parsed.forEach((cells, i) => {
          const source = closed.rows[i];
          for (const [column, cell] of Object.entries(cells)) {
            if (numericColumns.has(column)) {
              expect(cell).toMatch(/^-?\d+(,\d+)?$/);
            } else {
              expect(cell).not.toMatch(formulaStart);
            }
          }
          expect(fromFrench(cells.indicator ?? '')).toBe((source?.indicator ?? Number.NaN) + 0);
          for (const id of componentIds) {
            expect(fromFrench(cells[`component.${id}`] ?? '')).toBe(
              (source?.components[id] ?? Number.NaN) + 0,
            );
          }
          expect(cells.lastName).toBe(neutraliseText(source?.lastName ?? ''));
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('payroll JSON', () => {
  it('is UTF-8 without a BOM, numbers as JSON numbers, text as written', () => {
    const bytes = payJson(closedQuarter(sampleRows));
    expect(bytes[0]).toBe('{'.charCodeAt(0));
    const document = JSON.parse(decoder.decode(bytes));
    expect(document.rows.map((r: { payrollId: string }) => r.payrollId)).toEqual([
      'S20001',
      'S20002',
      'S20003',
    ]);
    expect(document.rows[1]).toEqual({
      quarter: '2026-Q3',
      revision: 1,
      payrollId: 'S20002',
      lastName: '=HYPERLINK("http://evil.example","clic")',
      firstName: 'Zoé',
      teamId: 'LYO-PRO',
      indicator: 0.2,
      components: {
        'satisfaction.individual': 8.7,
        'recommendation.individual': 9.1,
        'handle-time.team': -0.5,
      },
      status: 'approved',
      policyVersion: '2026.1',
    });
    expect(document.rows[2].overrideReason).toBe('Contestation acceptée:\tavis sur le produit');
    expect(closedQuarterSchema.parse(document).rows).toHaveLength(3);
  });
});

describe('manifest and revisions', () => {
  it('states the row count, the exact totals, the close and the SHA-256 of each file', () => {
    const { files, manifest } = buildExportFiles(closedQuarter(sampleRows));
    expect(files.map((f) => f.name)).toEqual([
      'duopulse-pay-2026-Q3-r1.csv',
      'duopulse-pay-2026-Q3-r1.json',
      'duopulse-pay-2026-Q3-r1.manifest.json',
    ]);
    expect(exportManifestSchema.parse(manifest)).toEqual(manifest);
    expect(manifest).toMatchObject({
      quarter: '2026-Q3',
      revision: 1,
      closedAt: '2026-10-06T09:30:00.000Z',
      closedBy: 'rh@demo.duopulse.example',
      rowCount: 3,
      totals: { indicatorSum: 1.15, rowsByStatus: { approved: 2, overridden: 1 } },
    });
    for (const [i, file] of files.slice(0, 2).entries()) {
      expect(manifest.files[i]).toEqual({
        name: file.name,
        bytes: file.content.byteLength,
        sha256: createHash('sha256').update(file.content).digest('hex'),
      });
    }
    expect(JSON.parse(decoder.decode(files[2].content))).toEqual(manifest);
  });

  it('gives the same bytes for the same revision, whatever the order of its rows', () => {
    const once = buildExportFiles(closedQuarter(sampleRows)).files;
    const again = buildExportFiles(closedQuarter([...sampleRows].reverse())).files;
    for (const [i, file] of once.entries())
      expect(Buffer.from(again[i]?.content ?? []).equals(file.content)).toBe(true);
  });

  it('names a correction as the next revision and states its reason', () => {
    const corrected: ClosedQuarter = closedQuarter(sampleRows, {
      revision: 2,
      correctionReason: 'Override corrigé',
    });
    const { files, manifest } = buildExportFiles(corrected);
    expect(files[0].name).toBe('duopulse-pay-2026-Q3-r2.csv');
    expect(manifest.correctionReason).toBe('Override corrigé');
    expect(closedQuarterSchema.safeParse(closedQuarter(sampleRows, { revision: 2 })).success).toBe(false);
  });

  it('refuses a closed quarter with a repeated payroll id or a missing component', () => {
    const repeated = closedQuarter([sampleRows[0], sampleRows[0]].filter((r) => r !== undefined));
    expect(closedQuarterSchema.safeParse(repeated).error?.issues[0]?.message).toBe('one row per payroll id');
    const missing = closedQuarter([
      { ...sampleRows[0], components: { 'satisfaction.individual': 1 } } as never,
    ]);
    expect(closedQuarterSchema.safeParse(missing).error?.issues[0]?.message).toBe(
      'every row has a value for each component column and no other',
    );
  });
});

describe('plain decimals', () => {
  it('writes no exponent and reads back to the same double', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(-1.5e-9)).toBe('-0.0000000015');
    expect(plainDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(plainDecimal(-0)).toBe('0');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(plainDecimal(x)).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(plainDecimal(x))).toBe(x + 0);
      }),
    );
  });

  it('sums exactly in decimal', () => {
    expect(exactDecimalSum([0.1, 0.2])).toBe('0.3');
    expect(exactDecimalSum([0.85, -1.25, 1e-7])).toBe('-0.3999999');
    expect(exactDecimalSum([])).toBe('0');
  });
});
