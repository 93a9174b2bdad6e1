import { describe, expect, it } from 'vitest';
import { cliLocale, withoutLangFlag } from '../../../scripts/local/cli-locale.js';
import { importMessages } from '../../../shared/i18n/import-messages.js';
import {
  cellValue,
  frenchDate,
  frenchInstant,
  frenchNumber,
  importColumns,
  readHeader,
} from '../../../shared/roster/import-columns.js';

describe('French numbers, dates and instants in CSV cells', () => {
  it.each([
    ['0,8', 0.8],
    ['1', 1],
    ['1 000,0', 1000],
    ['1\u202f000,5', 1000.5],
    ['1\u00a0000', 1000],
    ['1.000,5', 1000.5],
    ['1,000.5', 1000.5],
    ['0.8', 0.8],
    ['80 %', 0.8],
    ['-2', -2],
  ])('%s → %d', (text, value) => {
    expect(frenchNumber(text)).toBeCloseTo(value, 10);
  });

  it.each(['abc', '1,2,3', '', '1..2', '0,8 ETP'])('%s is not a number', (text) => {
    expect(frenchNumber(text)).toBeUndefined();
  });

  it('reads day-first dates and ISO dates, refusing dates that do not exist', () => {
    expect(frenchDate('01/09/2025')).toBe('2025-09-01');
    expect(frenchDate('1/9/2025')).toBe('2025-09-01');
    expect(frenchDate('01.09.2025')).toBe('2025-09-01');
    expect(frenchDate('01/09/2025 00:00')).toBe('2025-09-01');
    expect(frenchDate('2025-09-01')).toBe('2025-09-01');
    expect(frenchDate('31/02/2025')).toBeUndefined();
    expect(frenchDate('09/2025')).toBeUndefined();
  });

  it('reads wall-clock times in the centre’s time zone, summer and winter, and keeps written offsets', () => {
    expect(frenchInstant('20/11/2026 10:12', 'Europe/Paris')).toBe('2026-11-20T09:12:00.000Z');
    expect(frenchInstant('01/07/2026 10:00:30', 'Europe/Paris')).toBe('2026-07-01T08:00:30.000Z');
    expect(frenchInstant('2026-07-01 10:00', 'Europe/Paris')).toBe('2026-07-01T08:00:00.000Z');
    expect(frenchInstant('2026-11-20T09:00:00+02:00', 'Europe/Paris')).toBe('2026-11-20T09:00:00+02:00');
    expect(frenchInstant('20/11/2026', 'Europe/Paris')).toBeUndefined();
    expect(frenchInstant('20/11/2026 25:00', 'Europe/Paris')).toBeUndefined();
  });

  it('reads French words for enumerations and booleans, loosely', () => {
    const workMode = importColumns.advisors.find((c) => c.field === 'workMode');
    const channel = importColumns.interactions.find((c) => c.field === 'channel');
    const resolved = importColumns.interactions.find((c) => c.field === 'resolvedFirstContact');
    if (!workMode || !channel || !resolved) throw new Error('columns');
    expect(cellValue(workMode, ' Télétravail ', 'UTC')).toEqual({ value: 'remote' });
    expect(cellValue(workMode, 'SUR SITE', 'UTC')).toEqual({ value: 'on-site' });
    expect(cellValue(workMode, 'hybrid', 'UTC')).toEqual({ value: 'hybrid' });
    expect(cellValue(channel, 'Face à face', 'UTC')).toEqual({ value: 'in-person' });
    expect(cellValue(resolved, 'Oui', 'UTC')).toEqual({ value: true });
    expect(cellValue(resolved, 'peut-être', 'UTC')).toEqual({ problem: { kind: 'not-a-boolean' } });
    expect(cellValue(workMode, '', 'UTC')).toBeUndefined();
  });
});

describe('the header line', () => {
  it('matches French and English names loosely: accents, case, spaces, apostrophes', () => {
    const reading = readHeader('advisors', [
      'MATRICULE',
      'e-mail',
      'Prenom',
      'nom',
      'EQUIPE',
      'mode_de_travail',
      'etp',
      'Date d’entrée',
      'endDate',
    ]);
    expect(reading.unknown).toEqual([]);
    expect(reading.missing).toEqual([]);
    expect(reading.repeated).toEqual([]);
    expect([...reading.columns.values()].map((c) => c.field)).toEqual([
      'payrollId',
      'email',
      'firstName',
      'lastName',
      'teamId',
      'workMode',
      'fte',
      'startDate',
      'endDate',
    ]);
  });

  it('names unknown, missing and repeated columns', () => {
    const reading = readHeader('advisors', ['Matricule', 'payrollId', 'Courriel pro', 'Équipe']);
    expect(reading.unknown).toEqual(['Courriel pro']);
    expect(reading.missing.map((c) => c.field)).toEqual(['email', 'workMode', 'fte', 'startDate']);
    expect(reading.repeated).toEqual(['Matricule / payrollId']);
  });
});

describe('the import’s words', () => {
  it('puts the summary in the singular or plural, as each language does', () => {
    const one = { read: 1, stored: 1, duplicates: 0, rejected: 0 };
    const two = { read: 2, stored: 2, duplicates: 2, rejected: 2 };
    expect(importMessages('en').summary(one)).toBe('1 row read: 1 stored, 0 already stored, 0 rejected.');
    expect(importMessages('en').summary(two)).toBe('2 rows read: 2 stored, 2 already stored, 2 rejected.');
    expect(importMessages('fr').summary(one)).toBe(
      '1 ligne lue\u00a0: 1 enregistrée, 0 déjà enregistrée, 0 rejetée.',
    );
    expect(importMessages('fr').summary({ ...two, read: 2000 })).toBe(
      '2\u202f000 lignes lues\u00a0: 2 enregistrées, 2 déjà enregistrées, 2 rejetées.',
    );
  });

  it('speaks the language given with --lang, else the terminal’s', () => {
    expect(cliLocale(['advisors', 'f.csv', '--lang', 'fr'], { LANG: 'en_GB.UTF-8' })).toBe('fr');
    expect(cliLocale(['--lang=en'], { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale([], { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(cliLocale([], { LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(cliLocale([], {})).toBe('en');
    expect(withoutLangFlag(['--lang', 'fr', 'advisors', 'f.csv'])).toEqual(['advisors', 'f.csv']);
  });
});
