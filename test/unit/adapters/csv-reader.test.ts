import { describe, expect, it } from 'vitest';
import {
  charsetOf,
  decodeCsvBytes,
  UndecodableBytesError,
  UnknownCharsetError,
} from '../../../functions/adapters/csv-decoding.js';
import { csvFileFromBytes, csvFileFromText } from '../../../functions/adapters/csv-rows.js';

/** « Prénom » as Windows-1252 writes it: é is the one byte 0xE9 (never valid UTF-8 there). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the CSV reader of the API and the CLI', () => {
  it.each([
    [';', 'sep=;\r\nMatricule;Prénom;ETP\r\nF1;Zoé;0,5\r\n'],
    [',', 'sep=,\nMatricule,Prénom,ETP\nF1,Zoé,"0,5"\n'],
    ['\t', 'sep=\t\nMatricule\tPrénom\tETP\nF1\tZoé\t0,5\n'],
    ['|', 'SEP=|\nMatricule|Prénom|ETP\nF1|Zoé|0,5\n'],
    [';', '"sep=;"\nMatricule;Prénom;ETP\nF1;Zoé;0,5\n'],
    [';', 'sep=;;;\nMatricule;Prénom;ETP\nF1;Zoé;0,5\n'],
  ])(
    'reads a sep=%s first line as the separator and skips it, the lines keeping their numbers',
    (_, text) => {
      const file = csvFileFromText(text);
      expect(file.header).toEqual(['Matricule', 'Prénom', 'ETP']);
      expect(file.rows).toEqual([{ line: 3, cells: { Matricule: 'F1', Prénom: 'Zoé', ETP: '0,5' } }]);
    },
  );

  it('takes the sep= line over what the header seems to use', () => {
    // The header has more commas than semicolons, but the file says `;`.
    const file = csvFileFromText('sep=;\nNom, prénom;Site\n"Durand, Paul";Lyon\n');
    expect(file.header).toEqual(['Nom, prénom', 'Site']);
    expect(file.rows[0]?.cells).toEqual({ 'Nom, prénom': 'Durand, Paul', Site: 'Lyon' });
  });

  it('keeps the rows of empty cells Excel writes at the end, blank or spaced, for the import to ignore', () => {
    const file = csvFileFromText('a;b;c\r\n1;2;3\r\n;;\r\n ; ;  \r\n;\r\n\r\n');
    expect(file.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    for (const row of file.rows.slice(1)) expect(Object.values(row.cells).join('')).toBe('');
  });

  it('without a sep= line, detects `;`, `,` or tab from the header', () => {
    expect(csvFileFromText('a;b\n1;2\n').rows[0]?.cells).toEqual({ a: '1', b: '2' });
    expect(csvFileFromText('a,b\n1,2\n').rows[0]?.cells).toEqual({ a: '1', b: '2' });
    expect(csvFileFromText('a\tb\n1\t2\n').rows[0]?.cells).toEqual({ a: '1', b: '2' });
  });

  it('drops a UTF-8 byte order mark, whether the charset is declared or not', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Prénom;Nom\nZoé;Roux\n')]);
    for (const charset of [undefined, 'utf-8', 'windows-1252']) {
      const file = csvFileFromBytes(bytes, charset);
      expect(file.header, String(charset)).toEqual(['Prénom', 'Nom']);
      expect(file.rows[0]?.cells.Prénom).toBe('Zoé');
    }
    expect(decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0x50, 0x00, 0xe9, 0x00]))).toBe('Pé');
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (€, é, œ), and UTF-8 ones as UTF-8', () => {
    const bytes = Uint8Array.from([...windows1252('Prénom;Prime\nZoé;'), 0x80, 0x9c]);
    expect(decodeCsvBytes(bytes)).toBe('Prénom;Prime\nZoé;€œ');
    expect(csvFileFromBytes(windows1252('Prénom;Nom\nAmélie;Lefèvre\n')).rows[0]?.cells).toEqual({
      Prénom: 'Amélie',
      Nom: 'Lefèvre',
    });
    expect(decodeCsvBytes(utf8('Prénom;Zoé'))).toBe('Prénom;Zoé');
  });

  it.each(['windows-1252', 'iso-8859-1', 'latin1', 'cp1252'])('reads bytes declared %s in it', (charset) => {
    expect(csvFileFromBytes(windows1252('Prénom;Nom\nZoé;Roux\n'), charset).header).toEqual([
      'Prénom',
      'Nom',
    ]);
  });

  it('reads bytes declared utf-8 as UTF-8 and refuses invalid ones instead of writing « � »', () => {
    expect(csvFileFromBytes(utf8('Prénom;Nom\nZoé;Roux\n'), 'utf-8').rows[0]?.cells.Prénom).toBe('Zoé');
    const attempt = () => decodeCsvBytes(windows1252('Prénom'), 'utf-8');
    expect(attempt).toThrow(UndecodableBytesError);
    expect(attempt).toThrow('not valid utf-8');
  });

  it('lets the declared charset win over detection', () => {
    // Valid UTF-8 bytes for « é » (C3 A9), declared Windows-1252: read as the two characters they are there.
    expect(decodeCsvBytes(utf8('Zoé'), 'windows-1252')).toBe('ZoÃ©');
    expect(decodeCsvBytes(utf8('Zoé'))).toBe('Zoé');
  });

  it('refuses an unknown charset, naming it, even for bytes it would not need', () => {
    for (const bytes of [utf8('a\n1\n'), Uint8Array.from([0xef, 0xbb, 0xbf, 0x61])]) {
      const error = (() => {
        try {
          decodeCsvBytes(bytes, 'klingon-8');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(UnknownCharsetError);
      expect((error as UnknownCharsetError).charset).toBe('klingon-8');
    }
  });

  it('takes the charset parameter of a Content-Type, quoted or not, in any case', () => {
    expect(charsetOf('text/csv; charset=windows-1252')).toBe('windows-1252');
    expect(charsetOf('text/csv;Charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetOf('text/csv; header=present; charset=UTF-8')).toBe('utf-8');
    expect(charsetOf('text/csv')).toBeUndefined();
    expect(charsetOf(undefined)).toBeUndefined();
  });
});
