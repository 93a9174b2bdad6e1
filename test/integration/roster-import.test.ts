import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile, readCsvRows } from '../../functions/adapters/csv-rows.js';
import type { AppDeps } from '../../functions/http/app-deps.js';
import { ImportHeaderError, importRows } from '../../functions/services/roster-import.service.js';
import { dynamoDeps } from '../../functions/wiring/dynamo.wiring.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let deps: AppDeps;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  deps = dynamoDeps(db.config, db.clients);
});

describe('CSV import', () => {
  it('stores the sample roster and reports rejected interaction rows with their lines and reasons', async () => {
    const teams = await importRows(deps, 'teams', await readCsvRows('scripts/samples/teams.csv'));
    expect(teams).toEqual({
      read: 2,
      stored: 2,
      unchanged: 0,
      duplicates: 0,
      emptyRowsIgnored: 0,
      rejected: [],
    });
    const advisors = await importRows(deps, 'advisors', await readCsvRows('scripts/samples/advisors.csv'));
    expect(advisors.stored).toBe(3);
    expect((await deps.roster.getAdvisor('S20001'))?.fte).toBe(0.8);

    const interactions = await importRows(
      deps,
      'interactions',
      await readCsvRows('scripts/samples/interactions.csv'),
    );
    expect(interactions.stored).toBe(3);
    expect(interactions.rejected).toEqual([
      {
        line: 5,
        reasons: ['channel: “fax” is not an accepted value (phone, email, chat, social, in-person)'],
      },
      { line: 6, reasons: ['advisorId: unknown advisor “S29999”'] },
    ]);
    expect((await deps.interactions.getInteraction('sample-0002'))?.resolvedFirstContact).toBeUndefined();
    expect(await deps.interactions.getInteraction('sample-0004')).toBeUndefined();

    const again = await importRows(
      deps,
      'interactions',
      await readCsvRows('scripts/samples/interactions.csv'),
    );
    expect(again.stored).toBe(0);
    expect(again.duplicates).toBe(3);
  });

  it('names every bad cell of a row and rejects ids repeated in the file', async () => {
    const file = join(tmpdir(), `teams-${process.pid}.csv`);
    writeFileSync(
      file,
      'teamId,name,site,managementProfile\nok-1,Ok,Nantes,teacher\n,No id,,boss\nok-1,Again,Nantes,teacher\n',
    );
    const progress: number[] = [];
    const summary = await importRows(deps, 'teams', await readCsvRows(file), (done) => progress.push(done));
    expect(summary.stored).toBe(1);
    expect(summary.rejected).toEqual([
      {
        line: 3,
        reasons: [
          'teamId: empty, but the column is required',
          'site: empty, but the column is required',
          'managementProfile: “boss” is not an accepted value (teacher, always-on, connector, cheerleader, unknown)',
        ],
      },
      { line: 4, reasons: ['teamId: “ok-1” repeats line 2'] },
    ]);
    expect(progress.at(-1)).toBe(3);
    expect((await deps.roster.getTeam('ok-1'))?.name).toBe('Ok');
  });
});

