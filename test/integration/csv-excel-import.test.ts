import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile } from '../../functions/adapters/csv-rows.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import { importRows } from '../../functions/services/roster-import.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

const fixtures = 'test/fixtures/roster';
/** French Excel's "CSV (séparateur: point-virgule)": Windows-1252, a `sep=;` line, `;;;;` rows at the end. */
const excelFile = `${fixtures}/conseillers-excel-sep-1252.csv`;

let deps: AppDeps;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = dynamoDeps(db.config, db.clients);
  const teams = await readCsvFile(`${fixtures}/equipes-excel-utf8.csv`);
  await importRows(deps, 'teams', teams.rows, undefined, { header: teams.header });
});

async function historyLength(): Promise<number> {
  return (await deps.roster.listRosterHistory({ limit: 500 })).items.length;
}

async function importAdvisors(path: string) {
  const file = await readCsvFile(path);
  return importRows(deps, 'advisors', file.rows, undefined, { locale: 'fr', header: file.header });
}

describe('a CSV file as Excel writes it', () => {
  it('reads the sep= line as the separator, ignores the empty rows apart and reports rows by their line in the file', async () => {
    const summary = await importAdvisors(excelFile);
    expect(summary).toMatchObject({ read: 3, stored: 2, unchanged: 0, duplicates: 0, emptyRowsIgnored: 3 });
    // Line 5 of the file (after the sep= line and the header): an FTE of 2.
    expect(summary.rejected).toEqual([
      { line: 5, reasons: ['ETP\u00a0: «\u202f2\u202f» refusé — doit être au plus 1'] },
    ]);
    expect(await deps.roster.getAdvisor('X20001')).toMatchObject({
      firstName: 'Océane',
      teamId: 'fr-lyon',
      fte: 0.8,
    });
    expect(await deps.roster.getAdvisor('X20002')).toMatchObject({
      firstName: 'François',
      workMode: 'remote',
    });
  });

  it('reports the rows of a file imported again as unchanged, writes nothing, and stores only what changed', async () => {
    const before = await historyLength();
    const again = await importAdvisors(excelFile);
    expect(again).toMatchObject({ read: 3, stored: 0, unchanged: 2, emptyRowsIgnored: 3 });
    expect(again.rejected.map((r) => r.line)).toEqual([5]);
    expect(await historyLength()).toBe(before);

    const changed = join(mkdtempSync(join(tmpdir(), 'duopulse-csv-')), 'conseillers.csv');
    const bytes = readFileSync(excelFile, 'latin1').replace(
      'fr-lille;Télétravail;1;',
      'fr-lille;Télétravail;0,5;',
    );
    writeFileSync(changed, bytes, 'latin1');
    const third = await importAdvisors(changed);
    expect(third).toMatchObject({ read: 3, stored: 1, unchanged: 1 });
    expect((await deps.roster.getAdvisor('X20002'))?.fte).toBe(0.5);
    expect(await historyLength()).toBe(before + 1);
  });

  it('counts teams found as they are stored as unchanged', async () => {
    const teams = await readCsvFile(`${fixtures}/equipes-excel-utf8.csv`);
    const summary = await importRows(deps, 'teams', teams.rows, undefined, { header: teams.header });
    expect(summary).toMatchObject({ read: 2, stored: 0, unchanged: 2, rejected: [] });
  });

  /** `npm run import -- advisors FILE --lang LANG …` on this file's tables. */
  function importCli(lang: string, ...more: string[]) {
    const result = spawnSync(
      'npx',
      ['tsx', 'scripts/import-csv.ts', 'advisors', excelFile, '--lang', lang, ...more],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          MAIN_TABLE_NAME: db.config.MAIN_TABLE_NAME,
          PULSE_TABLE_NAME: db.config.PULSE_TABLE_NAME,
          DYNAMODB_ENDPOINT: db.config.DYNAMODB_ENDPOINT,
          APP_SECRET: db.config.APP_SECRET,
          DATA_DIR: mkdtempSync(join(tmpdir(), 'duopulse-import-')),
        },
      },
    );
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  }

  it('npm run import says so in French and English', () => {
    const run = (lang: string) => importCli(lang).out;
    // X20002 was changed by the test before: the file's FTE of 1 is stored again.
    const fr = run('fr');
    expect(fr).toContain(
      '3 lignes lues\u00a0: 1 enregistrée, 1 inchangée, 1 rejetée. 3 lignes vides ignorées.',
    );
    expect(fr).toContain('ligne 5\u00a0: ETP');
    expect(fr).not.toMatch(/ligne [678]/);
    expect(run('en')).toContain('3 rows read: 0 stored, 2 unchanged, 1 rejected. 3 empty rows ignored.');
  }, 240_000);

  it('npm run import reads the file in the charset --charset names, and refuses one it does not know', () => {
    const declared = importCli('en', '--charset', 'windows-1252');
    expect(declared.out).toContain('3 rows read: 0 stored, 2 unchanged, 1 rejected.');
    const unknown = importCli('fr', '--charset=klingon-8');
    expect(unknown.status).toBe(2);
    expect(unknown.out).toContain('--charset «\u202fklingon-8\u202f» n’est pas un encodage connu');
    const wrong = importCli('en', '--charset', 'utf-8');
    expect(wrong.status).toBe(2);
    expect(wrong.out).toContain('is not utf-8 text, as --charset says');
  }, 240_000);
});