describe('French Excel files', () => {
  const fixtures = 'test/fixtures/roster';
  /** French typography: a no-break space before « : », narrow ones inside « ». */
  const french = (text: string) =>
    text.replaceAll(' : ', '\u00a0: ').replaceAll('« ', '«\u202f').replaceAll(' »', '\u202f»');

  it('imports French headers, dates and numbers, UTF-8 with a BOM and Windows-1252 alike, wording rejections in French with the value at fault', async () => {
    const teams = await readCsvFile(`${fixtures}/equipes-excel-utf8.csv`);
    expect(teams.header).toEqual(['Code équipe', 'Nom', 'Site', 'Profil de management', 'Managers']);
    expect(
      await importRows(deps, 'teams', teams.rows, undefined, { locale: 'fr', header: teams.header }),
    ).toEqual({ read: 2, stored: 2, unchanged: 0, duplicates: 0, emptyRowsIgnored: 0, rejected: [] });
    expect(await deps.roster.getTeam('fr-lille')).toMatchObject({
      managementProfile: 'always-on',
      managers: ['paul.durand@centre.example', 'ines.roux@centre.example'],
    });

    // The Windows-1252 file holds the same advisors: read alike, they are found unchanged.
    for (const [file, stored] of [
      ['conseillers-excel-utf8.csv', 3],
      ['conseillers-excel-1252.csv', 0],
    ] as const) {
      const advisors = await readCsvFile(`${fixtures}/${file}`);
      expect(advisors.header, file).toEqual([
        'Matricule',
        'E-mail',
        'Prénom',
        'Nom',
        'Équipe',
        'Mode de travail',
        'ETP',
        "Date d'entrée",
        'Date de sortie',
      ]);
      const summary = await importRows(deps, 'advisors', advisors.rows, undefined, {
        locale: 'fr',
        header: advisors.header,
      });
      expect(summary.read, file).toBe(5);
      expect(summary.stored, file).toBe(stored);
      expect(summary.unchanged, file).toBe(3 - stored);
      expect(summary.rejected, file).toEqual([
        {
          line: 5,
          reasons: [
            french('ETP : « 1,5 » refusé — doit être au plus 1'),
            french("Date d'entrée : « 31/02/2025 » n’est pas une date (JJ/MM/AAAA, par exemple 01/09/2025)"),
          ],
        },
        { line: 6, reasons: [french('Équipe : équipe inconnue « fr-nantes »')] },
      ]);
    }
    expect(await deps.roster.getAdvisor('F10001')).toMatchObject({
      firstName: 'Amélie',
      teamId: 'fr-lyon',
      workMode: 'hybrid',
      fte: 0.8,
      startDate: '2025-09-01',
    });
    expect(await deps.roster.getAdvisor('F10003')).toMatchObject({
      firstName: 'Zoé',
      workMode: 'remote',
      fte: 0.5,
      startDate: '2025-11-03',
      endDate: '2026-06-30',
    });
    expect(JSON.stringify(await deps.roster.getAdvisor('F10002'))).not.toContain('Lefèvre');

    const contacts = await readCsvFile(`${fixtures}/contacts-excel-utf8.csv`);
    const summary = await importRows(deps, 'interactions', contacts.rows, undefined, {
      locale: 'fr',
      header: contacts.header,
    });
    expect(summary).toEqual({
      read: 4,
      stored: 3,
      unchanged: 0,
      duplicates: 0,
      emptyRowsIgnored: 0,
      rejected: [
        {
          line: 5,
          reasons: [
            french('Canal : « Fax » n’est pas une valeur acceptée (phone, email, chat, social, in-person)'),
          ],
        },
      ],
    });
    expect(await deps.interactions.getInteraction('fr-0002')).toMatchObject({
      channel: 'email',
      handleTimeSeconds: 1000,
      resolvedFirstContact: false,
      customerLocale: 'en',
      // 10:12 in Paris in November is 09:12 UTC.
      startedAt: '2026-11-20T09:12:00.000Z',
    });
    expect(await deps.interactions.getInteraction('fr-0003')).toMatchObject({ handleTimeSeconds: 1200 });
  });

  it('refuses a bad header with exactly one message naming the unknown and missing columns and listing the accepted ones', async () => {
    const file = await readCsvFile(`${fixtures}/conseillers-mauvais-entete.csv`);
    const attempt = importRows(deps, 'advisors', file.rows, undefined, { locale: 'fr', header: file.header });
    await expect(attempt).rejects.toBeInstanceOf(ImportHeaderError);
    const error = (await attempt.catch((e: unknown) => e)) as ImportHeaderError;
    expect(error.problems).toHaveLength(1);
    expect(error.unknown).toEqual(['Courriel pro', 'Mode travail']);
    expect(error.missing).toEqual(['email', 'workMode']);
    expect(error.wording).toContain(french('Colonnes inconnues : « Courriel pro », « Mode travail ».'));
    expect(error.wording).toContain(french('Colonnes obligatoires absentes : E-mail, Mode de travail.'));
    expect(error.wording).toContain('Mode de travail / workMode (obligatoire)');
    expect(await deps.roster.getAdvisor('F20001')).toBeUndefined();

    const english = await importRows(deps, 'advisors', file.rows).catch((e: unknown) => e);
    expect((english as ImportHeaderError).wording).toMatch(
      /^The file's header does not fit an import of advisors; nothing was imported\. Unknown columns: “Courriel pro”, “Mode travail”\. Missing required columns: email, workMode\./,
    );
  });
});

describe('npm run import', () => {
  /** The CLI on this run's tables, in `lang`. */
  function importCli(args: string[], env: Record<string, string> = {}) {
    const result = spawnSync('npx', ['tsx', 'scripts/import-csv.ts', ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        MAIN_TABLE_NAME: db.config.MAIN_TABLE_NAME,
        PULSE_TABLE_NAME: db.config.PULSE_TABLE_NAME,
        DYNAMODB_ENDPOINT: db.config.DYNAMODB_ENDPOINT,
        APP_SECRET: db.config.APP_SECRET,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'duopulse-import-')),
        ...env,
      },
    });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  }

  it('prints one header message in the language asked, and French summaries with their plurals and the unchanged rows', () => {
    const bad = importCli([
      'advisors',
      'test/fixtures/roster/conseillers-mauvais-entete.csv',
      '--lang',
      'fr',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('L’en-tête du fichier ne convient pas à un import de conseillers');
    expect(bad.out.match(/Colonnes inconnues/g)).toHaveLength(1);
    expect(bad.out).not.toMatch(/ligne \d|line \d|received|undefined/);

    const teams = importCli(['teams', 'test/fixtures/roster/equipes-excel-utf8.csv'], {
      LANG: 'fr_FR.UTF-8',
    });
    // Both teams were imported by an earlier test, as they are.
    expect(teams.out).toContain('2 lignes lues\u00a0: 0 enregistrée, 2 inchangées, 0 rejetée.');
  }, 120_000);
});
